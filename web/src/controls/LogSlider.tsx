import { useId } from "preact/hooks";

const STEPS = 1000;

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
  /** `live`: the slider is moving (input); false: it was let go (change). */
  readonly onValue: (v: number, live: boolean, timeStamp: number) => void;
  readonly disabled?: boolean;
  readonly hint?: string | undefined;
  readonly testId?: string;
}

/** A slider over a logarithmic range (doses span three orders of magnitude); keyboard steps are 1/1000. */
export function LogSlider({ label, min, max, value, format, onValue, disabled, hint, testId }: Props) {
  const id = useId();
  const ratio = Math.log(max / min);
  const pos = Math.round((STEPS * Math.log(Math.min(max, Math.max(min, value)) / min)) / ratio);
  const toValue = (p: number) => min * Math.exp((p / STEPS) * ratio);
  const handle = (live: boolean) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    onValue(toValue(Number(input.value)), live, e.timeStamp);
  };
  return (
    <div class="control">
      <label for={id}>
        {label} <output for={id}>{format(value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={STEPS}
        step={1}
        value={pos}
        disabled={disabled}
        aria-valuetext={format(value)}
        data-testid={testId}
        onInput={handle(true)}
        onChange={handle(false)}
      />
      {hint && <small class="hint">{hint}</small>}
    </div>
  );
}

interface LinearProps extends Props {
  readonly step: number;
}

/** A plain slider (times, days). */
export function Slider({
  label,
  min,
  max,
  step,
  value,
  format,
  onValue,
  disabled,
  hint,
  testId,
}: LinearProps) {
  const id = useId();
  const handle = (live: boolean) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    onValue(Number(input.value), live, e.timeStamp);
  };
  return (
    <div class="control">
      <label for={id}>
        {label} <output for={id}>{format(value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={Math.min(max, Math.max(min, value))}
        disabled={disabled}
        aria-valuetext={format(value)}
        data-testid={testId}
        onInput={handle(true)}
        onChange={handle(false)}
      />
      {hint && <small class="hint">{hint}</small>}
    </div>
  );
}
