import { findSpecies } from "../../pharmacology/catalog.ts";
import { ENDOGENOUS_OPIOID_TONE } from "../../pharmacology/endogenous.ts";
import { type AnchorBinding, fentanylAnchorBinding } from "../effects/anchor.ts";
import { EFFECT_PARAMETERS, type Transducer } from "../effects/parameters.ts";
import { halfEffectStimulus } from "../effects/transducer.ts";
import { speciesLigand } from "../receptor/ligands.ts";
import { OPIOID_EXPONENTS } from "../respiration/parameters.ts";
import { exponentsForToleranceFold } from "../respiration/tolerance.ts";
import { REWARD_PARAMETERS } from "../reward/parameters.ts";
import type { ToleranceEndpoint } from "./parameters.ts";

/*
 * Tolerance as an exponent on drug activation, per endpoint: an endpoint sees A^κ instead of A
 * (A = (S − S0)/(1 − S0), the drug's share of receptor stimulus). This is how the FDA overdose model
 * expresses respiratory tolerance (its exponents times 1.47), generalised: κ > 1 moves the concentration–
 * effect curve right without capping it (A → 1 still gives the full effect), and a partial agonist (A ≤ its
 * efficacy) loses more than a full agonist. Here κ is tied to what is measured, a fold shift of fentanyl's
 * EC50 (Algera 2020: 4.3× for breathing), through the same fentanyl binding the effects are anchored to.
 */

const S0 = (b: AnchorBinding) => b.toneEfficacy * b.toneOccupancy;

/** Fentanyl concentration (ng/mL) at which the equilibrium pool stimulus is `s` (inverse of stimulusAt). */
function concentrationAtStimulus(s: number, b: AnchorBinding): number {
  const rTone = b.toneOccupancy / (1 - b.toneOccupancy);
  const r = (s * (1 + rTone) - b.toneEfficacy * rTone) / (1 - s);
  return (b.halfOccupancy_nM * r ** (1 / b.hill) * b.molarMass_g_mol) / 1000;
}

function stimulusAtConcentration(c_ng_ml: number, b: AnchorBinding): number {
  const rTone = b.toneOccupancy / (1 - b.toneOccupancy);
  const r = ((c_ng_ml * 1000) / b.molarMass_g_mol / b.halfOccupancy_nM) ** b.hill;
  return (r + b.toneEfficacy * rTone) / (1 + rTone + r);
}

/** Half-effect activation A50 of an effect endpoint (or the VTA transducer for `reward`). */
function halfActivation(endpoint: Exclude<ToleranceEndpoint, "breathing">, b: AnchorBinding): number {
  const s0 = S0(b);
  const t: Pick<Transducer, "tau" | "slope"> =
    endpoint === "reward"
      ? { tau: REWARD_PARAMETERS.vtaTau, slope: REWARD_PARAMETERS.vtaSlope }
      : EFFECT_PARAMETERS[
          (
            {
              euphoria: "euphoria",
              analgesia: "analgesia",
              sedation: "sedation",
              nausea: "nausea",
              pruritus: "pruritus",
              dry_mouth: "dryMouth",
              flushing: "flushing",
              pupil: "pupil",
            } as const
          )[endpoint]
        ];
  const s50 = halfEffectStimulus(t.tau.value, t.slope.value, s0);
  return (s50 - s0) / (1 - s0);
}

/**
 * A calibrated endpoint: κ for a fold shift of fentanyl's EC50 and back. Closed form through fentanyl's
 * equilibrium binding for the effect endpoints; for breathing, the FDA exponents' multiplier at the
 * isohypercapnic clamp (bisection, tabulated once for the inverse).
 */
export interface ToleranceScale {
  /** κ that shifts fentanyl's EC50 `fold`-fold (κ(1) = 1). */
  exponentForFold(fold: number): number;
  /** The fold shift a given κ ≥ 1 means. */
  foldForExponent(kappa: number): number;
}

const scales = new Map<ToleranceEndpoint, ToleranceScale>();

/**
 * The {@link ToleranceScale} of an endpoint (cached).
 *
 * @example
 * toleranceScale("breathing").exponentForFold(4.33) // ≈ 3.1, the engine's chronic multiplier
 * toleranceScale("euphoria").foldForExponent(1)     // 1
 */
export function toleranceScale(endpoint: ToleranceEndpoint): ToleranceScale {
  let scale = scales.get(endpoint);
  if (!scale) {
    scale = endpoint === "breathing" ? breathingScale() : effectScale(endpoint);
    scales.set(endpoint, scale);
  }
  return scale;
}

function effectScale(endpoint: Exclude<ToleranceEndpoint, "breathing">): ToleranceScale {
  const b = fentanylAnchorBinding();
  const s0 = S0(b);
  const a50 = halfActivation(endpoint, b);
  const c50 = concentrationAtStimulus(s0 + (1 - s0) * a50, b);
  return {
    exponentForFold(fold) {
      if (!(fold >= 1)) throw new RangeError(`tolerance fold must be ≥ 1, got ${fold}`);
      const a = (stimulusAtConcentration(fold * c50, b) - s0) / (1 - s0);
      return Math.log(a50) / Math.log(a);
    },
    foldForExponent(kappa) {
      const a = a50 ** (1 / Math.max(1, kappa));
      return concentrationAtStimulus(s0 + (1 - s0) * a, b) / c50;
    },
  };
}

function breathingScale(): ToleranceScale {
  const fentanyl = speciesLigand(findSpecies("fentanyl")!, -1)!;
  const naive = OPIOID_EXPONENTS.naive.chemoreflex.value;
  const kappaAt = (fold: number) =>
    exponentsForToleranceFold(fold, fentanyl, ENDOGENOUS_OPIOID_TONE.occupancy.value).chemoreflexExponent /
    naive;
  // The inverse by a log-spaced table of folds 1–100, interpolated in log fold.
  const folds = Array.from({ length: 41 }, (_, i) => 100 ** (i / 40));
  const kappas = folds.map(kappaAt);
  return {
    exponentForFold: kappaAt,
    foldForExponent(kappa) {
      if (kappa <= 1) return 1;
      let i = 1;
      while (i < kappas.length - 1 && kappas[i]! < kappa) i++;
      const k0 = kappas[i - 1]!;
      const k1 = kappas[i]!;
      const u = (kappa - k0) / (k1 - k0);
      return Math.exp(Math.log(folds[i - 1]!) + u * (Math.log(folds[i]!) - Math.log(folds[i - 1]!)));
    },
  };
}
