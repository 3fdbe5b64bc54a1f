import { useId } from "preact/hooks";
import {
  AGONISTS,
  addPrimary,
  BUPRENORPHINE_DOSE,
  DOSE_RANGE,
  doseTime,
  firstDoseOf,
  NALOXONE_DOSE,
  primaryDose,
  setDaysAbstinent,
  setDuration,
  setHistory,
  setPrimary,
  setTreatment,
} from "../scenario/edit.ts";
import type { RawScenario } from "../scenario/raw.ts";
import { drugs, holdFull, scenario, setScenario, speculate } from "../state/store.ts";
import { formatMg, LogSlider, Slider } from "./LogSlider.tsx";
import { SelectControl } from "./SelectControl.tsx";

const DURATIONS = [1.5, 6, 12, 24, 48, 72, 168];

const hours = (h: number) => (h < 1 ? `${Math.round(h * 60)} min` : `${Number(h.toPrecision(3))} h`);

/**
 * A slider's handlers for the scenario `build` makes at each of its values. As it moves: the live tier at
 * once, the full model when input pauses (SETTLE_MS) or the pointer lets go, and the scenarios one step
 * either side computed ahead while the worker is idle. When it takes focus: those neighbours too, so that the
 * first arrow-key step is drawn from the cache.
 */
function live(build: (v: number) => RawScenario) {
  return {
    onValue: (v: number, timeStamp: number, near: readonly number[]) => {
      setScenario(build(v), true, timeStamp);
      speculate(near, build);
    },
    onFocusNear: (near: readonly number[]) => speculate(near, build),
  };
}

/** Applies a discrete edit (a select, a checkbox): both tiers at once. */
function applyNow(next: RawScenario): void {
  setScenario(next, false);
}

interface Props {
  /** Controls the story points at (`drug`, `route`, `dose`, `timing`, `history`, `days`, `naloxone`, …). */
  readonly highlight: readonly string[];
}

function Group({
  name,
  highlight,
  children,
}: {
  name: string;
  highlight: readonly string[];
  children: preact.ComponentChildren;
}) {
  const on = highlight.includes(name);
  return (
    <div class={`control-group${on ? " matters" : ""}`} data-control={name}>
      {children}
      {on && <span class="matters-note">matters in this story</span>}
    </div>
  );
}

export function Controls({ highlight }: Props) {
  const raw = scenario.value;
  const historyId = useId();
  if (!raw) return null;
  const catalog = drugs.value;
  const routesOf = (id: string) => catalog.find((d) => d.id === id)?.routes ?? [];
  const primary = primaryDose(raw);
  // Without an opioid in the scenario the controls below show the one "Add" would put there, disabled.
  const none = primary === undefined;
  const drug = primary?.drug ?? "heroin";
  const range = DOSE_RANGE[drug] ?? { min: 0.01, max: 1000, start: 10 };
  const duration = raw.duration_h;
  const naloxone = firstDoseOf(raw, "naloxone");
  const bup = firstDoseOf(raw, "buprenorphine");
  const history = raw.subject?.opioid_history ?? "naive";
  const stepH = duration <= 6 ? 1 / 60 : duration <= 48 ? 0.25 : 1;
  const primaryTime = primary ? doseTime(primary) : undefined;
  const naloxoneTime = naloxone ? doseTime(naloxone) : undefined;
  const bupTime = bup ? doseTime(bup) : undefined;
  // The treatment controls: a checkbox that gives or removes the dose (at `startAt` when ticked), and its time.
  const treatments = [
    {
      name: "naloxone",
      dose: NALOXONE_DOSE,
      given: naloxone,
      time: naloxoneTime,
      startAt: Math.min(duration, (primaryTime ?? 0) + 0.1),
      text: "Naloxone 4 mg intranasal",
      sliderLabel: "Naloxone at",
      hint: naloxone && naloxoneTime === undefined && (
        <small class="hint">
          given when breathing falls (as the story says); move the slider to set a time
        </small>
      ),
    },
    {
      name: "buprenorphine",
      dose: BUPRENORPHINE_DOSE,
      given: bup,
      time: bupTime,
      startAt: Math.min(duration, 12),
      text: "Buprenorphine 8 mg sublingual",
      sliderLabel: "Buprenorphine at",
      hint: undefined,
    },
  ];
  const durations = DURATIONS.includes(duration) ? DURATIONS : [...DURATIONS, duration].sort((a, b) => a - b);

  return (
    <form
      class="controls"
      aria-label="Scenario controls"
      onSubmit={(e) => e.preventDefault()}
      onPointerDown={() => holdFull()}
    >
      <fieldset>
        <legend>The opioid taken</legend>
        {none && (
          <div class="no-opioid" data-testid="no-opioid">
            <p>No opioid taken in this scenario.</p>
            <button type="button" data-testid="add-opioid" onClick={() => applyNow(addPrimary(raw))}>
              Add an opioid dose
            </button>
          </div>
        )}
        <Group name="drug" highlight={highlight}>
          <SelectControl
            label="Drug"
            testId="drug"
            value={drug}
            disabled={none}
            options={AGONISTS.flatMap((id) =>
              catalog.filter((d) => d.id === id).map((d) => [id, d.name] as const),
            )}
            onValue={(v) => applyNow(setPrimary(raw, { drug: v }, routesOf))}
          />
        </Group>
        <Group name="route" highlight={highlight}>
          <SelectControl
            label="Route"
            testId="route"
            value={primary?.route ?? "iv"}
            disabled={none}
            options={routesOf(drug).map((r) => [r, r.replace("_", " ")] as const)}
            onValue={(v) => applyNow(setPrimary(raw, { route: v }, routesOf))}
          />
        </Group>
        <Group name="dose" highlight={highlight}>
          <LogSlider
            label="Dose"
            testId="dose"
            min={range.min}
            max={range.max}
            value={primary?.amount_mg ?? range.start}
            format={formatMg}
            disabled={none}
            hint={primary?.form ? `as ${primary.form}` : undefined}
            {...live((x) => setPrimary(raw, { amount_mg: x }, routesOf))}
          />
        </Group>
        <Group name="timing" highlight={highlight}>
          <Slider
            label="Taken at"
            testId="dose-time"
            min={0}
            max={duration}
            step={stepH}
            value={primaryTime ?? 0}
            format={hours}
            disabled={none}
            hint={primary?.repeat ? "repeats as the scenario says" : undefined}
            {...live((x) => setPrimary(raw, { at_h: x }, routesOf))}
          />
        </Group>
      </fieldset>

      <fieldset>
        <legend>The person</legend>
        <Group name="history" highlight={highlight}>
          <div class="control" role="radiogroup" aria-labelledby={historyId}>
            <span id={historyId} class="label">
              Opioid history
            </span>
            {(["naive", "chronic"] as const).map((h) => (
              <label class="radio" key={h}>
                <input
                  type="radio"
                  name="history"
                  value={h}
                  data-testid={`history-${h}`}
                  checked={history === h}
                  onChange={() => applyNow(setHistory(raw, h))}
                />
                {h === "naive" ? "never used (naive)" : "uses daily (chronic)"}
              </label>
            ))}
          </div>
        </Group>
        <Group name="days" highlight={highlight}>
          <Slider
            label="Days without opioids"
            testId="days"
            min={0}
            max={60}
            step={0.5}
            value={raw.subject?.days_abstinent ?? 0}
            format={(d) => `${d} d`}
            disabled={history !== "chronic"}
            hint={history !== "chronic" ? "for a chronic user: tolerance fades with abstinence" : undefined}
            {...live((x) => setDaysAbstinent(raw, x))}
          />
        </Group>
      </fieldset>

      <fieldset>
        <legend>Treatment</legend>
        {treatments.map((t) => (
          <Group key={t.name} name={t.name} highlight={highlight}>
            <label class="check">
              <input
                type="checkbox"
                data-testid={t.name}
                checked={t.given !== undefined}
                onChange={(e) => applyNow(setTreatment(raw, t.dose, e.currentTarget.checked, t.startAt))}
              />
              {t.text}
            </label>
            {t.hint}
            <Slider
              label={t.sliderLabel}
              testId={`${t.name}-time`}
              min={0}
              max={duration}
              step={stepH}
              value={t.time ?? 0}
              format={hours}
              disabled={!t.given}
              {...live((x) => setTreatment(raw, t.dose, true, x))}
            />
          </Group>
        ))}
      </fieldset>

      <fieldset>
        <legend>Run</legend>
        <Group name="duration" highlight={highlight}>
          <SelectControl
            label="Simulated time"
            testId="duration"
            value={String(duration)}
            options={durations.map((d) => [String(d), d < 48 ? `${d} hours` : `${d / 24} days`] as const)}
            onValue={(v) => applyNow(setDuration(raw, Number(v)))}
          />
        </Group>
      </fieldset>
    </form>
  );
}
