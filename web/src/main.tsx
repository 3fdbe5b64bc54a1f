import "uplot/dist/uPlot.min.css";
import "./styles.css";
import { render } from "preact";
import { App } from "./app/App.tsx";
import { boot, syncUrl } from "./app/url.ts";
import { loadValidation } from "./evidence/evidence.ts";

boot();
syncUrl();
void loadValidation();
render(<App />, document.getElementById("app")!);
