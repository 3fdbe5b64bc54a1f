import { EFFECT_PARAMETERS, type EffectParameters } from "./parameters.ts";
import { effectAboveRest } from "./transducer.ts";

/**
 * The acute effects and signs at one instant, each a graded index driven by the receptor pool's stimulus
 * through its own transducer. Fractions are 0 at rest and approach 1 at the tissue's maximal response;
 * names carry their units (`_frac` is a 0–1 fraction, `_mm` millimetres).
 */
export interface AcuteEffects {
  euphoria_frac: number;
  analgesia_frac: number;
  /** Sedation, 'nodding'. */
  sedation_frac: number;
  nausea_frac: number;
  /** Itching. */
  pruritus_frac: number;
  dry_mouth_frac: number;
  /** Flushed skin (a receptor-driven stand-in for histamine release; see EFFECT_PARAMETERS.flushing). */
  flushing_frac: number;
  /** Pupil diameter, from `rest_mm` at rest down towards `min_mm`. */
  pupil_mm: number;
}

/** Tolerance exponents κ per endpoint (1 = none): each endpoint sees the drug activation A^κ. */
export interface EffectExponents {
  euphoria: number;
  analgesia: number;
  sedation: number;
  nausea: number;
  pruritus: number;
  dry_mouth: number;
  flushing: number;
  pupil: number;
}

/**
 * The stimulus an endpoint with tolerance exponent κ sees: S0 + (1 − S0)·A^κ with A = (S − S0)/(1 − S0),
 * the drug's share of the stimulus (the FDA's way of expressing tolerance, generalised per endpoint). S at
 * or below rest, and κ = 1, pass through unchanged.
 *
 * @example
 * tolerant(0.9, 0.05, 1); // 0.9
 * tolerant(0.9, 0.05, 3); // ≈ 0.65: the same receptor signal, less effect
 */
export function tolerant(S: number, s0: number, kappa = 1): number {
  if (kappa === 1 || !(S > s0)) return S;
  const a = (Math.min(S, 1) - s0) / (1 - s0);
  return s0 + (1 - s0) * a ** kappa;
}

/**
 * ∂/∂S and ∂/∂κ of {@link tolerant}, written into `out` as [dS, dκ] (no allocation).
 */
export function tolerantSlopes(S: number, s0: number, kappa: number, out: Float64Array): void {
  // At κ = 1 the value is S but the slope in κ is not 0 (a naive subject's first dose).
  if (!(S > s0)) {
    out[0] = 1;
    out[1] = 0;
    return;
  }
  const a = (Math.min(S, 1) - s0) / (1 - s0);
  const ak = a ** kappa;
  out[0] = S < 1 ? (kappa * ak) / a : 0;
  out[1] = (1 - s0) * ak * Math.log(a);
}

/** A zeroed {@link AcuteEffects} to reuse across calls of {@link acuteEffects}. */
export function emptyAcuteEffects(): AcuteEffects {
  return {
    euphoria_frac: 0,
    analgesia_frac: 0,
    sedation_frac: 0,
    nausea_frac: 0,
    pruritus_frac: 0,
    dry_mouth_frac: 0,
    flushing_frac: 0,
    pupil_mm: 0,
  };
}

/** Column metadata for every field of {@link AcuteEffects}, in output order. */
export const ACUTE_EFFECT_FIELDS: readonly {
  readonly field: keyof AcuteEffects;
  readonly unit: string;
  readonly label: string;
}[] = [
  { field: "euphoria_frac", unit: "fraction", label: "Euphoria" },
  { field: "analgesia_frac", unit: "fraction", label: "Analgesia" },
  { field: "sedation_frac", unit: "fraction", label: "Sedation ('nodding')" },
  { field: "nausea_frac", unit: "fraction", label: "Nausea" },
  { field: "pruritus_frac", unit: "fraction", label: "Itching" },
  { field: "dry_mouth_frac", unit: "fraction", label: "Dry mouth" },
  { field: "flushing_frac", unit: "fraction", label: "Flushed skin" },
  { field: "pupil_mm", unit: "mm", label: "Pupil diameter" },
];

/**
 * Writes the acute effects at stimulus `S` into `out` (no allocation) and returns `out`. `restingStimulus`
 * is S0, the drug-free pool's stimulus (the endogenous tone): every fraction is 0 there and below it, and
 * the pupil is at rest. S and S0 are clamped to [0, 1]; NaN counts as 0 (no stimulus), so a corrupt input
 * reports no effect rather than a spurious one.
 *
 * @example
 * const out = emptyAcuteEffects();
 * acuteEffects(0.05, 0.05, out);  // every _frac 0, pupil_mm 4.5 (rest)
 * acuteEffects(0.806, 0.05, out); // fentanyl 0.63 ng/mL (analgesic MEC): analgesia 0.5, pupil ≈ 2.6 mm
 * acuteEffects(0.916, 0.05, out); // fentanyl 2 ng/mL (peak after 100 µg IV): pupil ≈ 2.2 mm, sedation ≈ 0.32
 * acuteEffects(0.784, 0.05, out); // a partial agonist (efficacy 0.8, 98 % bound): miosis ≈ 0.71, analgesia
 *                                 // ≈ 0.35, sedation ≈ 0
 * acuteEffects(NaN, 0.05, out);   // as S = 0: every _frac 0, pupil at rest
 */
export function acuteEffects(
  S: number,
  restingStimulus: number,
  out: AcuteEffects,
  params: EffectParameters = EFFECT_PARAMETERS,
  exponents?: EffectExponents,
): AcuteEffects {
  const s0 = restingStimulus;
  const p = params;
  const e = exponents;
  out.euphoria_frac = effectAboveRest(
    p.euphoria.tau.value,
    p.euphoria.slope.value,
    tolerant(S, s0, e?.euphoria),
    s0,
  );
  out.analgesia_frac = effectAboveRest(
    p.analgesia.tau.value,
    p.analgesia.slope.value,
    tolerant(S, s0, e?.analgesia),
    s0,
  );
  out.sedation_frac = effectAboveRest(
    p.sedation.tau.value,
    p.sedation.slope.value,
    tolerant(S, s0, e?.sedation),
    s0,
  );
  out.nausea_frac = effectAboveRest(p.nausea.tau.value, p.nausea.slope.value, tolerant(S, s0, e?.nausea), s0);
  out.pruritus_frac = effectAboveRest(
    p.pruritus.tau.value,
    p.pruritus.slope.value,
    tolerant(S, s0, e?.pruritus),
    s0,
  );
  out.dry_mouth_frac = effectAboveRest(
    p.dryMouth.tau.value,
    p.dryMouth.slope.value,
    tolerant(S, s0, e?.dry_mouth),
    s0,
  );
  out.flushing_frac = effectAboveRest(
    p.flushing.tau.value,
    p.flushing.slope.value,
    tolerant(S, s0, e?.flushing),
    s0,
  );
  const miosis = effectAboveRest(p.pupil.tau.value, p.pupil.slope.value, tolerant(S, s0, e?.pupil), s0);
  const rest = p.pupil.rest_mm.value;
  out.pupil_mm = rest - (rest - p.pupil.min_mm.value) * miosis;
  return out;
}
