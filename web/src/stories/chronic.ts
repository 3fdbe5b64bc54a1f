/** Stories about regular use: tolerance, dependence and withdrawal. */
import { SAFETY_COMMENT, type Story } from "./story.ts";

export const TOLERANCE: Story = {
  id: "building-tolerance",
  title: "Building tolerance",
  summary:
    "A person who has never used opioids injects 25 mg of heroin four times a day for two weeks, and each dose does less: the receptors desensitise. " +
    "In the model tolerance to euphoria and sedation builds fastest (4.5-fold by day 14) and tolerance to breathing more slowly (3.4-fold), so in the first weeks the dose that satisfies moves towards the dose that kills. " +
    "Pupils hardly adapt (1.4-fold), and dependence builds alongside.",
  lookAt: [
    "tolerance_euphoria reaches 3.5 after one day and 4.5 by day 14; tolerance_breathing lags behind (2.0 after one day, 3.4 by day 14).",
    "Each dose's peak sedation falls from 0.94 to about 0.64, and the high above half its maximum shortens from about 40 minutes to 10–20.",
    "Pupils still shrink to about 2.1 mm with every dose: pinpoint pupils remain a sign even in tolerant people.",
    "Breathing itself is not simulated in runs this long (over 48 h); its tolerance is.",
  ],
  scenarioYaml: `# Two weeks of regular use (the first half of scenarios/two-weeks-then-stop.yaml): a 70 kg man who has never
# used opioids injects 25 mg of heroin hydrochloride four times a day for 14 days.
${SAFETY_COMMENT}
name: building-tolerance
description: 25 mg IV heroin HCl four times a day for 14 days, from opioid-naive
duration_h: 336
output_step_min: 10
subject: { weight_kg: 70, sex: male, opioid_history: naive }
doses:
  - { drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0, repeat: { every_h: 6, count: 55 } }
`,
  focusColumns: ["tolerance_euphoria", "tolerance_breathing", "sedation_frac", "euphoria_frac", "dependence"],
  controls: ["dose"],
};

export const WITHDRAWAL: Story = {
  id: "withdrawal-timeline",
  title: "Dependence and the withdrawal timeline",
  summary:
    "A person dependent on heroin (the model's reference user, 25 mg injected four times a day) takes a last dose and stops. " +
    "The counter-adaptation the brain built against the drug, in the locus coeruleus among other places, is left unopposed: noradrenergic activity rises and the withdrawal signs follow. " +
    "In the model withdrawal (COWS 5 or more) begins 8.7 h after the last dose, peaks at COWS 22 (moderate) at about 38 h and has resolved by about day 9. " +
    "Tolerance fades more slowly, but it does fade: see the next story.",
  lookAt: [
    "cows_total: onset about 8.7 h, peak about 22 at about 38 h, back below 5 by about day 9.",
    "Early signs (anxiety, yawning, tearing, sweating, pulse, pupils) peak at about 33 h; aches and gut upset later, at about 50 h.",
    "Locus coeruleus activity rises to 1.9× rest, heart rate to about 90 bpm, pupils widen to about 5.9 mm.",
    "tolerance_breathing falls from 4.3-fold to 2.2-fold over the 10 days.",
  ],
  scenarioYaml: `# Withdrawal after the last dose: the reference dependent user (25 mg IV heroin HCl four times a day, the
# chronic starting state) takes his last 25 mg at 0 h and stops (as in scenarios/two-weeks-then-stop.yaml).
${SAFETY_COMMENT}
name: withdrawal-timeline
description: The reference dependent user's last 25 mg IV heroin HCl, then nothing for 10 days
duration_h: 240
output_step_min: 15
subject: { weight_kg: 70, sex: male, opioid_history: chronic }
model: { breathing: false }
doses:
  - { drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0 }
`,
  focusColumns: ["cows_total", "lc_activity_rel", "heart_rate_bpm", "pupil_mm", "tolerance_breathing"],
  controls: ["history"],
};
