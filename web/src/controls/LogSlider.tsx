import { useEffect, useId, useRef } from "preact/hooks";

const STEPS = 1000;
/** How long a slider must keep the focus before its neighbours are computed ahead, ms. */
const FOCUS_DWELL_MS = 100;

/** Shows an amount in mg, or in µg below 1 mg. */
export function formatMg(mg: number): string {
  if (mg < 1) return `${Number((mg * 1000).toPrecision(3))} µg`;
  return `${Number(mg.toPrecision(3))} mg`;
}

interface Props {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly value: number;
  readonly format: (v: number) => string;
  /**
   * The value as the slider moves, with the input event's time (for the latency record) and the values one
   * keyboard step either side of it (worth computing ahead).
   */
  readonly onValue: (v: number, timeStamp: number, neighbours: readonly number[]) => void;
  /** The values one keyboard step either side of the slider's position, when it takes focus. */
  readonly onFocusNear?: ((neighbours: readonly number[]) => void) | undefined;
  readonly disabled?: boolean;
  readonly hint?: string | undefined;
  readonly testId?: string;
}

/** A slider over a logarithmic range (doses span three orders of magnitude); keyboard steps are 1/1000. */
export function LogSlider(props: Props) {
  const { min, max, value, onValue, onFocusNear } = props;
  const ratio = Math.log(max / min);
  const pos = Math.round((STEPS * Math.log(Math.min(max, Math.max(min, value)) / min)) / ratio);
  const toValue = (p: number) => min * Math.exp((p / STEPS) * ratio);
  return (
    <RangeControl
      {...props}
      range={{ min: 0, max: STEPS, step: 1, pos }}
      onPos={(p, ts, near) => onValue(toValue(p), ts, near.map(toValue))}
      onFocusNear={onFocusNear && ((near) => onFocusNear(near.map(toValue)))}
    />
  );
}

interface LinearProps extends Props {
  readonly step: number;
}

/** A plain slider (times, days). */
export function Slider(props: LinearProps) {
  const { min, max, step, value, onValue } = props;
  return (
    <RangeControl
      {...props}
      range={{ min, max, step, pos: Math.min(max, Math.max(min, value)) }}
      onPos={onValue}
    />
  );
}

/**
 * The markup both sliders share: a label showing `format(value)`, the range input over `range` (positioned
 * at `range.pos`), and an optional hint. `onPos` gets the input's position as it moves.
 */
function RangeControl({
  label,
  value,
  format,
  disabled,
  hint,
  testId,
  range,
  onPos,
  onFocusNear,
}: Pick<Props, "label" | "value" | "format" | "hint" | "disabled" | "testId" | "onFocusNear"> & {
  readonly range: { readonly min: number; readonly max: number; readonly step: number; readonly pos: number };
  readonly onPos: (pos: number, timeStamp: number, neighbours: readonly number[]) => void;
}) {
  const id = useId();
  const dwell = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(dwell.current), []);
  const nearOf = (el: HTMLInputElement) => {
    const pos = Number(el.value);
    return {
      pos,
      near: [pos + range.step, pos - range.step].filter((p) => p >= range.min && p <= range.max),
    };
  };
  // Only `input`: the full run follows when keys pause or the pointer lets go (store.ts), so `change` has
  // nothing to add.
  const handle = (e: Event) => {
    clearTimeout(dwell.current); // the edit computes its own neighbours
    const { pos, near } = nearOf(e.currentTarget as HTMLInputElement);
    onPos(pos, e.timeStamp, near);
  };
  // Focus comes before the first key step, so the neighbours can be computed in the meantime; only once the
  // focus has stayed FOCUS_DWELL_MS, so that tabbing past a slider costs the worker nothing.
  const focus = (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    clearTimeout(dwell.current);
    dwell.current = setTimeout(() => {
      if (document.activeElement === el) onFocusNear?.(nearOf(el).near);
    }, FOCUS_DWELL_MS);
  };
  return (
    <div class="control">
      <label for={id}>
        {label} <output for={id}>{format(value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={range.pos}
        disabled={disabled}
        aria-valuetext={format(value)}
        data-testid={testId}
        onInput={handle}
        onFocus={onFocusNear && focus}
        onBlur={() => clearTimeout(dwell.current)}
      />
      {hint && <small class="hint">{hint}</small>}
    </div>
  );
}
