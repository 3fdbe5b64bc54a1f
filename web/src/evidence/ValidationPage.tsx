import { evidenceFilter, type Target, targetsFor, validation, validationError, view } from "./evidence.ts";

const W = 360;
const H = 34;
const PAD = 12;

function fmt(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return "none";
  const a = Math.abs(x);
  return a !== 0 && (a < 0.01 || a >= 1e4) ? x.toExponential(2) : Number(x.toPrecision(3)).toString();
}

/**
 * One target as a strip: the accepted range (bar), the published value (diamond) and the model's value
 * (circle), on the target's own linear scale.
 */
function Strip({ t }: { readonly t: Target }) {
  const values = [
    t.tolerance.low,
    t.tolerance.high,
    t.observed,
    ...(t.simulated === null ? [] : [t.simulated]),
  ].filter(Number.isFinite);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  lo -= span * 0.1;
  hi += span * 0.1;
  const x = (v: number) => PAD + ((v - lo) / (hi - lo)) * (W - 2 * PAD);
  const y = H / 2;
  const sim = t.simulated;
  const colour = t.passed ? "#009E73" : t.known_gap ? "#E69F00" : "#D55E00";
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={`published ${fmt(t.observed)}, accepted ${fmt(t.tolerance.low)} to ${fmt(t.tolerance.high)}, model ${fmt(sim)} ${t.unit}`}
    >
      <line x1={PAD} x2={W - PAD} y1={y} y2={y} stroke="#bbb" />
      <rect
        x={x(t.tolerance.low)}
        y={y - 6}
        width={Math.max(2, x(t.tolerance.high) - x(t.tolerance.low))}
        height={12}
        fill="#56B4E9"
        opacity={0.45}
      />
      <path d={`M${x(t.observed)},${y - 8} l6,8 l-6,8 l-6,-8 z`} fill="#000" />
      {sim !== null && Number.isFinite(sim) && (
        <circle cx={x(sim)} cy={y} r={6} fill={colour} stroke="#000" stroke-width={1} />
      )}
    </svg>
  );
}

function Row({ t }: { readonly t: Target }) {
  const verdict = t.passed ? "pass" : t.known_gap ? "known gap" : "fail";
  return (
    <li class={`target ${verdict.replace(" ", "-")}`}>
      <div class="target-head">
        <span class={`verdict ${verdict.replace(" ", "-")}`}>{verdict}</span>
        <strong>{t.title}</strong>
      </div>
      <div class="target-body">
        <Strip t={t} />
        <div class="target-numbers">
          published <b>{fmt(t.observed)}</b> · accepted [{fmt(t.tolerance.low)}, {fmt(t.tolerance.high)}] ·
          model <b>{fmt(t.simulated)}</b> <span class="unit">{t.unit}</span>
        </div>
      </div>
      <details>
        <summary>Source and notes</summary>
        <p>
          <b>Source</b> ({t.confidence}): {t.source}
        </p>
        <p>
          <b>Accepted range</b>: {t.tolerance.basis}
        </p>
        {t.note && (
          <p>
            <b>Note</b>: {t.note}
          </p>
        )}
        <p class="muted">
          Target file <code>{t.file}</code>, scenario <code>{t.scenario}</code> ({t.metric}
          {t.relative ? ", relative to a reference run" : ""}). Reproduce:{" "}
          <code>npx accumbens validate --only {t.id}</code>
        </p>
      </details>
    </li>
  );
}

/** Model against every published observation in validation/, optionally narrowed to some quantities. */
export function ValidationPage() {
  const data = validation.value;
  const filter = evidenceFilter.value;
  if (validationError.value) return <p role="alert">{validationError.value}</p>;
  if (!data) return <p>Loading the validation results…</p>;
  const targets = filter ? targetsFor(filter.columns) : data.targets;
  const passed = data.targets.filter((t) => t.passed).length;
  const gaps = data.targets.filter((t) => t.known_gap).length;
  return (
    <section class="validation" aria-labelledby="validation-title">
      <h2 id="validation-title">Validation: the model against published observations</h2>
      <p>
        {data.targets.length} observations from the literature, each simulated with a scenario reproducing the
        study design (engine {data.engine_version}): {passed} within their accepted range, {gaps} declared
        known gaps, {data.targets.length - passed - gaps} failing. Each strip shows the accepted range (blue
        bar), the published value (black diamond) and the model (circle: green pass, orange known gap, red
        fail).
      </p>
      {filter && (
        <p class="filter-note">
          Showing the {targets.length} targets that measure <b>{filter.title}</b> ({filter.columns.join(", ")}
          ).{" "}
          <button type="button" class="link" onClick={() => (evidenceFilter.value = null)}>
            Show all {data.targets.length}
          </button>{" "}
          <button type="button" class="link" onClick={() => (view.value = "explorer")}>
            Back to the Explorer
          </button>
        </p>
      )}
      {targets.length === 0 ? (
        <p>No published observation measures these quantities directly yet.</p>
      ) : (
        <ol class="targets">
          {targets.map((t) => (
            <Row t={t} key={t.id} />
          ))}
        </ol>
      )}
    </section>
  );
}
