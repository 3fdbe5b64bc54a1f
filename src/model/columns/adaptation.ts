import { type ClinicalSigns, COWS_ITEMS, cowsItems } from "../adaptation/cows.ts";
import type { AdaptationModel } from "../adaptation/model.ts";
import type { ToleranceEndpoint } from "../adaptation/parameters.ts";
import type { OutputColumn } from "../types.ts";

/** What the adaptation outputs read besides the adaptation states. */
export interface AdaptationInputs {
  /** Drug activation A in state y. */
  activation(y: Float64Array): number;
  /** Lofexidine's brain concentration (nM) in state y (0 when not given). */
  lofexidine_nM(y: Float64Array): number;
  /** Pupil diameter above the resting pupil (mm) at (t, y). */
  pupilAboveRest_mm(t: number, y: Float64Array): number;
}

const TOLERANCE_COLUMNS: readonly [ToleranceEndpoint, string][] = [
  ["breathing", "Tolerance: breathing"],
  ["euphoria", "Tolerance: euphoria"],
  ["analgesia", "Tolerance: pain relief"],
  ["sedation", "Tolerance: sedation"],
  ["pupil", "Tolerance: pupils"],
];

/**
 * Tolerance (`tolerance_<endpoint>`: fold shift of fentanyl's EC50, 1 = none; `tolerance_sustained`: the extra
 * fold a sustained load adds, already inside the folds of SUSTAINED_ENDPOINTS, exactly 1 up to the reference
 * heroin user's load), `dependence` (total
 * counter-adaptation), `withdrawal_severity` (the unopposed part W, 0–1), `lc_activity_rel`, `heart_rate_bpm`
 * and the Clinical Opiate Withdrawal Scale (`cows_total` and its eleven items).
 */
export function adaptationColumns(ad: AdaptationModel, inputs: AdaptationInputs): OutputColumn[] {
  const p = ad.params;
  const heartRate = (y: Float64Array) =>
    p.restingHeartRate_bpm.value *
    (1 + p.heartRateGain.value * ad.signsFast(y)) *
    (1 -
      (p.lofexidineBradycardia.value * ad.lofexidineEffect(inputs.lofexidine_nM(y))) /
        p.lofexidineEmax.value);
  const items = new Float64Array(COWS_ITEMS.length);
  // One COWS evaluation per output row, shared by its twelve columns. The key (t, fast, slow, heart rate,
  // pupil, total) lives in a typed array: numbers kept in closure variables are boxed on every write.
  const key = new Float64Array(6).fill(Number.NaN);
  const signs: { -readonly [K in keyof ClinicalSigns]: ClinicalSigns[K] } = {
    fast: 0,
    slow: 0,
    heartRate_bpm: 0,
    pupilAboveRest_mm: 0,
  };
  const cows = (t: number, y: Float64Array) => {
    const fast = ad.signsFast(y);
    const slow = ad.signsSlow(y);
    const hr = heartRate(y);
    const pupil = inputs.pupilAboveRest_mm(t, y);
    if (t === key[0] && fast === key[1] && slow === key[2] && hr === key[3] && pupil === key[4])
      return key[5]!;
    signs.fast = fast;
    signs.slow = slow;
    signs.heartRate_bpm = hr;
    signs.pupilAboveRest_mm = pupil;
    key[0] = t;
    key[1] = fast;
    key[2] = slow;
    key[3] = hr;
    key[4] = pupil;
    key[5] = cowsItems(signs, items);
    return key[5]!;
  };
  return [
    ...TOLERANCE_COLUMNS.map(
      ([endpoint, label]): OutputColumn => ({
        name: `tolerance_${endpoint}`,
        unit: "fold",
        label,
        compute: (_t, y) => ad.fold(y, endpoint),
      }),
    ),
    {
      // The extra right shift a sustained load adds (methadone maintenance), exactly 1 up to the reference
      // user's load: SUSTAINED_ENDPOINTS' folds include it, the LC reads it as a loss of receptor reserve.
      name: "tolerance_sustained",
      unit: "fold",
      label: "Tolerance: extra from a sustained load (beyond a heroin user's)",
      compute: (_t, y) => ad.sustainedFold(y),
    },
    { name: "dependence", unit: "0–1", label: "Dependence", compute: (_t, y) => ad.dependence(y) },
    {
      name: "withdrawal_severity",
      unit: "0–1",
      label: "Withdrawal drive",
      compute: (_t, y) => ad.withdrawalDrive(y, inputs.activation(y)),
    },
    {
      name: "lc_activity_rel",
      unit: "× rest",
      label: "Locus coeruleus activity",
      compute: (_t, y) => 1 + ad.signsFast(y),
    },
    { name: "heart_rate_bpm", unit: "bpm", label: "Heart rate", compute: (_t, y) => heartRate(y) },
    { name: "cows_total", unit: "score 0–48", label: "COWS total", compute: cows },
    ...COWS_ITEMS.map(
      (item, i): OutputColumn => ({
        name: `cows_${item.name}`,
        unit: `score 0–${item.max}`,
        label: `COWS: ${item.label}`,
        compute: (t, y) => {
          cows(t, y);
          return items[i]!;
        },
      }),
    ),
  ];
}
