import type { RespirationParameters } from "./parameters.ts";

/**
 * Blood O2 and CO2 content from partial pressures by the dissociation curves of Spencer JL, Firouztale E,
 * Mellins RB 1979 (Ann Biomed Eng 7:59–66), as used by Ursino et al. 2001 and the FDA overdose model:
 *
 *   C_O2  = Cmax_O2  · F1^(1/a1) / (1 + F1^(1/a1)),  F1 = PO2 ·(1 + β1·PCO2) / (K1·(1 + α1·PCO2))
 *   C_CO2 = Cmax_CO2 · F2^(1/a2) / (1 + F2^(1/a2)),  F2 = PCO2·(1 + β2·PO2)  / (K2·(1 + α2·PO2))
 *
 * The cross terms couple the gases: CO2 shifts the O2 curve right (Bohr) and O2 lowers CO2 content
 * (Haldane). Contents are in L of gas (STPD) per L of blood; Cmax = Z·C (capacity in mmol/L times the
 * molar volume Z).
 */
export interface SpencerCurves {
  readonly k1: number;
  readonly k2: number;
  readonly invA1: number;
  readonly invA2: number;
  readonly a1: number;
  readonly a2: number;
  readonly alpha1: number;
  readonly beta1: number;
  readonly alpha2: number;
  readonly beta2: number;
  /** Z·C1, L/L. */
  readonly o2Max: number;
  /** Z·C2, L/L. */
  readonly co2Max: number;
}

/** Resolves the curve constants once. */
export function spencerCurves(p: RespirationParameters["spencer"]): SpencerCurves {
  const z = p.molarGasVolume_l_mmol.value;
  return {
    k1: p.k1_mmhg.value,
    k2: p.k2_mmhg.value,
    a1: p.a1.value,
    a2: p.a2.value,
    invA1: 1 / p.a1.value,
    invA2: 1 / p.a2.value,
    alpha1: p.alpha1_per_mmhg.value,
    beta1: p.beta1_per_mmhg.value,
    alpha2: p.alpha2_per_mmhg.value,
    beta2: p.beta2_per_mmhg.value,
    o2Max: z * p.o2Capacity_mmol_l.value,
    co2Max: z * p.co2Capacity_mmol_l.value,
  };
}

/**
 * O2 content (L/L). Negative pressures (solver overshoot near zero) count as zero, so the fractional power
 * never sees a negative base.
 *
 * @example
 * o2Content(s, 100, 40) // ≈ 0.199 L/L (about 97% of the 0.204 L/L capacity)
 * o2Content(s, 0, 40)   // 0
 */
export function o2Content(s: SpencerCurves, po2: number, pco2: number): number {
  const c = Math.max(pco2, 0);
  const f = Math.max(po2, 0) * ((1 + s.beta1 * c) / (s.k1 * (1 + s.alpha1 * c)));
  const g = f ** s.invA1;
  return (s.o2Max * g) / (1 + g);
}

/** CO2 content (L/L), with the same clamping as {@link o2Content}. */
export function co2Content(s: SpencerCurves, pco2: number, po2: number): number {
  const o = Math.max(po2, 0);
  const f = Math.max(pco2, 0) * ((1 + s.beta2 * o) / (s.k2 * (1 + s.alpha2 * o)));
  const g = f ** s.invA2;
  return (s.co2Max * g) / (1 + g);
}

/** Both contents at one (PO2, PCO2), L/L. */
export interface GasContents {
  o2: number;
  co2: number;
}

/**
 * {@link o2Content} and {@link co2Content} of one blood sample in one call (the hot path of the model:
 * one call instead of two, and the results land in `out` rather than in two returned numbers).
 */
export function gasContents(s: SpencerCurves, po2: number, pco2: number, out: GasContents): void {
  const o = Math.max(po2, 0);
  const c = Math.max(pco2, 0);
  const g1 = (o * ((1 + s.beta1 * c) / (s.k1 * (1 + s.alpha1 * c)))) ** s.invA1;
  const g2 = (c * ((1 + s.beta2 * o) / (s.k2 * (1 + s.alpha2 * o)))) ** s.invA2;
  out.o2 = (s.o2Max * g1) / (1 + g1);
  out.co2 = (s.co2Max * g2) / (1 + g2);
}

/** Partial pressures found by {@link invertContents}. */
export interface GasPressures {
  po2: number;
  pco2: number;
}

// Contents at or above capacity have no finite pressure; keep the ratio c/(cmax − c) finite.
const CAPACITY_MARGIN = 1 - 1e-12;

/**
 * Partial pressures from contents: the closed-form inverse of the Spencer pair. Writing
 * D1 = K1·(C_O2/(Cmax_O2 − C_O2))^a1 and D2 = K2·(C_CO2/(Cmax_CO2 − C_CO2))^a2, the curves say
 * PO2·(1 + β1·PCO2) = D1·(1 + α1·PCO2) and PCO2·(1 + β2·PO2) = D2·(1 + α2·PO2). Eliminating PO2 gives
 * a·PCO2² + b·PCO2 + c = 0 with a = β1 + α1·β2·D1, b = 1 + β2·D1 − β1·D2 − α1·α2·D1·D2,
 * c = −D2·(1 + α2·D1) ≤ 0, whose one non-negative root is taken (and symmetrically for PO2). The root is
 * written 2|c| / (b + √(b² + 4a|c|)) when b > 0 to avoid cancellation.
 *
 * @example
 * const p = { po2: 0, pco2: 0 };
 * invertContents(s, o2Content(s, 90, 40), co2Content(s, 40, 90), p) // p ≈ { po2: 90, pco2: 40 }
 */
export function invertContents(s: SpencerCurves, cO2: number, cCO2: number, out: GasPressures): void {
  const d1 = s.k1 * ratio(cO2, s.o2Max) ** s.a1;
  const d2 = s.k2 * ratio(cCO2, s.co2Max) ** s.a2;
  const cross = s.alpha1 * s.alpha2 * d1 * d2;
  out.pco2 = positiveRoot(
    s.beta1 + s.alpha1 * s.beta2 * d1,
    1 + s.beta2 * d1 - s.beta1 * d2 - cross,
    d2 * (1 + s.alpha2 * d1),
  );
  out.po2 = positiveRoot(
    s.beta2 + s.alpha2 * s.beta1 * d2,
    1 + s.beta1 * d2 - s.beta2 * d1 - cross,
    d1 * (1 + s.alpha1 * d2),
  );
}

function ratio(c: number, cmax: number): number {
  if (!(c > 0)) return 0;
  const cc = Math.min(c, cmax * CAPACITY_MARGIN);
  return cc / (cmax - cc);
}

/** Non-negative root of a·x² + b·x − m = 0 with a > 0, m ≥ 0. */
function positiveRoot(a: number, b: number, m: number): number {
  const disc = Math.sqrt(b * b + 4 * a * m);
  return b > 0 ? (2 * m) / (b + disc) : (disc - b) / (2 * a);
}

/** Constants of {@link arterialSaturation}. */
export interface SaturationCurve {
  readonly hill: number;
  readonly p50: number;
  readonly co2Exponent: number;
  readonly referencePaco2: number;
}

/** Resolves the saturation constants once. */
export function saturationCurve(p: RespirationParameters["saturation"]): SaturationCurve {
  return {
    hill: p.hill.value,
    p50: p.p50_mmhg.value,
    co2Exponent: p.co2Exponent.value,
    referencePaco2: p.referencePaco2_mmhg.value,
  };
}

// Below 1 mmHg of PaCO2 the Bohr correction (40/PaCO2)^0.3 is meaningless and would overflow at zero.
const MIN_SATURATION_PACO2 = 1;

/**
 * Arterial O2 saturation (%) by the Hill curve of Chiari et al. 1997 (Eqs 8–9) with a Bohr shift: the
 * "virtual" PO2 PaO2·(40/PaCO2)^0.3 is read on the standard curve (n = 2.6, P50 = 26.6 mmHg). This is the
 * IN-branch formula; the main branch uses PaO2 in place of PaCO2 in the correction (a typo, `models.md`
 * §1.10).
 *
 * @example
 * arterialSaturation(c, 92.8, 38.6) // ≈ 96.4
 * arterialSaturation(c, 26.6, 40)   // 50
 */
export function arterialSaturation(c: SaturationCurve, pao2: number, paco2: number): number {
  const pc = Math.max(paco2, MIN_SATURATION_PACO2);
  const virtual = Math.max(pao2, 0) * (c.referencePaco2 / pc) ** c.co2Exponent;
  const v = (virtual / c.p50) ** c.hill;
  return (100 * v) / (1 + v);
}
