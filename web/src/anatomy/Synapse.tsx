/**
 * The synapse view: a terminal above, a postsynaptic membrane below with 40 mu-opioid receptors, each
 * coloured (and marked) by the ligand holding it, in proportion to the `mor_occupancy_<ligand>` outputs.
 */
import type { JSX } from "preact";
import {
  allocateReceptors,
  describeShares,
  FREE_STYLE,
  type LigandStyle,
  occupancyShares,
} from "./ligands.ts";
import { inkOn } from "./scale.ts";

/** Receptors drawn; each stands for 2.5 % of the pool. */
export const RECEPTOR_COUNT = 40;
const PER_ROW = 20;
const PITCH = 22;
const LEFT = 20;
const ROW_Y = [150, 190];

/** One receptor: a cup in the membrane, with its ligand (if any) sitting in it. */
function Receptor(props: { x: number; y: number; style: LigandStyle }): JSX.Element {
  const { x, y, style } = props;
  const free = style.id === FREE_STYLE.id;
  return (
    <g>
      <path
        d={`M${x - 8},${y - 10} L${x - 8},${y + 8} L${x + 8},${y + 8} L${x + 8},${y - 10} L${x + 4},${y - 10} L${x + 4},${y + 3} L${x - 4},${y + 3} L${x - 4},${y - 10} Z`}
        fill="#bfbfbf"
        stroke="#444444"
        stroke-width={0.8}
      />
      {!free && (
        <g>
          <circle cx={x} cy={y - 6} r={7.5} fill={style.colour} stroke="#222222" stroke-width={0.8} />
          <text
            x={x}
            y={y - 3.2}
            text-anchor="middle"
            font-size={style.mark.length > 1 ? 6.5 : 8}
            font-weight="bold"
            fill={inkOn(style.colour)}
          >
            {style.mark}
          </text>
        </g>
      )}
    </g>
  );
}

/**
 * Mu-opioid receptors at one moment of a run.
 *
 * @param props.values model outputs at the chosen time, by column name without an arm prefix; every
 *   `mor_occupancy_<ligand>` column present is drawn (`mor_activation` is reported in the summary).
 */
export function Synapse(props: { values: Readonly<Record<string, number>> }): JSX.Element {
  const shares = occupancyShares(props.values);
  const counts = allocateReceptors(
    shares.map((s) => s.fraction),
    RECEPTOR_COUNT,
  );
  const slots = shares.flatMap((s, i) => Array.from({ length: counts[i]! }, () => s.style));
  const activation = props.values["mor_activation"];
  const summary =
    describeShares(shares) +
    (activation !== undefined && Number.isFinite(activation)
      ? `; receptor activation ${activation.toFixed(2)} (0–1)`
      : "");
  const width = LEFT * 2 + PITCH * (PER_ROW - 1) + 16;
  return (
    <figure class="synapse">
      <svg
        viewBox={`0 0 ${width} 230`}
        role="img"
        aria-label={summary}
        style={{ width: "100%", height: "auto", fontFamily: "system-ui, sans-serif" }}
      >
        <title>{summary}</title>
        <g>
          <path
            d={`M20,8 L${width - 20},8 L${width - 20},62 C${width - 20},92 ${width / 2 + 60},104 ${width / 2},104 C${width / 2 - 60},104 20,92 20,62 Z`}
            fill="#f7f3ee"
            stroke="#444444"
            stroke-width={1.2}
          />
          {[0.3, 0.45, 0.55, 0.7].map((f, i) => (
            <circle key={f} cx={width * f} cy={i % 2 ? 44 : 60} r={11} fill="#ffffff" stroke="#777777" />
          ))}
          <text x={width / 2} y={28} text-anchor="middle" font-size={11} fill="#111111">
            presynaptic terminal
          </text>
          <text x={width / 2} y={124} text-anchor="middle" font-size={10} fill="#555555">
            synaptic cleft
          </text>
          <rect x={8} y={136} width={width - 16} height={70} rx={6} fill="#eef2f6" stroke="#444444" />
          <text x={width / 2} y={222} text-anchor="middle" font-size={11} fill="#111111">
            postsynaptic membrane: {RECEPTOR_COUNT} mu-opioid receptors, each 2.5 % of the pool
          </text>
        </g>
        <g>
          {slots.map((style, i) => (
            <Receptor
              key={i}
              x={LEFT + 8 + (i % PER_ROW) * PITCH}
              y={ROW_Y[Math.floor(i / PER_ROW)]!}
              style={style}
            />
          ))}
        </g>
      </svg>
      <figcaption>
        <ul class="synapse-legend">
          {shares
            .filter((s) => s.fraction >= 0.005 || s.style.id === FREE_STYLE.id)
            .map((s) => (
              <li key={s.style.id}>
                <span
                  aria-hidden="true"
                  style={{
                    display: "inline-block",
                    minWidth: "1.4em",
                    marginRight: "0.4em",
                    textAlign: "center",
                    fontWeight: "bold",
                    fontSize: "0.8em",
                    borderRadius: "0.7em",
                    border: "1px solid #444444",
                    background: s.style.colour,
                    color: inkOn(s.style.colour),
                  }}
                >
                  {s.style.mark || "\u00a0"}
                </span>
                {s.style.label} ({s.style.kind}): {(s.fraction * 100).toFixed(0)} %
              </li>
            ))}
        </ul>
        <p class="synapse-summary">{summary}.</p>
      </figcaption>
    </figure>
  );
}
