import { useSignal, useSignalEffect } from "@preact/signals";
import { useRef } from "preact/hooks";
import type { RawScenario } from "../scenario/raw.ts";
import { readRaw, singleRun } from "../scenario/raw.ts";
import { EDIT_PAUSE_MS, scenario, scenarioYaml, setScenario } from "../state/store.ts";

/** The scenario as text: edit any field the controls do not reach, then apply. */
export function YamlEditor() {
  const draft = useSignal(scenarioYaml.peek());
  const problem = useSignal("");
  // The scenario read from the draft: its text stays as written, so an error's line:column still match it.
  const applied = useRef<RawScenario | null>(null);
  // Written when edits pause, not on every slider step (turning the scenario into YAML takes a while).
  useSignalEffect(() => {
    if (scenario.value === applied.current) return;
    const timer = setTimeout(() => {
      draft.value = scenarioYaml.peek();
    }, EDIT_PAUSE_MS);
    return () => clearTimeout(timer);
  });
  const applyDraft = () => {
    try {
      const next = singleRun(readRaw(draft.value));
      applied.current = next;
      setScenario(next, false, performance.now(), draft.value);
      problem.value = "";
    } catch (err) {
      problem.value = err instanceof Error ? err.message : String(err);
    }
  };
  return (
    <details class="yaml-editor">
      <summary>Scenario as YAML (edit anything)</summary>
      <label for="yaml-text" class="visually-hidden">
        Scenario YAML
      </label>
      <textarea
        id="yaml-text"
        data-testid="yaml"
        spellcheck={false}
        rows={14}
        value={draft.value}
        onInput={(e) => (draft.value = e.currentTarget.value)}
      />
      <button type="button" onClick={applyDraft}>
        Apply
      </button>
      {problem.value && <p role="alert">{problem.value}</p>}
    </details>
  );
}
