import type { Confidence, Parameter } from "../../pharmacology/types.ts";
import { type AnchorBinding, fentanylAnchorBinding, transducerThrough } from "./anchor.ts";

/*
 * Transducers of the acute effects (operational model, see transducer.ts), ANCHORED TO CLINICAL
 * CONCENTRATION–EFFECT DATA through the engine's binding (anchor.ts).
 *
 * Each endpoint records two fentanyl concentrations (ng/mL, effect-site or steady-state plasma, the
 * engine's total scale): EC50, where its index is half-maximal, and EC90, where it is 90 % of maximal
 * (either read from a study or EC50·9^(1/γ) from a published concentration Hill slope γ). Both go through
 * fentanyl's equilibrium binding with the endogenous tone (FDA/Mann 2022 kinetics on total concentrations:
 * fentanyl is half-bound at 0.12 ng/mL) to stimuli S50 and S90, and τ, m are the unique pair for which
 * fentanyl's effect above rest is 0.5 at S50 and 0.9 at S90. τ and m are computed here, at load, so the
 * anchors stay right if the binding changes.
 *
 * Consequences of this binding scale, reported rather than hidden (docs/reward-and-effects.md):
 * - Every clinical fentanyl concentration (0.3–7 ng/mL) lies at S 0.71–0.97, so τ is 1.08–1.40 and m 10–53:
 *   the transducers are steep in S, while in concentration they rise with the published slopes.
 * - Little headroom above the high-EC50 endpoints: an agonist of efficacy 0.9 (morphine, M6G) cannot reach
 *   half-maximal sedation (S50 0.93) at any dose, and a receptor reserve below about 0.93 (S50/S_max)
 *   would cap fentanyl's sedation below one half too.
 * - Binding on unbound concentrations (fentanyl ~84 % protein-bound) would move every S50 well below 1 and
 *   remove both problems; the anchors would follow automatically.
 */

const BLACK_LEFF =
  "Black JW, Leff P 1983, Proc R Soc Lond B 220:141–162 (operational model of agonism: response = " +
  "(τ·S)^m/(1+(τ·S)^m))";
const GOURLAY_1988 =
  "Gourlay GK et al. 1988, Anesth Analg 67(4):329–337, abstract: fentanyl PCA after abdominal surgery, 30 " +
  "patients; minimum effective blood concentration 0.63 ± 0.25 ng/mL (range 0.23–1.18), constant over 48 h";
const KOREAN_TCI_2002 =
  "'Optimal initial target concentration and minimal effective analgesic concentration for target controlled " +
  "analgesia using fentanyl', Korean J Anesthesiol 2002, 42(1):31–35, abstract: effect-site MEAC 0.61 ± 0.18 " +
  "ng/mL; side effects (nausea, vomiting, pruritus, consciousness, respiration) tended to increase above 1.5 ng/mL";
const WOODHOUSE_MATHER_2000 =
  "Woodhouse A, Mather LE 2000, Reg Anesth Pain Med 25(3):259–267, abstract: fentanyl PCA, individual MECs " +
  "0.23–0.99 ng/mL; 'the relationship between plasma fentanyl concentration and pain score was steep'";
const DYER_1999 =
  "Dyer KR et al. 1999, Clin Pharmacol Ther 65(6):685–694, abstract: steady-state methadone, sigmoid Emax slopes " +
  "N = 1.2 ± 0.1 (pupil), 2.8 ± 0.7 (pain threshold), 5.1 ± 1.1 (subjective opioid effects), 5.4 ± 0.9 (withdrawal)";
const LOTSCH_2001 =
  "Lötsch J et al. 2001, Anesthesiology 95(6):1329, abstract: morphine miosis EC50 36.2 nM (19.7–43.3, effect " +
  "site), γ = 1.9, in 8 healthy volunteers";
const MEAC_REVIEW =
  "J Jpn Soc Clin Anesth 30(4):669 (J-STAGE, jjsca 30_4_669), abstract (secondary): postoperative MEAC of " +
  "morphine estimated at 30 ng/mL, of fentanyl at 1 ng/mL";
const HILL_1990 =
  "Hill HF et al. 1990, Pain 43(1):69–79, abstract: steady-state infusions of alfentanil, fentanyl and morphine; " +
  "side-effect magnitudes at equianalgesic steady-state plasma concentrations do not differ across the three";
const VESELIS_1994 =
  "'Impaired memory and behavioral performance with fentanyl at low plasma concentrations' (Veselis RA et al., " +
  "Anesth Analg, Nov 1994), abstract: 9 volunteers, fentanyl infusions targeting 1, 1.5 and 2.5 ng/mL; VAS " +
  "mental and physical sedation significantly affected; psychomotor performance 15–30 % worse only above 2.5 " +
  "ng/mL; euphoria not demonstrable; all subjects had severe nausea, 4 of 6 vomited";
const ZACNY_1992 =
  "Zacny JP et al. 1992, Psychopharmacology 107:319–326, abstract: IV fentanyl 0, 25, 50, 100 µg/70 kg in " +
  "healthy volunteers; dose-related 'high' and 'sedated'; most liked the two higher doses for at least a brief " +
  "time; no increase on the MBG euphoria scale; dysphoria and somatic symptoms";
const SCOTT_STANSKI_1985 =
  "Scott JC, Ponganis KV, Stanski DR 1985, Anesthesiology 62:234–241 (EEG quantitation of narcotic effect, " +
  "fentanyl vs alfentanil): fentanyl EEG IC50 6.9 ng/mL (value as quoted by the project lead; abstract not " +
  "retrieved here)";
const WESTERLING_1995 =
  "Westerling D et al. 1995, Ther Drug Monit 17(3):287–301, abstract: 'miosis and reduction of salivation were " +
  "observed at moderate concentrations of morphine and M6G'";
const MILLER_PRURITUS =
  "Miller's Anesthesia 6th ed., opioid chapter, 'Pruritus' (secondary): non-histamine-releasing opioids also " +
  "itch; naloxone reverses it, supporting a central mu-receptor mechanism";
const ROSOW_1982 =
  "Rosow CE et al. 1982, Anesthesiology 56(2):93–96, abstract: morphine 1 mg/kg raised plasma histamine 750 % " +
  "with vasodilation; fentanyl 50 µg/kg did not change histamine";

/** Peak effect-site fentanyl after an IV bolus on the engine's PK (FDA/Algera 2020 set, 70 kg), ng/mL per µg. */
const PEAK_CE_PER_UG = 0.0197;

/**
 * Amplification and slope of one endpoint's transducer, and the two fentanyl concentrations they are
 * anchored to.
 */
export interface Transducer {
  /** τ: the endpoint's amplification of S (derived from the anchors). */
  readonly tau: Parameter;
  /** m: slope of the transducer in S (derived from the anchors). */
  readonly slope: Parameter;
  /** Fentanyl concentration at which the index is 0.5 (ng/mL, total effect-site scale). */
  readonly ec50_ng_ml: Parameter;
  /** Fentanyl concentration at which the index is 0.9 (ng/mL). */
  readonly ec90_ng_ml: Parameter;
}

/** The pupil's resting and fully constricted diameters. */
export interface PupilParameters extends Transducer {
  readonly rest_mm: Parameter;
  readonly min_mm: Parameter;
}

/** Every acute-effect endpoint's transducer. */
export interface EffectParameters {
  readonly euphoria: Transducer;
  readonly analgesia: Transducer;
  readonly sedation: Transducer;
  readonly nausea: Transducer;
  readonly pruritus: Transducer;
  readonly dryMouth: Transducer;
  readonly flushing: Transducer;
  readonly pupil: PupilParameters;
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(3)));
}

function ngml(value: number, source: string, confidence: Confidence, note: string): Parameter {
  return { value, unit: "ng/mL", source, confidence, note };
}

/** EC90 = EC50·9^(1/γ): where a Hill curve of slope γ through the EC50 reaches 90 %. */
function ec90FromSlope(
  ec50: Parameter,
  gamma: number,
  source: string,
  confidence: Confidence,
  why: string,
): Parameter {
  return ngml(
    ec50.value * 9 ** (1 / gamma),
    source,
    confidence,
    `EC50·9^(1/γ) with concentration Hill slope γ = ${gamma}: ${why}`,
  );
}

/** τ and m of one endpoint, solved through the binding so that fentanyl passes through both anchors. */
function anchored(ec50: Parameter, ec90: Parameter, binding: AnchorBinding): Transducer {
  const t = transducerThrough(ec50.value, ec90.value, binding);
  const confidence: Confidence =
    ec50.confidence === "assumption" || ec90.confidence === "assumption" ? "assumption" : "derived";
  const how =
    `Fentanyl EC50 ${fmt(ec50.value)} ng/mL → S50 ${fmt(t.s50)}, EC90 ${fmt(ec90.value)} ng/mL → S90 ` +
    `${fmt(t.s90)} through the engine's equilibrium binding with the endogenous tone (anchor.ts); τ and m ` +
    `solved so that the effect above rest (S0 ${fmt(t.s0)}) is exactly 0.5 and 0.9 there.`;
  const source = `${BLACK_LEFF}; anchors: this endpoint's ec50_ng_ml and ec90_ng_ml`;
  return {
    ec50_ng_ml: ec50,
    ec90_ng_ml: ec90,
    tau: { value: t.tau, unit: "1", source, confidence, note: `${how} τ ≈ 1/S50 = ${fmt(1 / t.s50)}.` },
    slope: {
      value: t.slope,
      unit: "1",
      source,
      confidence,
      note:
        `${how} Steep in S because the binding compresses concentration: d ln S/d ln C is only ` +
        "0.03–0.24 over 0.3–7 ng/mL, so a concentration slope of 1.5–3 needs m of about 10–50.",
    },
  };
}

const BINDING = fentanylAnchorBinding();

/* --- The anchors ------------------------------------------------------------------------------------ */

const ANALGESIA_EC50 = ngml(
  0.63,
  `${GOURLAY_1988}; ${KOREAN_TCI_2002}; ${WOODHOUSE_MATHER_2000}`,
  "direct-abs",
  "Gourlay's mean minimum effective concentration, read as the index's half effect: the index is relief of a " +
    "fixed pain, and 0.5 stands for 'just enough' (the concentration at which PCA patients ask for more). An " +
    "effect-site MEAC from target-controlled infusion agrees (0.61 ± 0.18 ng/mL).",
);
const PUPIL_EC50 = ngml(
  0.344,
  `${LOTSCH_2001}; ${MEAC_REVIEW}; ${HILL_1990}`,
  "derived",
  "No fentanyl miosis EC50 was found. Morphine's effect-site EC50 36.2 nM × 285.34 g/mol = 10.3 ng/mL, divided by " +
    "the morphine:fentanyl concentration potency 30 (postoperative MEACs 30 and 1 ng/mL; Gourlay's 0.63 ng/mL " +
    "against morphine MEACs of 16 (Dahlström 1982, recalled, not re-read) to 30 ng/mL gives 25–50): 0.344 " +
    "ng/mL. Assumes that miosis and analgesia keep " +
    "the same ratio across mu agonists (Hill 1990: side effects alike at equianalgesic concentrations). The " +
    "dose potency of about 100 would give 0.10 ng/mL (S50 0.48) instead; it is a bolus-dose ratio, not a " +
    "concentration ratio (morphine equilibrates over hours, t½ke0 2.8 h in Lötsch 2001).",
);
const SEDATION_EC50 = ngml(
  2.5,
  `${VESELIS_1994}; ${ZACNY_1992}`,
  "assumption",
  "Half-maximal sedation ('nodding': drowsy, eyes closing, rousable) where volunteers' psychomotor performance " +
    "starts to fail (above 2.5 ng/mL), after VAS sedation has risen through 1–2.5 ng/mL. About the peak " +
    `effect-site concentration of 125 µg IV on the engine's PK (${PEAK_CE_PER_UG} ng/mL per µg).`,
);
const NAUSEA_EC50 = ngml(
  1,
  `${VESELIS_1994}; ${KOREAN_TCI_2002}; ${ZACNY_1992}`,
  "assumption",
  "Every volunteer was severely nauseated during the 1 → 1.5 → 2.5 ng/mL steps (4 of 6 vomited); patients' " +
    "side effects rise above 1.5 ng/mL; PCA patients at the analgesic MEC (0.63) are mostly not nauseated. One " +
    "index for the chemoreceptor trigger zone and vestibular sites; movement, which makes it worse, is not modelled.",
);
const EUPHORIA_EC50 = ngml(
  1.4,
  `${ZACNY_1992}; ${VESELIS_1994}`,
  "assumption",
  "Between the peak effect-site concentrations of 50 and 100 µg/70 kg IV on the engine's PK (1.0 and 2.0 ng/mL), " +
    "the doses whose effects most of Zacny's volunteers liked, with dose-related 'high'. Veselis found no " +
    "euphoria at steady 1–2.5 ng/mL: much of the liking of a bolus is its rate of rise, which the reward model's " +
    "'rush' carries, not this index; non-users also report dysphoria.",
);
const PRURITUS_EC50 = ngml(
  1.5,
  `${KOREAN_TCI_2002}; ${MILLER_PRURITUS}`,
  "assumption",
  "Itching is a central mu effect; with systemic fentanyl it is less frequent than nausea. Placed where " +
    "patients' side effects (pruritus among them) start to increase, 1.5 ng/mL effect-site.",
);
const FLUSHING_EC50 = ngml(
  2,
  ROSOW_1982,
  "assumption",
  "A stand-in: flushed skin after morphine or heroin is mostly histamine from skin mast cells, not a mu effect, " +
    "and fentanyl releases none. This receptor-driven index only marks the warm flush of a large bolus, above " +
    "itching and below sedation, until drug-specific histamine release is modelled.",
);

/** The default (opioid-naive adult) transducers. See docs/reward-and-effects.md for the table and anchors. */
export const EFFECT_PARAMETERS: EffectParameters = {
  pupil: {
    ...anchored(
      PUPIL_EC50,
      ec90FromSlope(
        PUPIL_EC50,
        1.5,
        `${DYER_1999}; ${LOTSCH_2001}`,
        "derived",
        "about the geometric mean of the pupil slopes 1.2 (methadone, maintained patients) and 1.9 (morphine, " +
          "naive volunteers).",
      ),
      BINDING,
    ),
    rest_mm: {
      value: 4.5,
      unit: "mm",
      source:
        "Winn B et al. 1994, Invest Ophthalmol Vis Sci 35(3):1132–1137, abstract (light-adapted pupil, 91 " +
        "subjects 17–83 y, shrinks 0.015–0.043 mm per year of age); Weinhold LL, Bigelow GE 1993, Drug Alcohol " +
        "Depend (1.0 mm smaller per log unit of light)",
      confidence: "assumption",
      note:
        "A young adult in ordinary room light; the pupil spans about 2–8 mm from bright to dark, so this is a " +
        "reference, not a prediction for any room or age.",
    },
    min_mm: {
      value: 2,
      unit: "mm",
      source:
        "Rollins MD et al. 2014, Anesthesiology 121(5):1037–1044, abstract (remifentanil to SpO2 ≤ 85 %: pupil " +
        "2.5 ± 0.2 mm despite sympathetic activation); Kharasch ED et al. 2004, Anesthesiology 101(3):738–743, " +
        "abstract (OTFC 10 µg/kg: dark-adapted pupil 4.5 ± 1.1 mm smaller in young adults)",
      confidence: "derived",
      note:
        "The asymptote at full stimulus: fentanyl at S = 1 (frac ≈ 0.96) gives about 2.1 mm, and 100 µg IV " +
        "(peak ≈ 2 ng/mL, frac ≈ 0.92) about 2.2 mm, within the 'pinpoint' 1.5–2.5 mm and just below Rollins's " +
        "2.5 mm under hypercapnic sympathetic drive.",
    },
  },
  dryMouth: anchored(
    ngml(
      PUPIL_EC50.value,
      `${WESTERLING_1995}; see pupil.ec50_ng_ml`,
      "assumption",
      "Reduced salivation appears at the same moderate concentrations as miosis (morphine, Westerling 1995), so " +
        "the pupil's anchor is used.",
    ),
    ngml(
      PUPIL_EC50.value * 9 ** (1 / 1.5),
      `${WESTERLING_1995}; see pupil.ec90_ng_ml`,
      "assumption",
      "As the pupil (γ = 1.5): no slope measured for salivation.",
    ),
    BINDING,
  ),
  analgesia: anchored(
    ANALGESIA_EC50,
    ec90FromSlope(
      ANALGESIA_EC50,
      2.8,
      `${DYER_1999}; ${WOODHOUSE_MATHER_2000}`,
      "assumption",
      "methadone's pain-threshold slope (steady state), taken for fentanyl, whose concentration–pain relation in " +
        "PCA is 'steep' (Woodhouse & Mather 2000). The EC90 1.4 ng/mL lies near the usual initial postoperative " +
        "target of 1 ng/mL and below the 1.5 ng/mL where side effects rise.",
    ),
    BINDING,
  ),
  nausea: anchored(
    NAUSEA_EC50,
    ec90FromSlope(
      NAUSEA_EC50,
      2,
      BLACK_LEFF,
      "assumption",
      "no slope measured; moderate, between pupil and pain.",
    ),
    BINDING,
  ),
  euphoria: anchored(
    EUPHORIA_EC50,
    ec90FromSlope(
      EUPHORIA_EC50,
      3,
      DYER_1999,
      "assumption",
      "subjective effects have the steepest measured slopes (5.1 in maintained patients, where tolerance " +
        "sharpens thresholds); 3 keeps euphoria steeper than miosis and analgesia without making it a switch.",
    ),
    BINDING,
  ),
  pruritus: anchored(
    PRURITUS_EC50,
    ec90FromSlope(
      PRURITUS_EC50,
      1.5,
      BLACK_LEFF,
      "assumption",
      "shallow like the pupil: an incidence-like sign with wide differences between people.",
    ),
    BINDING,
  ),
  flushing: anchored(
    FLUSHING_EC50,
    ec90FromSlope(FLUSHING_EC50, 1.5, BLACK_LEFF, "assumption", "as itching: no slope measured."),
    BINDING,
  ),
  sedation: anchored(
    SEDATION_EC50,
    ngml(
      6.9,
      SCOTT_STANSKI_1985,
      "assumption",
      "Half-maximal EEG slowing (delta activity, the EEG of opioid-induced unresponsiveness) taken as 90 % of the " +
        "sedation index: 'nodding' turning into stupor. With the EC50 it implies a concentration slope " +
        "γ = ln 9/ln(6.9/2.5) ≈ 2.2, close to the subjective effects'.",
    ),
    BINDING,
  ),
};
