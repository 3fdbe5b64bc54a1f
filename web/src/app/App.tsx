import { useRef } from "preact/hooks";
import { Controls } from "../controls/Controls.tsx";
import { view } from "../evidence/evidence.ts";
import { ValidationPage } from "../evidence/ValidationPage.tsx";
import { Playhead } from "../playhead/Playhead.tsx";
import { Plots } from "../plots/Plots.tsx";
import { engineVersion, status } from "../state/store.ts";
import { STORIES } from "../stories/index.ts";
import { HelpContent, SafetyNote } from "./Help.tsx";
import { Share } from "./Share.tsx";
import { Events, Status } from "./Status.tsx";
import { activeStory, loadStory, openPanels, storyArms } from "./stories.ts";
import { linkError } from "./url.ts";
import { YamlEditor } from "./YamlEditor.tsx";

function StoryPicker() {
  const active = activeStory.value;
  const arms = active ? storyArms(active.story) : [];
  return (
    <section class="stories" aria-labelledby="stories-title">
      <h2 id="stories-title">Guided stories</h2>
      <ul class="story-list">
        {STORIES.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              data-testid={`story-${s.id}`}
              aria-pressed={active?.story.id === s.id}
              onClick={() => loadStory(s)}
            >
              {s.title}
            </button>
          </li>
        ))}
      </ul>
      {active && (
        <div class="story" data-testid="story-text">
          <h3>{active.story.title}</h3>
          <p>{active.story.summary}</p>
          {arms.length > 0 && (
            <fieldset class="arms">
              <legend class="label">Variant:</legend>
              {arms.map((a) => (
                <button
                  type="button"
                  key={a}
                  data-testid={`arm-${a}`}
                  aria-pressed={active.arm === a}
                  onClick={() => loadStory(active.story, a)}
                >
                  {a.replace(/_/g, " ")}
                </button>
              ))}
            </fieldset>
          )}
          <h4>What to look at</h4>
          <ul>
            {active.story.lookAt.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function Alerts() {
  const s = status.value;
  return (
    <>
      {linkError.value && (
        <div class="alert" role="alert" data-testid="link-error">
          <pre>{linkError.value}</pre>
          <button type="button" onClick={() => (linkError.value = null)}>
            Dismiss
          </button>
        </div>
      )}
      {s.state === "error" && (
        <div class="alert" role="alert" data-testid="scenario-error">
          <pre>{s.message}</pre>
        </div>
      )}
    </>
  );
}

function Explorer() {
  const story = activeStory.value?.story;
  return (
    <div class="explorer">
      <aside class="side">
        <StoryPicker />
        <section aria-labelledby="controls-title">
          <h2 id="controls-title">Change the scenario</h2>
          <Controls highlight={story?.controls ?? []} />
          <YamlEditor />
        </section>
        <Share />
      </aside>
      <main class="main" id="main" tabIndex={-1}>
        <Alerts />
        <Status />
        <Playhead />
        <Events />
        <Plots open={openPanels(story)} />
      </main>
    </div>
  );
}

/** Moves focus to the plots without touching the address (a `#main` link changed the hash). */
function skipToMain(): void {
  document.getElementById("main")?.focus();
}

export function App() {
  const help = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" class="skip" data-testid="skip" onClick={skipToMain}>
        Skip to the plots
      </button>
      <header class="top">
        <h1>
          Accumbens <span>Explorer</span>
        </h1>
        <p class="header-safety" data-testid="header-safety">
          Educational model — no dose is safe; street fentanyl makes any dose unpredictable.
        </p>
        <nav aria-label="Views">
          <button
            type="button"
            aria-pressed={view.value === "explorer"}
            onClick={() => (view.value = "explorer")}
          >
            Explorer
          </button>
          <button
            type="button"
            data-testid="nav-validation"
            aria-pressed={view.value === "validation"}
            onClick={() => (view.value = "validation")}
          >
            Validation
          </button>
        </nav>
        <button
          type="button"
          class="help-button"
          data-testid="help"
          onClick={() => help.current?.showModal()}
        >
          Help now
        </button>
      </header>
      {view.value === "explorer" ? <Explorer /> : <ValidationPage />}
      <footer class="foot">
        <SafetyNote />
        <p class="muted">
          Accumbens engine {engineVersion.value} · runs entirely in your browser; nothing is sent anywhere.
        </p>
      </footer>
      <dialog ref={help} class="help" aria-labelledby="help-title" data-testid="help-dialog">
        <h2 id="help-title">Help now</h2>
        <HelpContent />
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
