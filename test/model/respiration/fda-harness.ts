/**
 * The FDA overdose scenario (models.md §7) assembled around our breathing submodel: fentanyl 1.625 mg IV
 * at t = 0 into the FDA's 3-compartment typical subject, optional EVZIO 2 mg IM naloxone 60 s after
 * ventilation first falls below 40% of baseline, kinetic competitive binding, and the breathing submodel
 * driven by the fentanyl-bound fraction — all in one solve, in hours.
 *
 * The PK here is test scaffolding that mirrors the FDA script (Figure_7/simulateToGetOD_IM.R and
 * delaymymod.c, main@41f4614); the engine's own PK lives in src/model/pk.
 */
import {
  bindingRates,
  fromFdaUnits,
  type KineticLigand,
} from "../../../src/model/receptor/kinetic-binding.ts";
import { StepHistory } from "../../../src/model/respiration/delay.ts";
import { createRespiration, opioidExponents } from "../../../src/model/respiration/model.ts";
import { RESPIRATION_PARAMETERS } from "../../../src/model/respiration/parameters.ts";
import type { RespirationOutputs } from "../../../src/model/respiration/types.ts";
import { dopri5 } from "../../../src/solver/dopri5.ts";
import { type EventRecord, runSchedule } from "../../../src/solver/driver.ts";
import type { ScheduledEvent, StateTrigger } from "../../../src/solver/schedule.ts";
import type { SolverStats } from "../../../src/solver/types.ts";

const PER_S = 3600; // s⁻¹ → h⁻¹

/** Fentanyl, FDA typical subject (Algera 2020 values as coded): micro-constants s⁻¹, VP L, ke0 s⁻¹. */
const FENTANYL = {
  k10: 0.002,
  k12: 0.0032,
  k13: 0.0036,
  k21: 0.0023,
  k31: 0.00023,
  v1_l: 10.5,
  ke0: 0.003,
  molarMass: 336.4,
  dose_mg: 1.625,
} as const;

/** Naloxone EVZIO 2 mg IM (simulateToGetOD_IM.R): F, ktr, kin s⁻¹; CL, Q L/s; V1, V2 L; ke0 s⁻¹. */
const NALOXONE = {
  f: 0.5704,
  ktr: 0.00833,
  kin: 0.008198,
  cl_l_s: 31.31 / 1000,
  q_l_s: 45.28 / 1000,
  v1_l: 124.7,
  v2_l: 108.9,
  ke0: 0.001774,
  molarMass: 327.27,
  dose_ug: 2000,
} as const;

/** Binding constants as used in the FDA script (rounded from Ligand_Data/*_pars.txt). */
export const LIGANDS: readonly KineticLigand[] = [
  fromFdaUnits("fentanyl", { kon_per_pm_n_s: 3.08e-5, koff_per_s: 0.004331, hill: 0.8439 }),
  fromFdaUnits("naloxone", { kon_per_pm_n_s: 0.000167, koff_per_s: 0.03959, hill: 0.858 }),
];

// State layout.
const FENT_C = 0; // mg
const FENT_P2 = 1;
const FENT_P3 = 2;
const FENT_CE = 3; // nM
const NAL_DEPOT = 4; // µg
const NAL_TRANSIT = 5;
const NAL_ABS = 6;
const NAL_CP = 7; // µg/L = ng/mL
const NAL_C2 = 8;
const NAL_CE = 9; // nM
const OCC_FENT = 10;
const OCC_NAL = 11;
const RESP = 12;

export interface HarnessOptions {
  /** Give EVZIO 2 mg IM 60 s after ventilation first falls below 40% of baseline. */
  readonly naloxone: boolean;
  /** Fentanyl IV dose (default 1.625 mg). */
  readonly fentanylDose_mg?: number;
  /** Simulated time (default 5400 s, the FDA's 1.5 h). */
  readonly duration_s?: number;
  /** Sampling times (s); default every 10 s plus the table's times. */
  readonly outputTimes_s?: readonly number[];
  /** Replace fentanyl occupancy by this constant activation (extreme-input test). */
  readonly fixedActivation?: number;
  /**
   * Reproduce the FDA's blood-flow volume sigmoid (models.md §1.4: fentanyl VP and naloxone V1 divided by
   * up to 2 when cardiac output exceeds ≈1.6× baseline). Off by default: it is a quirk, not physiology.
   */
  readonly fdaVolumeScaling?: boolean;
  readonly rtol?: number;
  readonly atol?: number;
}

export interface HarnessResult {
  readonly times_s: Float64Array;
  readonly ventilation_l_min: Float64Array;
  readonly pao2_mmhg: Float64Array;
  readonly paco2_mmhg: Float64Array;
  readonly sao2_pct: Float64Array;
  readonly brain_po2_mmhg: Float64Array;
  readonly cardiac_output_l_min: Float64Array;
  readonly fentanyl_cp_ng_ml: Float64Array;
  readonly fentanyl_ce_pm: Float64Array;
  readonly occupancy_fentanyl: Float64Array;
  readonly occupancy_naloxone: Float64Array;
  readonly baselineVentilation_l_min: number;
  /** Event times (s) from the driver's log. */
  readonly naloxoneTriggered_s: number | undefined;
  readonly hypoxiaOnset_s: number | undefined;
  readonly cardiacArrest_s: number | undefined;
  readonly log: readonly EventRecord[];
  readonly stats: Readonly<SolverStats>;
  /** Delayed reads that fell past accepted history or before the kept window (both must be 0). */
  readonly extrapolated: number;
  readonly expired: number;
  readonly finalState: Float64Array;
}

const TABLE_TIMES_S = [0, 30, 120, 300, 600, 3600];

/** Runs the scenario once. */
export function runFdaHarness(options: HarnessOptions): HarnessResult {
  const resp = createRespiration(RESPIRATION_PARAMETERS, { offset: RESP });
  const n = RESP + resp.size;
  const y0 = new Float64Array(n);
  resp.writeBaseline(y0);
  const drive = { agonistActivation: 0, ...opioidExponents("chronic") };
  const obs = resp.observe(y0, drive);
  const baselineVentilation = obs.ventilation_l_min;
  const past = new StepHistory(0, y0, resp.historyWindow_h);
  const conc = new Float64Array(2);
  const fixed = options.fixedActivation;
  const scaling = options.fdaVolumeScaling === true;

  // FDA Q_Scale = 1 + 1/(1 + e^((1.6 − Q/Q0)/0.05)), Q0 = 4.87 L/min, on fentanyl VP and naloxone V1.
  const volumeDivisor = (y: Float64Array) => {
    if (!scaling) return 1;
    return 1 + 1 / (1 + Math.exp((1.6 - resp.cardiacOutput_l_min(y) / 4.87) / 0.05));
  };
  const fentanylCp = (y: Float64Array) => ((y[FENT_C] / FENTANYL.v1_l) * 1000 * volumeDivisor(y)) as number;

  const rhs = (t: number, y: Float64Array, dy: Float64Array) => {
    const f = FENTANYL;
    dy[FENT_C] = PER_S * (-(f.k10 + f.k12 + f.k13) * y[FENT_C] + f.k21 * y[FENT_P2] + f.k31 * y[FENT_P3]);
    dy[FENT_P2] = PER_S * (f.k12 * y[FENT_C] - f.k21 * y[FENT_P2]);
    dy[FENT_P3] = PER_S * (f.k13 * y[FENT_C] - f.k31 * y[FENT_P3]);
    const div = volumeDivisor(y);
    const cpFent_nM = ((y[FENT_C] / f.v1_l) * 1000 * div * 1000) / f.molarMass;
    dy[FENT_CE] = PER_S * f.ke0 * (cpFent_nM - y[FENT_CE]);
    const nl = NALOXONE;
    dy[NAL_DEPOT] = -PER_S * nl.ktr * y[NAL_DEPOT];
    dy[NAL_TRANSIT] = PER_S * (nl.f * nl.ktr * y[NAL_DEPOT] - nl.ktr * y[NAL_TRANSIT]);
    dy[NAL_ABS] = PER_S * (nl.ktr * y[NAL_TRANSIT] - nl.kin * y[NAL_ABS]);
    // Concentration states as in the FDA code (so the volume quirk, when on, acts on the rate as there).
    dy[NAL_CP] =
      (PER_S * div * (nl.kin * y[NAL_ABS] - (nl.cl_l_s + nl.q_l_s) * y[NAL_CP] + nl.q_l_s * y[NAL_C2])) /
      nl.v1_l;
    dy[NAL_C2] = (PER_S * nl.q_l_s * (y[NAL_CP] - y[NAL_C2])) / nl.v2_l;
    dy[NAL_CE] = PER_S * nl.ke0 * ((y[NAL_CP] * 1000) / nl.molarMass - y[NAL_CE]);
    conc[0] = y[FENT_CE];
    conc[1] = y[NAL_CE];
    bindingRates(LIGANDS, conc, y, OCC_FENT, dy);
    drive.agonistActivation = fixed ?? y[OCC_FENT];
    resp.rhs(t, y, dy, drive, past.at);
  };

  const out: RespirationOutputs = { ...obs };
  const ventilationOf = (y: Float64Array) => {
    drive.agonistActivation = fixed ?? y[OCC_FENT];
    return resp.observe(y, drive, out).ventilation_l_min;
  };
  const triggers: StateTrigger[] = [...resp.triggers()];
  if (options.naloxone) {
    triggers.push({
      label: "ventilation < 40% of baseline: naloxone in 60 s",
      g: (_t, y) => ventilationOf(y) - 0.4 * baselineVentilation,
      fire: (t): ScheduledEvent[] => [
        {
          kind: "bolus",
          time: t + 60 / 3600,
          state: NAL_DEPOT,
          amount: NALOXONE.dose_ug,
          label: "EVZIO 2 mg IM",
        },
      ],
    });
  }

  const duration_s = options.duration_s ?? 5400;
  const times = [...new Set([...(options.outputTimes_s ?? defaultTimes(duration_s)), ...TABLE_TIMES_S])]
    .filter((t) => t <= duration_s)
    .sort((a, b) => a - b);
  const m = times.length;
  const cols = {
    ventilation_l_min: new Float64Array(m),
    pao2_mmhg: new Float64Array(m),
    paco2_mmhg: new Float64Array(m),
    sao2_pct: new Float64Array(m),
    brain_po2_mmhg: new Float64Array(m),
    cardiac_output_l_min: new Float64Array(m),
    fentanyl_cp_ng_ml: new Float64Array(m),
    fentanyl_ce_pm: new Float64Array(m),
    occupancy_fentanyl: new Float64Array(m),
    occupancy_naloxone: new Float64Array(m),
  };
  const solver = past.record(
    dopri5(n, { rtol: options.rtol ?? 1e-6, atol: options.atol ?? 1e-9, hMax: resp.maxStep_h }),
  );
  const result = runSchedule({
    system: { n, rhs, autonomous: true },
    y0,
    t0: 0,
    tEnd: duration_s / 3600,
    events: [
      {
        kind: "bolus",
        time: 0,
        state: FENT_C,
        amount: options.fentanylDose_mg ?? FENTANYL.dose_mg,
        label: "fentanyl IV",
      },
    ],
    triggers,
    outputTimes: Float64Array.from(times, (t) => t / 3600),
    record: (row, _t, y) => {
      drive.agonistActivation = fixed ?? y[OCC_FENT];
      resp.observe(y, drive, out);
      cols.ventilation_l_min[row] = out.ventilation_l_min;
      cols.pao2_mmhg[row] = out.pao2_mmhg;
      cols.paco2_mmhg[row] = out.paco2_mmhg;
      cols.sao2_pct[row] = out.sao2_pct;
      cols.brain_po2_mmhg[row] = out.brain_po2_mmhg;
      cols.cardiac_output_l_min[row] = out.cardiac_output_l_min;
      cols.fentanyl_cp_ng_ml[row] = fentanylCp(y);
      cols.fentanyl_ce_pm[row] = y[FENT_CE] * 1000;
      cols.occupancy_fentanyl[row] = y[OCC_FENT];
      cols.occupancy_naloxone[row] = y[OCC_NAL];
    },
    solver,
  });
  const when = (prefix: string) => {
    // Triggers log under their own types (cardiac_arrest, severe_hypoxaemia, trigger); doses never start so.
    const e = result.log.find((r) => r.detail.startsWith(prefix));
    return e === undefined ? undefined : e.time * 3600;
  };
  return {
    times_s: Float64Array.from(times),
    ...cols,
    baselineVentilation_l_min: baselineVentilation,
    naloxoneTriggered_s: when("ventilation < 40%"),
    hypoxiaOnset_s: when("PaO2 ≤"),
    cardiacArrest_s: when("cardiac arrest"),
    log: result.log,
    stats: result.stats,
    extrapolated: past.extrapolated,
    expired: past.expired,
    finalState: result.y,
  };
}

function defaultTimes(duration_s: number): number[] {
  const out: number[] = [];
  for (let t = 0; t <= duration_s; t += 10) out.push(t);
  return out;
}
