/** Stories about overdose: relapse, naloxone, renarcotization, fentanyl. */
import { SAFETY_COMMENT, type Story } from "./story.ts";

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
  scenarioYaml: `# The most dangerous day (scenarios/relapse-after-abstinence.yaml): a man who used heroin daily (the reference
# chronic pattern, 25 mg IV four times a day) stops, then injects 60 mg of heroin hydrochloride, a dose his body
# tolerated when he was using every day. Overdose deaths after release from prison are 129 times the usual
# rate in the first two weeks (Binswanger 2007). Naloxone saves lives.
${SAFETY_COMMENT}
name: relapse-after-abstinence
description: 60 mg IV heroin HCl while using daily, and after 1, 7 and 30 days without opioids
duration_h: 1.5
output_step_min: 0.25
subject: { weight_kg: 70, sex: male, opioid_history: chronic }
doses:
  - { drug: heroin, route: iv, form: hcl, amount_mg: 60, at_h: 0 }
arms:
  - { name: using_daily, description: "still using every day", subject: { days_abstinent: 0 } }
  - { name: day_1, description: "1 day without opioids", subject: { days_abstinent: 1 } }
  - { name: day_7, description: "7 days without opioids", subject: { days_abstinent: 7 } }
  - { name: day_30, description: "30 days without opioids", subject: { days_abstinent: 30 } }
`,
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
  scenarioYaml: `# An overdose with and without naloxone (scenarios/overdose-naloxone.yaml): an opioid-naive adult injects 40 mg
# of heroin hydrochloride (a dose a tolerant user might take). In the second arm a bystander gives intranasal
# naloxone (NARCAN 4 mg) one minute after breathing falls below 40% of its usual volume, and a second spray
# 2.5 minutes later.
${SAFETY_COMMENT}
name: naloxone-rescue
description: 40 mg IV heroin HCl in an opioid-naive adult, without and with intranasal naloxone
duration_h: 1.5
output_step_min: 0.25
subject: { weight_kg: 70, sex: male, opioid_history: naive }
doses:
  - { drug: heroin, route: iv, form: hcl, amount_mg: 40, at_h: 0 }
arms:
  - name: no_naloxone
    description: nobody gives naloxone
    doses: []
  - name: naloxone
    description: NARCAN 4 mg intranasal 60 s after ventilation falls below 40% of baseline, repeated once after 2.5 min
    doses:
      - drug: naloxone
        route: intranasal
        amount_mg: 4
        when: { ventilation_below_fraction_of_baseline: 0.4, delay_s: 60 }
        repeat: { every_min: 2.5, count: 1 }
`,
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
  scenarioYaml: `# Naloxone wears off before a long-acting opioid does (scenarios/naloxone-vs-methadone.yaml): an opioid-naive
# adult swallows 60 mg of methadone hydrochloride (someone else's take-home dose); 3 h later a bystander gives
# 4 mg intranasal naloxone (NARCAN), and at 5 h a paramedic gives 0.4 mg IV.
${SAFETY_COMMENT}
name: renarcotization
description: 60 mg oral methadone HCl, then 4 mg IN naloxone at 3 h and 0.4 mg IV naloxone at 5 h; 24 h
duration_h: 24
output_step_min: 2
subject: { weight_kg: 70, sex: male, opioid_history: naive }
doses:
  - { drug: methadone, route: oral, form: hcl, amount_mg: 60, at_h: 0 }
  - { drug: naloxone, route: intranasal, form: hcl, amount_mg: 4, at_h: 3 }
  - { drug: naloxone, route: iv, form: hcl, amount_mg: 0.4, at_h: 5 }
`,
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
  scenarioYaml: `# Fentanyl in the supply (scenarios/fentanyl-contaminated-heroin.yaml): a person who uses heroin daily
# (respiratory tolerance 4.3-fold, as in Algera 2020's chronic users) injects their usual 30 mg of heroin
# hydrochloride. In the second arm the same bag also holds 5 mg of fentanyl (5% of a 100 mg bag; street
# mixtures are not uniform).
${SAFETY_COMMENT}
name: fentanyl-in-the-supply
description: A tolerant user's usual 30 mg IV heroin, alone and with 5 mg of fentanyl in the same bag
duration_h: 1.5
output_step_min: 0.25
subject: { weight_kg: 70, sex: male, opioid_history: chronic }
doses:
  - { drug: heroin, route: iv, form: hcl, amount_mg: 30, at_h: 0 }
arms:
  - name: heroin
    description: the usual heroin dose
    doses: []
  - name: with_fentanyl
    description: the same heroin with 5 mg of fentanyl mixed in
    doses:
      - { drug: fentanyl, route: iv, form: base, amount_mg: 5, at_h: 0 }
`,
  focusColumns: ["ventilation_l_min", "sao2_pct", "mor_occupancy_fentanyl", "brain_po2_mmhg"],
  controls: ["dose", "naloxone"],
};
