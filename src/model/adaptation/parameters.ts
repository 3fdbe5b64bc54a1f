import type { Parameter } from "../../pharmacology/types.ts";

/*
 * Parameters of neuroadaptation: tolerance (receptor desensitisation), dependence (counter-adaptation of the
 * noradrenergic locus coeruleus system) and withdrawal signs. Research and the reasoning behind each number:
 * docs/next-tolerance-and-withdrawal.md (§1 data, §3 design). Human time constants of these processes have
 * not been measured; most constants are assumptions chosen inside the range the data allow, and say so.
 */

const COX_1975 =
  "Cox BM, Ginsburg M, Willis J 1975, Br J Pharmacol, abstract: loss of morphine, methadone and heroin tolerance " +
  "in rats and mice is biphasic; the slow phase from day 4 has t½ 13.2 ± 0.53 d (rat), 17.4 d (mouse), " +
  "whatever the regimen";
const MERRALL_2010 =
  "Merrall ELC et al. 2010, Addiction 105:1545, abstract: drug-related deaths after prison release 3–8× higher " +
  "in weeks 1–2 than in weeks 3–12; Binswanger IA et al. 2007, NEJM 356:157: overdose death 129× in the first 2 " +
  "weeks after release";
const VINIK_ANGST =
  "Vinik HR, Kissin I 1998, Anesth Analg 86:1307 (remifentanil analgesia halved at 129 ± 27 min) vs Angst MS " +
  "et al. 2009, Pain 142:17 (no acute tolerance in 3 h); rat hypothermia tolerance by 4.5 h lasting ≥ 20 h " +
  "(JPET 1977; 202:654); 7-day pellet tolerance gone by day 4 (Pharmacology 1992; 45:319)";
const WHITE_IRVINE =
  "White JM, Irvine RJ 1999, Addiction 94:961, abstract: tolerance to respiratory depression is 'less than " +
  "complete, and may be slower than tolerance to euphoric and other effects'; Paronis CA, Woods JH 1997, JPET " +
  "282:355: 40 weeks of daily morphine in monkeys shifted antinociception 4.4× and ventilation not at all";
const BICKEL_1988 =
  "Bickel WK et al. 1988, JPET 244:126, abstract: naloxone 10 mg IM 6 h after 0–17 mg morphine precipitates " +
  "dose-related withdrawal, peak within 15 min; Pharmacol Biochem Behav 1990; 36:393: precipitable at 6 and 24 h " +
  "after one 18 mg dose; Kishioka S et al. 2000, Eur J Pharmacol: after 1–3 days of heroin the precipitated " +
  "response declines by day 2 and is gone by day 5";
const CLINICAL_COURSE =
  "Withdrawal from short-acting opioids: onset 6–12 h, peak 24–72 h, resolution 5–10 d; methadone: onset 24–72 " +
  "h, peak days 3–6, 10–20 d (clinical summaries, literature.md §6a; secondary); Gossop M et al. 1987, Addict " +
  "Behav 12:1: symptoms back to normal ~40 d after the start of a 21-day methadone taper";
const ASTON_JONES =
  "Aghajanian GK 1978, Nature 276:186 (LC neurons become tolerant; naloxone activates them in dependent rats; " +
  "clonidine suppresses); Aston-Jones G et al. 1997, Brain Res (intrinsic LC share ~19 %); Nestler's CREB/cAMP " +
  "review (PMC4927417). The fold rise of LC firing in withdrawal (Rasmussen 1990) was not retrieved";
const DIGHE_2009 =
  "Dighe SV, Madia PA, Sirohi S, Yoburn BC 2009, Pharmacol Biochem Behav 92:537, abstract (mice): continuous " +
  "morphine (pellets) shifted the analgesic ED50 3.3-, 5.8- and 8.5-fold with the released dose, once-daily " +
  "injections for 7 days at most 2.7-fold despite a larger daily dose";
const ALGERA =
  "Algera MH et al. 2021, Clin Pharmacol Ther 109(5):1336, abstract: fentanyl C50 for isohypercapnic " +
  "ventilation 0.42 (naive) vs 1.82 ng/mL (chronic users), 4.3-fold";

/** Rise and decay time constants of one slow state. */
export interface SlowRates {
  /** Time constant (h) while the state rises towards a higher target. */
  readonly tauUp_h: Parameter;
  /** Half-life (h) while it decays towards a lower target. */
  readonly halfLifeDown_h: Parameter;
}

/** An endpoint's tolerance: its fentanyl potency shift in the reference chronic state, and how fast it comes. */
export interface EndpointTolerance {
  /** Fold shift of fentanyl's EC50 for this endpoint in the reference chronic user. */
  readonly chronicFold: Parameter;
  /** Share of the shift carried by fast desensitisation (the rest is slow). */
  readonly fastShare: Parameter;
}

/** The endpoints that carry their own tolerance. */
export const TOLERANCE_ENDPOINTS = [
  "breathing",
  "euphoria",
  "reward",
  "analgesia",
  "sedation",
  "nausea",
  "pruritus",
  "dry_mouth",
  "flushing",
  "pupil",
] as const;
export type ToleranceEndpoint = (typeof TOLERANCE_ENDPOINTS)[number];

/**
 * The endpoints whose tolerance includes the sustained-load fold F: those that develop a large tolerance in
 * the first place (chronic folds 4.4–5). Left out: breathing (its exponents need a root solve too costly for
 * the right-hand side, respiratory tolerance is the least complete, White & Irvine 1999, and overstating a
 * maintained patient's would understate his overdose risk) and miosis, dry mouth and flushing (little
 * tolerance at all; Dyer 1999 still saw pupil size follow plasma methadone in maintained patients, N = 1.2).
 */
export const SUSTAINED_ENDPOINTS: ReadonlySet<ToleranceEndpoint> = new Set(
  TOLERANCE_ENDPOINTS.filter((k) => !["breathing", "pupil", "dry_mouth", "flushing"].includes(k)),
);

export interface AdaptationParameters {
  readonly fastDesensitisation: SlowRates;
  readonly slowDesensitisation: SlowRates;
  readonly counterFast: SlowRates & { readonly weight: Parameter };
  readonly counterSlow: SlowRates & { readonly weight: Parameter };
  readonly counterProtracted: SlowRates & { readonly weight: Parameter };
  readonly endpoints: Readonly<Record<ToleranceEndpoint, EndpointTolerance>>;
  /** Largest extra tolerance F_max under a sustained load (fold shift beyond the reference user's). */
  readonly sustainedFoldMax: Parameter;
  /** k: how fast F approaches F_max as the sustained log-load L exceeds the reference user's L* (per unit of L). */
  readonly sustainedSteepness: Parameter;
  /** Gain from the withdrawal drive W to excess noradrenergic (LC) activity. */
  readonly lcGain: Parameter;
  readonly fastSignsTau_min: Parameter;
  readonly slowSignsTau_h: Parameter;
  readonly restingHeartRate_bpm: Parameter;
  /** Relative heart-rate rise per unit of excess LC activity. */
  readonly heartRateGain: Parameter;
  /** Largest withdrawal mydriasis (mm above the resting pupil). */
  readonly mydriasisMax_mm: Parameter;
  /** Lofexidine: largest fraction of excess LC activity it removes, and its brain EC50. */
  readonly lofexidineEmax: Parameter;
  readonly lofexidineEc50_nM: Parameter;
  /** Lofexidine's slowing of the resting heart rate at full effect (fraction). */
  readonly lofexidineBradycardia: Parameter;
}

const h = (value: number, source: string, note: string): Parameter => ({
  value,
  unit: "h",
  source,
  confidence: "assumption",
  note,
});
const one = (
  value: number,
  source: string,
  confidence: Parameter["confidence"],
  note: string,
): Parameter => ({
  value,
  unit: "1",
  source,
  confidence,
  note,
});

const tolerance = (fold: number, fastShare: number, source: string, note: string): EndpointTolerance => ({
  chronicFold: one(fold, source, "assumption", note),
  fastShare: one(fastShare, WHITE_IRVINE, "assumption", "share of the shift that comes and goes within days"),
});

/** The default adaptation parameters; every number is sourced or labelled an assumption with its reason. */
export const ADAPTATION_PARAMETERS: AdaptationParameters = {
  fastDesensitisation: {
    tauUp_h: h(8, VINIK_ANGST, "acute tolerance needs hours of occupancy; between 'none in 3 h' and ≥ 20 h"),
    halfLifeDown_h: h(48, VINIK_ANGST, "fast phase of loss of tolerance, gone within days"),
  },
  slowDesensitisation: {
    tauUp_h: h(336, WHITE_IRVINE, "respiratory tolerance needs weeks of sustained exposure (2 weeks)"),
    halfLifeDown_h: h(
      240,
      `${COX_1975}; ${MERRALL_2010}`,
      "10 d: shorter than the rodent slow phase (13–17 d) because human overdose risk concentrates in the first 2 " +
        "weeks of abstinence; no human half-life has been measured",
    ),
  },
  counterFast: {
    tauUp_h: h(4, BICKEL_1988, "acute dependence follows a single dose within hours"),
    halfLifeDown_h: h(24, BICKEL_1988, "still precipitable 24 h after one dose, mostly gone by day 2–5"),
    weight: one(0.35, CLINICAL_COURSE, "assumption", "share of dependence that builds within hours"),
  },
  counterSlow: {
    tauUp_h: h(72, CLINICAL_COURSE, "dependence develops over 2–10 days of regular use"),
    halfLifeDown_h: h(96, CLINICAL_COURSE, "acute withdrawal resolves in 5–10 days"),
    weight: one(0.55, CLINICAL_COURSE, "assumption", "the main, days-scale part of dependence"),
  },
  counterProtracted: {
    tauUp_h: h(720, CLINICAL_COURSE, "protracted abstinence follows long use"),
    halfLifeDown_h: h(1080, CLINICAL_COURSE, "low-grade symptoms for weeks to months (45 d)"),
    weight: one(0.1, CLINICAL_COURSE, "assumption", "a small, months-scale residue"),
  },
  endpoints: {
    breathing: {
      chronicFold: one(1.82 / 0.42, ALGERA, "derived", "ratio of the two published C50s"),
      fastShare: one(0.3, WHITE_IRVINE, "assumption", "respiratory tolerance is slow to come and to go"),
    },
    euphoria: tolerance(
      5,
      0.7,
      WHITE_IRVINE,
      "a little more than breathing's 4.3×, and faster (only the order is sourced)",
    ),
    reward: tolerance(
      5,
      0.7,
      "Daglish MRC et al. 2008, Br J Psychiatry 193:65: 50 mg IV heroin in methadone-maintained users gave no " +
        "measurable [11C]raclopride change",
      "as euphoria",
    ),
    analgesia: tolerance(4.4, 0.5, WHITE_IRVINE, "Paronis & Woods' 4.4× antinociceptive shift"),
    sedation: tolerance(5, 0.7, WHITE_IRVINE, "as euphoria (tolerant users still nod at higher doses)"),
    nausea: tolerance(5, 0.7, WHITE_IRVINE, "nausea fades within days of regular use (clinical experience)"),
    pruritus: tolerance(4.4, 0.5, WHITE_IRVINE, "as analgesia (no data)"),
    dry_mouth: tolerance(2, 0.5, WHITE_IRVINE, "little tolerance to peripheral signs (no data)"),
    flushing: tolerance(2, 0.5, WHITE_IRVINE, "little tolerance to peripheral signs (no data)"),
    pupil: tolerance(1.5, 0.5, WHITE_IRVINE, "little tolerance to miosis (pharmacology texts; unverified)"),
  },
  sustainedFoldMax: one(
    8.5 / 2.7,
    DIGHE_2009,
    "derived",
    "the largest continuous shift over the largest intermittent one (8.5/2.7), in mouse analgesia; no LC or " +
      "human value exists. Dighe's shifts grow with the released dose without a plateau, so this is the largest " +
      "ratio measured, not an observed ceiling. Chosen at the top of the range because the methadone onset " +
      "needs it: withdrawal-methadone-onset passes only for F_max ≥ 8/2.7 (73.7 h at 7.5/2.7, 101 h without)",
  ),
  sustainedSteepness: one(
    4,
    DIGHE_2009,
    "assumption",
    "F is 63 % of the way from 1 to F_max at a sustained load e^(1/4) = 1.28× the reference user's (L − L* = " +
      "0.25). No data set it; the methadone onset needs k ≥ 3.5 (72.5 h at 3, 76.3 h at 2) and the Gossop taper " +
      "ratio approaches its bound as k grows (1.014 at 9), so 4 is the round value inside that window",
  ),
  lcGain: one(
    1.5,
    ASTON_JONES,
    "derived",
    "fitted with the COWS half-points: COWS 15.0 at 16 h after the reference chronic user's last dose (pre-induction COWS 12.8 ± 3.5, PMC4151625); LC activity about 2× rest at the peak",
  ),
  fastSignsTau_min: {
    value: 10,
    unit: "min",
    source: BICKEL_1988,
    confidence: "assumption",
    note: "naloxone-precipitated withdrawal peaks within 15 min",
  },
  slowSignsTau_h: h(12, CLINICAL_COURSE, "aches and gut signs come late (cramps, diarrhoea by 36 h)"),
  restingHeartRate_bpm: {
    value: 70,
    unit: "bpm",
    source: "COWS pulse anchors (Wesson & Ling 2003, J Psychoactive Drugs 35:253): 0 points up to 80 bpm",
    confidence: "assumption",
    note: "a resting adult",
  },
  heartRateGain: one(
    0.3,
    "COWS pulse anchors 81–120+ bpm in withdrawal (Wesson & Ling 2003)",
    "assumption",
    "about 110 bpm at the usual peak of heroin withdrawal",
  ),
  mydriasisMax_mm: {
    value: 3,
    unit: "mm",
    source: "COWS pupil anchors (Wesson & Ling 2003): 'only the rim of the iris visible' at worst",
    confidence: "assumption",
    note: "no human pupil diameters in withdrawal were found",
  },
  lofexidineEmax: one(
    0.27,
    "Gorodetzky CW et al. 2017, Drug Alcohol Depend 176:79, abstract: day-3 SOWS 6.32 (lofexidine 3.2 mg/d) vs " +
      "8.67 (placebo)",
    "derived",
    "fitted: day-3 COWS area with / without 0.8 mg QID from 6 h after the last heroin 0.73 (= 6.32/8.67)",
  ),
  lofexidineEc50_nM: {
    value: 2,
    unit: "nM",
    source: "LUCEMYRA label: 0.18–0.72 mg doses are partly effective (assumption on the brain scale)",
    confidence: "assumption",
    note: "about a third of the brain concentration at 0.8 mg four times a day",
  },
  lofexidineBradycardia: one(
    0.1,
    "Fishman M et al. 2019, J Addict Med: orthostatic hypotension, bradycardia as adverse effects",
    "assumption",
    "about 7 bpm slower at full effect",
  ),
};
