import { useComputed, useSignal } from "@preact/signals";
import { downloadCsv, downloadPng, downloadYaml } from "../export/downloads.ts";
import { scenario, scenarioYaml, shown } from "../state/store.ts";
import { shareUrl } from "./url.ts";

/** The link to this exact scenario, and the downloads. */
export function Share() {
  const copied = useSignal("");
  const nameOf = useComputed(() => scenario.value?.name ?? "scenario");
  const name = nameOf.value;
  // The run's tier only: a new preview result does not re-render the panel.
  const tier = useComputed(() => shown.value?.tier);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      copied.value = "Link copied.";
    } catch {
      copied.value = "Copy the address from the box.";
    }
  };
  return (
    <section class="share" aria-labelledby="share-title">
      <h2 id="share-title">Share and download</h2>
      <div class="share-link">
        <label for="share-url">Link to this scenario</label>
        <input
          id="share-url"
          data-testid="share-url"
          readOnly
          value={shareUrl.value}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <span role="status">{copied.value}</span>
      </div>
      <div class="buttons">
        <button
          type="button"
          data-testid="download-csv"
          disabled={!tier.value}
          onClick={() => {
            const result = shown.peek();
            if (result) downloadCsv(result, name);
          }}
        >
          CSV{tier.value === "preview" ? " (preview)" : ""}
        </button>
        <button
          type="button"
          data-testid="download-png"
          disabled={!tier.value}
          onClick={() => void downloadPng(name, scenario.peek()?.description ?? name)}
        >
          PNG of the plots
        </button>
        <button
          type="button"
          data-testid="download-yaml"
          onClick={() => downloadYaml(scenarioYaml.peek(), name)}
        >
          Scenario YAML
        </button>
      </div>
      <p class="hint">
        Run the YAML with the command line: <code>npx accumbens run {name}.yaml --png</code>
      </p>
    </section>
  );
}
