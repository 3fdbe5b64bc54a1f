import { useId } from "preact/hooks";

interface Props {
  readonly label: string;
  readonly testId: string;
  readonly value: string;
  /** The choices as [value, text shown]. */
  readonly options: ReadonlyArray<readonly [string, string]>;
  readonly disabled?: boolean;
  readonly onValue: (value: string) => void;
}

/**
 * A labelled drop-down (the markup the drug, route and duration choices share).
 *
 * @example
 * <SelectControl label="Route" testId="route" value="iv" options={[["iv", "iv"], ["smoked", "smoked"]]}
 *   onValue={(r) => console.log(r)} />
 */
export function SelectControl({ label, testId, value, options, disabled, onValue }: Props) {
  const id = useId();
  return (
    <div class="control">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-testid={testId}
        value={value}
        disabled={disabled}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {options.map(([v, text]) => (
          <option value={v} key={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
