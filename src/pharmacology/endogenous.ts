import { assumedFastKoff } from "./mor.ts";
import type { Parameter } from "./types.ts";

/** The endogenous opioid tone at the mu-opioid receptor, as src/model/receptor/ligands.ts uses it. */
export interface EndogenousTone {
  /** Fraction of the MOR pool held by endorphins and enkephalins at rest, drug-free. */
  readonly occupancy: Parameter;
  /** Intrinsic efficacy relative to fentanyl. */
  readonly efficacy: Parameter;
  /** Dissociation rate of the endogenous ligand pool, h⁻¹. */
  readonly koff_per_h: Parameter;
}

const ZUBIETA =
  "Zubieta JK et al. 2001, Science 293:311–315 ('Regional mu opioid receptor regulation of sensory and " +
  "affective dimensions of pain'), abstract and Table 1: sustained masseter pain lowers [11C]carfentanil " +
  "Bmax/Kd (MOR availability) by about 2–7 % in thalamus and amygdala (e.g. −5.1 %, −7.1 ± 10.5 %)";

/**
 * The drug-free occupancy of the MOR pool by endogenous opioid peptides, with their efficacy and kinetics.
 * Naloxone or naltrexone in a drug-free person removes this tone (the model's dopamine dip and the
 * withdrawal-free baseline both depend on it).
 */
export const ENDOGENOUS_OPIOID_TONE: EndogenousTone = {
  occupancy: {
    value: 0.05,
    unit: "1",
    source: `modelling choice; bounded by ${ZUBIETA}`,
    confidence: "assumption",
    note:
      "Resting occupancy by endogenous peptides has not been measured directly. The evidence says it is small: " +
      "PET with the agonist tracer [11C]carfentanil detects endogenous release only as a few-percent fall in " +
      "binding during strong stimuli such as sustained pain (Zubieta 2001), so the resting share of the pool " +
      "cannot be large, and naloxone or naltrexone in drug-free volunteers has small effects. 5 % is such a small " +
      "value; it sets the drug-free stimulus S0 ≈ 0.05 (src/model/reward/parameters.ts assumes the same).",
  },
  efficacy: {
    value: 1,
    unit: "1",
    source:
      "'Identification and characterization of seven new exon 11-associated splice variants of the rat mu " +
      "opioid receptor gene, OPRM1', Mol Pain 2011, 7:9 (doi 10.1186/1744-8069-7-9), Table 4 ([35S]GTPγS, " +
      "rMOR-1 in CHO cells): maximal stimulation β-endorphin 226 %, DAMGO 192 % over basal",
    confidence: "assumption",
    note:
      "Endorphins and enkephalins are taken as full agonists: β-endorphin stimulated at least as much G-protein " +
      "activation as DAMGO in the cited assay. The tone is a pooled ligand, so this is a modelling choice.",
  },
  koff_per_h: {
    ...assumedFastKoff(),
    note:
      "Peptide dissociation kinetics are not modelled: the same assumed 1-min dissociation half-life as the " +
      "equilibrium-only drugs (src/pharmacology/mor.ts), so the tone re-establishes within minutes when a drug leaves.",
  },
};
