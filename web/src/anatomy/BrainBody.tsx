/**
 * A schematic sagittal brain and a body outline, each region coloured by the model state at one moment
 * (see regions.ts for which output drives which region). Hand-drawn inline SVG: no assets, no web fonts.
 */
import type { JSX } from "preact";
import { describeRange, type RegionState, regionStates } from "./regions.ts";
import { legendSteps, NEUTRAL_GREY } from "./scale.ts";

/** Where each region is drawn: its shape, a short label and the label's anchor (with a leader line). */
interface Placement {
  readonly shape: (fill: string, stroke: StrokeStyle) => JSX.Element;
  readonly short: string;
  readonly label: readonly [number, number];
  readonly anchor: "start" | "end" | "middle";
  /** Where the leader line meets the region (omit for none). */
  readonly target?: readonly [number, number];
}

interface StrokeStyle {
  readonly stroke: string;
  readonly "stroke-width": number;
  readonly "stroke-dasharray"?: string;
}

const ellipse = (cx: number, cy: number, rx: number, ry: number) => (fill: string, s: StrokeStyle) => (
  <ellipse cx={cx} cy={cy} rx={rx} ry={ry} fill={fill} {...s} />
);
const path = (d: string) => (fill: string, s: StrokeStyle) => <path d={d} fill={fill} {...s} />;

/** Iris radius in px; the pupil is drawn to the same scale (an adult iris is about 11.5 mm across). */
const IRIS_R = 22;
const PX_PER_MM = (2 * IRIS_R) / 11.5;
const EYES: ReadonlyArray<readonly [number, number]> = [
  [540, 58],
  [630, 58],
];

const PLACEMENTS: Readonly<Record<string, Placement>> = {
  pfc: {
    shape: path("M72,212 C58,150 100,88 168,70 L196,148 C156,160 126,190 114,232 C98,232 80,226 72,212 Z"),
    short: "PFC / OFC",
    label: [60, 40],
    anchor: "start",
    target: [120, 120],
  },
  nacc: {
    shape: ellipse(176, 204, 16, 11),
    short: "NAc",
    label: [16, 300],
    anchor: "start",
    target: [168, 212],
  },
  vp: { shape: ellipse(202, 226, 13, 8), short: "VP", label: [16, 320], anchor: "start", target: [196, 232] },
  amygdala: {
    shape: ellipse(214, 254, 12, 9),
    short: "Amygdala",
    label: [16, 340],
    anchor: "start",
    target: [206, 260],
  },
  hippocampus: {
    shape: path("M228,258 C250,264 282,252 298,234 C303,228 294,223 287,230 C272,245 250,251 230,249 Z"),
    short: "Hippocampus",
    label: [16, 360],
    anchor: "start",
    target: [246, 258],
  },
  vta: {
    shape: ellipse(252, 228, 11, 8),
    short: "VTA",
    label: [16, 380],
    anchor: "start",
    target: [248, 234],
  },
  lc: { shape: ellipse(276, 298, 7, 6), short: "LC", label: [312, 330], anchor: "start", target: [282, 300] },
  prebotc: {
    shape: ellipse(268, 350, 10, 8),
    short: "preBötC",
    label: [312, 366],
    anchor: "start",
    target: [277, 352],
  },
  lungs: {
    shape: (fill, s) => (
      <g>
        <path d="M566,186 C540,186 528,222 530,258 C532,272 560,272 568,262 Z" fill={fill} {...s} />
        <path d="M598,186 C624,186 636,222 634,258 C632,272 604,272 596,262 Z" fill={fill} {...s} />
      </g>
    ),
    short: "Lungs",
    label: [650, 200],
    anchor: "start",
    target: [628, 212],
  },
  heart: {
    shape: path(
      "M590,246 C582,232 566,238 572,252 C576,262 590,270 594,276 C598,270 612,262 614,252 C618,238 600,232 590,246 Z",
    ),
    short: "Heart",
    label: [650, 250],
    anchor: "start",
    target: [612, 254],
  },
  blood: {
    shape: path(
      "M690,282 C684,294 676,302 676,312 C676,321 683,326 690,326 C697,326 704,321 704,312 C704,302 696,294 690,282 Z",
    ),
    short: "Blood O₂",
    label: [690, 344],
    anchor: "middle",
  },
  gut: {
    shape: path(
      "M556,294 C556,286 608,286 608,294 C620,300 620,344 606,350 C590,356 566,356 556,348 C544,340 544,300 556,294 Z",
    ),
    short: "Gut",
    label: [650, 300],
    anchor: "start",
    target: [614, 316],
  },
};

/** Outline of a region's state: dashed = not simulated, dotted = not in this run. */
function strokeFor(state: RegionState): StrokeStyle {
  if (state.status === "not-modelled")
    return { stroke: "#6b6b6b", "stroke-width": 1.2, "stroke-dasharray": "4 3" };
  if (state.status === "missing")
    return { stroke: "#6b6b6b", "stroke-width": 1.2, "stroke-dasharray": "1.5 2.5" };
  return { stroke: "#222222", "stroke-width": 1 };
}

function Region(props: { state: RegionState }): JSX.Element | null {
  const { state } = props;
  if (state.spec.id === "pupils") return <Eyes state={state} />;
  const place = PLACEMENTS[state.spec.id];
  if (place === undefined) return null;
  const [lx, ly] = place.label;
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; role="img" with a label is the SVG pattern
    <g class={`region region-${state.spec.id} region-${state.status}`} role="img" aria-label={state.text}>
      <title>{state.text}</title>
      {place.shape(state.fill, strokeFor(state))}
      {place.target && (
        <line
          x1={place.target[0] > lx ? lx + textWidth(place.short) + 4 : lx - 4}
          y1={ly - 4}
          x2={place.target[0]}
          y2={place.target[1]}
          stroke="#555555"
          stroke-width={0.75}
        />
      )}
      <text x={lx} y={ly} text-anchor={place.anchor} font-size={12} fill="#111111">
        {place.short}
      </text>
    </g>
  );
}

/** Rough width of a short label at 12 px in a system sans-serif (for where the leader line starts). */
function textWidth(s: string): number {
  return s.length * 6.6;
}

function Eyes(props: { state: RegionState }): JSX.Element {
  const { state } = props;
  const mm = state.readings[0]?.value;
  const pupilR = mm === undefined ? 0 : Math.max(0.5, Math.min(IRIS_R - 2, (mm / 2) * PX_PER_MM));
  const stroke = strokeFor(state);
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; role="img" with a label is the SVG pattern
    <g class={`region region-pupils region-${state.status}`} role="img" aria-label={state.text}>
      <title>{state.text}</title>
      {EYES.map(([cx, cy]) => (
        <g key={cx}>
          <path
            d={`M${cx - 40},${cy} Q${cx},${cy - 34} ${cx + 40},${cy} Q${cx},${cy + 34} ${cx - 40},${cy} Z`}
            fill="#ffffff"
            stroke="#222222"
            stroke-width={1}
          />
          <circle cx={cx} cy={cy} r={IRIS_R} fill={state.fill} {...stroke} />
          {mm !== undefined && <circle cx={cx} cy={cy} r={pupilR} fill="#000000" />}
        </g>
      ))}
      <text x={585} y={100} text-anchor="middle" font-size={12} fill="#111111">
        {mm === undefined ? "Pupils" : `Pupils ${mm.toFixed(1)} mm`}
      </text>
    </g>
  );
}

const BRAIN_OUTLINE =
  "M70,215 C55,140 120,62 230,58 C335,54 402,110 404,175 C406,228 370,262 320,262 L300,262 " +
  "C290,248 270,240 250,242 C225,246 215,262 190,266 C150,272 120,262 100,250 C82,240 72,230 70,215 Z";
const BRAINSTEM = "M240,246 C250,290 252,330 256,388 L290,388 C288,330 290,292 284,252 Z";
const BODY =
  "M585,104 C570,104 566,116 572,124 L574,150 C548,154 520,162 514,186 L506,300 C504,320 516,322 520,306 " +
  "L530,210 L536,392 L578,392 L585,330 L592,392 L634,392 L640,210 L650,306 C654,322 666,320 664,300 " +
  "L656,186 C650,162 622,154 596,150 L598,124 C604,116 600,104 585,104 Z";

function Legend(): JSX.Element {
  const steps = legendSteps(10);
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> is not focusable; the caption list says what the legend says
    <g class="legend" aria-hidden="true">
      {steps.map((c, i) => (
        <rect key={c} x={20 + i * 20} y={412} width={20} height={12} fill={c} />
      ))}
      <text x={20} y={406} font-size={11} fill="#111111">
        at rest
      </text>
      <text x={220} y={406} text-anchor="end" font-size={11} fill="#111111">
        strongest effect
      </text>
      <rect
        x={250}
        y={412}
        width={20}
        height={12}
        fill={NEUTRAL_GREY}
        stroke="#6b6b6b"
        stroke-dasharray="4 3"
      />
      <text x={276} y={422} font-size={11} fill="#111111">
        not simulated yet
      </text>
      <rect
        x={380}
        y={412}
        width={20}
        height={12}
        fill={NEUTRAL_GREY}
        stroke="#6b6b6b"
        stroke-dasharray="1.5 2.5"
      />
      <text x={406} y={422} font-size={11} fill="#111111">
        not in this run
      </text>
    </g>
  );
}

function Caption(props: { states: readonly RegionState[] }): JSX.Element {
  return (
    <ul class="brain-body-caption">
      {props.states.map((s) => (
        <li key={s.spec.id} class={`region-${s.status}`}>
          <span
            class="swatch"
            aria-hidden="true"
            style={{
              display: "inline-block",
              width: "0.9em",
              height: "0.9em",
              marginRight: "0.4em",
              verticalAlign: "middle",
              background: s.fill,
              border: `1px ${s.status === "value" ? "solid" : "dashed"} #6b6b6b`,
            }}
          />
          <strong>{s.spec.label}</strong> ({s.spec.role}):{" "}
          {s.status === "value" ? (
            <span>
              {s.readings.map((r) => r.text).join("; ")}.{" "}
              <span class="range">Colour: {s.spec.quantities.map(describeRange).join("; ")}.</span>
            </span>
          ) : (
            <span>{s.text.slice(s.text.indexOf(": ") + 2)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The brain and body at one moment of a run.
 *
 * @param props.values model outputs at the chosen time, by column name without an arm prefix
 *   (`dopamine_nacc_rel`, `pupil_mm`, …); columns the run does not have are simply absent.
 */
export function BrainBody(props: { values: Readonly<Record<string, number>> }): JSX.Element {
  const states = regionStates(props.values);
  return (
    <figure class="brain-body">
      <svg
        viewBox="0 0 720 440"
        aria-label="Schematic brain (side view, front to the left) and body; each region is coloured by the model state"
        style={{ width: "100%", height: "auto", fontFamily: "system-ui, sans-serif" }}
      >
        <title>Brain and body: where the model's quantities act</title>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> is not focusable; these outlines are decoration */}
        <g aria-hidden="true">
          <path d={BRAIN_OUTLINE} fill="#f7f3ee" stroke="#444444" stroke-width={1.5} />
          <ellipse cx={332} cy={286} rx={50} ry={28} fill="#efe9e1" stroke="#444444" stroke-width={1.2} />
          <path d={BRAINSTEM} fill="#efe9e1" stroke="#444444" stroke-width={1.2} />
          <path d={BODY} fill="#f7f3ee" stroke="#444444" stroke-width={1.5} />
          <text x={230} y={20} text-anchor="middle" font-size={13} font-weight="bold" fill="#111111">
            Brain (side view)
          </text>
          <text x={585} y={20} text-anchor="middle" font-size={13} font-weight="bold" fill="#111111">
            Body
          </text>
        </g>
        {states.map((s) => (
          <Region key={s.spec.id} state={s} />
        ))}
        <Legend />
      </svg>
      <figcaption>
        Colours show each region's model quantity from at rest (dark) to its strongest effect (bright), on the
        viridis scale, whichever way it moves: for the breathing centres, lungs and blood oxygen bright means
        breathing most depressed and the least oxygen, the most dangerous state. Grey regions are not
        simulated by the model yet, or not in this run.
        <Caption states={states} />
      </figcaption>
    </figure>
  );
}
