import type { Parameter } from "../../pharmacology/types.ts";
import { EFFECT_PARAMETERS } from "../effects/parameters.ts";

/*
 * Parameters of the reward model (VTA GABA interneurons → dopamine neurons → nucleus accumbens dopamine).
 * The mechanism is Johnson & North's disinhibition; the size of the dopamine response is calibrated to rat
 * microdialysis (Wise 1995, 150–300 % of baseline during heroin self-administration), and the popular
 * "up to 10×" claim is kept as a switchable variant (literature.md §3 and §10: found only on popular pages).
 */

const JOHNSON_NORTH =
  "Johnson SW, North RA 1992, J Neurosci 12(2):483–488, abstract: mu agonists hyperpolarise VTA GABA " +
  "(secondary) cells, not dopamine cells, and cut their GABA input to dopamine cells: excitation by disinhibition";
const STEFFENSEN =
  "Steffensen SC et al. 2006, 'Contingent and non-contingent effects of heroin on mu-opioid receptor-containing " +
  "ventral tegmental area GABA neurons', abstract (journal not checked): IV heroin inhibits VTA GABA neuron firing " +
  "(IC50 0.35 mg/kg, naloxone-reversible); in self-administering rats firing fell to about half (49 %) after each " +
  "heroin infusion";
const WISE =
  "Wise RA, Leone P, Rivest R, Leeb K 1995, Synapse 21(2), abstract: NAc dialysate dopamine 150–300 % of " +
  "baseline during IV heroin self-administration at 0.05–0.2 mg/kg per injection (10–20 min samples)";
const GOTTAS =
  "Gottås A et al. 2014, Int J Neuropsychopharmacol 17(9):1357–1365, abstract: after 3 µmol IV 6-MAM, striatal " +
  "ECF 6-MAM and dopamine both peaked at 8 min; after heroin, ECF 6-MAM peaked at 8 min and dopamine at 14 min";
const POPULAR =
  "Popular and secondary web pages ('drugs release 2–10× the dopamine of natural rewards'), e.g. " +
  "ossarchive.adm.ntu.edu.sg 2016-17 cm8001 group 24; literature.md §3 and §10";

/** Parameters of {@link createReward}; every number is sourced. */
export interface RewardParameters {
  /** τ of the mu-receptor transducer on VTA (and tail-VTA/RMTg) GABA neurons. */
  readonly vtaTau: Parameter;
  /** m of that transducer. */
  readonly vtaSlope: Parameter;
  /** Time constant of GABA-neuron activity following the receptor stimulus. */
  readonly gabaTimeConstant_min: Parameter;
  /** Time constant of accumbens extracellular dopamine following dopamine-neuron firing. */
  readonly dopamineTimeConstant_min: Parameter;
  /** Dopamine (× baseline) at full stimulus (S = 1) in the default, measured calibration. */
  readonly peakMeasured_rel: Parameter;
  /** Dopamine (× baseline) at full stimulus in the "popular" variant: the claim, not a measurement. */
  readonly peakPopular_rel: Parameter;
}

/** The default reward parameters (opioid-naive). */
export const REWARD_PARAMETERS: RewardParameters = {
  vtaTau: {
    ...EFFECT_PARAMETERS.euphoria.tau,
    note:
      "Shared with the euphoria endpoint (src/model/effects, anchored to fentanyl's drug liking at 1.0–2.0 ng/mL, " +
      "Zacny 1992): MOR activation on VTA GABA interneurons is the reward circuit's input, and drug liking is the " +
      "nearest human measure of it. So accumbens dopamine rises with the dose over the range where people report " +
      "a high, and a full agonist nearly silences the interneurons. (Earlier value 5, a high-reserve assumption, " +
      "made dopamine flat across doses.) " +
      (EFFECT_PARAMETERS.euphoria.tau.note ?? ""),
  },
  vtaSlope: {
    ...EFFECT_PARAMETERS.euphoria.slope,
    note: `Shared with the euphoria endpoint. ${EFFECT_PARAMETERS.euphoria.slope.note ?? ""}`,
  },
  gabaTimeConstant_min: {
    value: 1,
    unit: "min",
    source: `${JOHNSON_NORTH}; ${STEFFENSEN}`,
    confidence: "assumption",
    note:
      "Mu-receptor GIRK hyperpolarisation develops within seconds in slices; in vivo the fall in firing " +
      "follows each self-administered infusion. One minute lumps receptor signalling and local network settling.",
  },
  dopamineTimeConstant_min: {
    value: 2,
    unit: "min",
    source: GOTTAS,
    confidence: "assumption",
    note:
      "Lumps burst firing, release, uptake and volume transmission into one lag. With the 1 min GABA lag, a smooth " +
      "stimulus pulse peaking at 3–8 min gives a dopamine peak 3.5–4.6 min after the stimulus peak, between " +
      "Gottås's 0 min (6-MAM) and 6 min (heroin) lags of dopamine behind ECF 6-MAM. The true (dialysis-free) " +
      "time course; dialysis samples of 10–20 min would smear it further.",
  },
  peakMeasured_rel: {
    value: 3,
    unit: "× baseline",
    source: WISE,
    confidence: "direct-abs",
    note:
      "The upper end of Wise's range, reached only as S → 1 (interneurons silent); ordinary doses (S 0.6–0.99) " +
      "give 2.6–3.0×. A weak or undetectable response in opioid-maintained humans (Daglish 2008, Watson 2014) " +
      "is for the tolerance model, not this parameter.",
  },
  peakPopular_rel: {
    value: 10,
    unit: "× baseline",
    source: POPULAR,
    confidence: "secondary",
    note:
      "The 'up to 10×' claim. No primary opioid measurement supports it; the ~10× curve in the NIDA figure is " +
      "probably amphetamine's (unverified). Kept only as a switchable discrepancy (variant 'popular'), never " +
      "the default.",
  },
};

/**
 * S0 used when the caller does not pass the pool's own resting stimulus: the endogenous opioid tone's share
 * of the drug-free pool (the engine computes the real value from src/model/receptor and passes it).
 */
export const DEFAULT_RESTING_STIMULUS: Parameter = {
  value: 0.05,
  unit: "1",
  source: "src/model/receptor (endogenous-tone ligand of the receptor pool)",
  confidence: "assumption",
  note: "The engine's drug-free S0 is about 0.05; pass `restingStimulus` to use the pool's exact value.",
};
