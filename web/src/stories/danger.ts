/** Stories about overdose: relapse, naloxone, renarcotization, fentanyl. */

import FENTANYL_CONTAMINATED_HEROIN_FILE from "../../../scenarios/fentanyl-contaminated-heroin.yaml?raw";
import NALOXONE_VS_METHADONE_FILE from "../../../scenarios/naloxone-vs-methadone.yaml?raw";
import OVERDOSE_NALOXONE_FILE from "../../../scenarios/overdose-naloxone.yaml?raw";
import RELAPSE_AFTER_ABSTINENCE_FILE from "../../../scenarios/relapse-after-abstinence.yaml?raw";
import { type Story, scenarioFromFile } from "./story.ts";

export const RELAPSE: Story = {
  id: "relapse-after-abstinence",
  title: "The most dangerous day: relapse after abstinence",
  summary:
    "A man who used heroin daily stops (a detox, a hospital stay, prison) and later injects 60 mg, a dose his body tolerated when he was using every day. " +
    "The tolerance that protected his breathing fades over days to weeks, so in the model the same dose stops his heart about 11 minutes after injection after 7 and after 30 days without opioids; even while he was using daily it drove his oxygen saturation down to 37 %. " +
    "Overdose deaths in the first two weeks after release from prison are 129 times the usual rate (Binswanger 2007): carry naloxone and do not use alone.",
  lookAt: [
    "Switch between the arms: tolerance_breathing at the start is 4.3-fold while using, 3.8 after 1 day, 2.4 after 7 days and 1.3 after 30.",
    "ventilation_l_min falls to zero and sao2_pct below 10 % after 7 and 30 days; the model reports cardiac arrest at about 10–11 minutes.",
    "euphoria_frac is about the same in every arm: the high gives no warning.",
  ],
  scenarioYaml: scenarioFromFile(
    "relapse-after-abstinence",
    `# The most dangerous day (scenarios/relapse-after-abstinence.yaml): a man who used heroin daily (the reference
# chronic pattern, 25 mg IV four times a day) stops, then injects 60 mg of heroin hydrochloride, a dose his body
# tolerated when he was using every day. Overdose deaths after release from prison are 129 times the usual
# rate in the first two weeks (Binswanger 2007). Naloxone saves lives.`,
    RELAPSE_AFTER_ABSTINENCE_FILE,
  ),
  focusColumns: ["ventilation_l_min", "sao2_pct", "tolerance_breathing", "euphoria_frac"],
  controls: ["dose", "days"],
};

export const NALOXONE_RESCUE: Story = {
  id: "naloxone-rescue",
  title: "Naloxone rescue",
  summary:
    "An opioid-naive adult injects 40 mg of heroin. Breathing falls within a minute, and without help the brain runs out of oxygen: the model reports cardiac arrest 10.5 minutes after the injection. " +
    "In the second arm a bystander sprays 4 mg of naloxone into the nose one minute after breathing falls below 40 % of normal, and again 2.5 minutes later. " +
    "Naloxone, an antagonist, pushes 6-MAM and morphine off the receptors, and breathing returns.",
  lookAt: [
    "ventilation_l_min: zero without naloxone; with it, breathing returns within minutes of the first spray.",
    "sao2_pct falls below 10 % in both arms before naloxone acts: minutes count. With naloxone the model's countdown to collapse is cancelled at 6.5 minutes.",
    "mor_occupancy_naloxone (naloxone arm) rises to about 58 % of receptors; watch the synapse view.",
  ],
  scenarioYaml: scenarioFromFile(
    "naloxone-rescue",
    `# An overdose with and without naloxone (scenarios/overdose-naloxone.yaml): an opioid-naive adult injects 40 mg
# of heroin hydrochloride (a dose a tolerant user might take). In the second arm a bystander gives intranasal
# naloxone (NARCAN 4 mg) one minute after breathing falls below 40% of its usual volume, and a second spray
# 2.5 minutes later.`,
    OVERDOSE_NALOXONE_FILE,
  ),
  focusColumns: ["ventilation_l_min", "sao2_pct", "brain_po2_mmhg", "mor_occupancy_naloxone"],
  controls: ["dose", "naloxone"],
};

export const RENARCOTIZATION: Story = {
  id: "renarcotization",
  title: "Naloxone wears off: renarcotization",
  summary:
    "Naloxone's half-life is about an hour; methadone's is about a day. An opioid-naive adult swallows 60 mg of someone else's methadone; a bystander gives 4 mg of nasal naloxone at 3 h and a paramedic 0.4 mg IV at 5 h. " +
    "Each dose pushes methadone off the receptors, and as naloxone leaves, methadone takes them back: this is why anyone given naloxone must be watched for hours. " +
    "(The model understates how dangerous a large methadone dose is: with slow, sustained exposure its breathing physiology compensates.)",
  lookAt: [
    "mor_occupancy_methadone: 92 % before naloxone, about 49 % half an hour after the spray, back near 90 % by 12 h.",
    "pupil_mm: pinpoint (2.2 mm), normal (4.5 mm) within 20 minutes of naloxone, pinpoint again by about 9 h.",
    "ventilation_l_min: from 5.0 to 6.2 L/min after each naloxone dose, falling back to about 5.3 by 12 h.",
  ],
  scenarioYaml: scenarioFromFile(
    "renarcotization",
    `# Naloxone wears off before a long-acting opioid does (scenarios/naloxone-vs-methadone.yaml): an opioid-naive
# adult swallows 60 mg of methadone hydrochloride (someone else's take-home dose); 3 h later a bystander gives
# 4 mg intranasal naloxone (NARCAN), and at 5 h a paramedic gives 0.4 mg IV.`,
    NALOXONE_VS_METHADONE_FILE,
  ),
  focusColumns: ["mor_occupancy_methadone", "mor_occupancy_naloxone", "pupil_mm", "ventilation_l_min"],
  controls: ["naloxone"],
};

export const FENTANYL: Story = {
  id: "fentanyl-in-the-supply",
  title: "Fentanyl in the supply",
  summary:
    "A person who uses heroin daily injects their usual 30 mg; in the second arm the same bag also holds 5 mg of fentanyl, and nothing about it looks different. " +
    "In the model the usual dose alone lowers breathing to 1.8 L/min and oxygen saturation to 86 %, and he recovers; with the fentanyl, breathing stops and the heart stops about 10 minutes after the injection. " +
    "Street mixtures are not uniform, so the strength of any street dose cannot be known.",
  lookAt: [
    "mor_occupancy_fentanyl (fentanyl arm) reaches 82 % of receptors at about 23 minutes.",
    "ventilation_l_min and sao2_pct: a dip and recovery with heroin alone; zero and below 10 % with fentanyl.",
    "His breathing tolerance (4.3-fold) protects against his usual dose, not against an unknown one.",
  ],
  scenarioYaml: scenarioFromFile(
    "fentanyl-in-the-supply",
    `# Fentanyl in the supply (scenarios/fentanyl-contaminated-heroin.yaml): a person who uses heroin daily
# (respiratory tolerance 4.3-fold, as in Algera 2020's chronic users) injects their usual 30 mg of heroin
# hydrochloride. In the second arm the same bag also holds 5 mg of fentanyl (5% of a 100 mg bag; street
# mixtures are not uniform).`,
    FENTANYL_CONTAMINATED_HEROIN_FILE,
  ),
  focusColumns: ["ventilation_l_min", "sao2_pct", "mor_occupancy_fentanyl", "brain_po2_mmhg"],
  controls: ["dose", "naloxone"],
};
