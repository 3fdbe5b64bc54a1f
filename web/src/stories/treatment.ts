/** Stories about the medicines: buprenorphine, methadone, naltrexone. */
import BUPRENORPHINE_INDUCTION_FILE from "../../../scenarios/buprenorphine-induction.yaml?raw";
import { SAFETY_COMMENT, type Story, scenarioFromFile } from "./story.ts";

export const BUPRENORPHINE: Story = {
  id: "buprenorphine-timing",
  title: "Buprenorphine: too early or on time",
  summary:
    "Buprenorphine is a partial agonist that binds the mu-opioid receptor more tightly than heroin's metabolites: given while they still fill the receptors, it pushes them off and delivers less stimulus than they did, which can throw a dependent body into withdrawal. " +
    "That is why clinics start it only once withdrawal has begun (COWS about 8 or more) and at least 12 h after heroin. " +
    "In the model, given on time it holds COWS at 3–4 while untreated withdrawal climbs to 22; given 2 h after heroin it raises COWS from about 1 to a peak near 4. " +
    'Do not read the lower peak as "starting early is gentler": the on-time peak of 8.3 is the ordinary withdrawal the clinic waits for before the first dose, and the model\'s precipitated withdrawal is much milder than the sudden, severe withdrawal clinics see when buprenorphine is started too early (a known gap of the model).',
  lookAt: [
    "cows_total in the three arms: on_time peaks at 8.3 when buprenorphine is given (10.8 h) and then falls to 3–4; none climbs to 22 by 36 h; too_early rises from 2 h to about 4.",
    "too_early peaks below on_time only because the model underestimates precipitated withdrawal (a known gap); in people, starting too early brings on severe withdrawal within an hour.",
    "mor_occupancy_buprenorphine: once given, buprenorphine holds most receptors for the rest of the run (the model holds more than PET studies measure, a known limitation).",
    "mor_activation: buprenorphine's stimulus is lower than heroin's peak but enough to hold withdrawal off.",
  ],
  scenarioYaml: scenarioFromFile(
    "buprenorphine-timing",
    `# Starting buprenorphine: why the clinic waits (scenarios/buprenorphine-induction.yaml). A man dependent on heroin
# (the reference chronic user, 25 mg IV four times a day) injects his last 25 mg of heroin hydrochloride at 0 h.
# Arms: too_early, 8 mg SL buprenorphine 2 h after the heroin; on_time, 8 mg SL when cows_total first rises
# above 8; none, no buprenorphine. Induction belongs to a prescriber; street heroin is often fentanyl, which
# changes the timing.`,
    BUPRENORPHINE_INDUCTION_FILE,
  ),
  focusColumns: ["cows_total", "mor_occupancy_buprenorphine", "mor_activation", "withdrawal_severity"],
  controls: ["buprenorphine"],
};

export const METHADONE_NALTREXONE: Story = {
  id: "methadone-and-naltrexone",
  title: "Methadone and naltrexone",
  summary:
    "Two medicines act on the same receptor in opposite ways. Methadone, a long-acting full agonist, holds the receptors steadily, so withdrawal does not start (COWS stays near 2 in the model, against 22 untreated); it builds up over the first week, which is why it is started low. " +
    "Naltrexone, an antagonist, blocks the receptors so heroin on top does less, but only in someone who has been opioid-free for 7–10 days: taken 2 h after heroin it precipitates withdrawal (COWS up to 25 in the model). " +
    "After naltrexone stops, tolerance is gone and an old dose can kill.",
  lookAt: [
    "cows_total: nothing, up to 22 at about 38 h; methadone, about 2; naltrexone too soon, withdrawal from about 2 h, up to 25.",
    "After detox, heroin at 24 h: euphoria 0.35 with naltrexone against 0.99 without, dopamine 1.4× against 2.9×. The label says 50 mg blocks such a dose for 24 h; the model's blockade is weaker (a known gap).",
    "mor_occupancy_methadone and mor_occupancy_naltrexone: one activates the receptors it holds, the other only blocks them (compare mor_activation).",
  ],
  scenarioYaml: `# Methadone and naltrexone (after scenarios/naltrexone-after-detox.yaml and methadone-maintenance-heroin.yaml).
# The reference dependent user (25 mg IV heroin HCl four times a day). Arms: nothing, his last heroin at 0 h and
# no medicine; methadone, the same then 30 mg oral methadone HCl at 6 h and 30 h; naltrexone_too_soon, the same
# then 50 mg oral naltrexone HCl 2 h after the heroin (no opioid-free interval); naltrexone_after_detox, 10 days
# without opioids, 50 mg naltrexone at 0 h and 25 mg IV heroin HCl at 24 h; after_detox_no_naltrexone, the same
# heroin without naltrexone. Methadone and naltrexone are prescribed medicines: not a dosing guide.
${SAFETY_COMMENT}
name: methadone-and-naltrexone
description: A dependent user's last heroin, then methadone, naltrexone too soon, or nothing; and naltrexone after detox
duration_h: 48
output_step_min: 5
subject: { weight_kg: 70, sex: male, opioid_history: chronic }
model: { breathing: false }
arms:
  - name: nothing
    description: "last heroin at 0 h, no medicine"
    doses:
      - { drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0 }
  - name: methadone
    description: "last heroin at 0 h, 30 mg oral methadone HCl at 6 h and 30 h"
    doses:
      - { drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0 }
      - { drug: methadone, route: oral, form: hcl, amount_mg: 30, at_h: 6, repeat: { every_h: 24, count: 1 } }
  - name: naltrexone_too_soon
    description: "last heroin at 0 h, 50 mg oral naltrexone HCl at 2 h"
    doses:
      - { drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 0 }
      - { drug: naltrexone, route: oral, form: hcl, amount_mg: 50, at_h: 2 }
  - name: naltrexone_after_detox
    description: "10 days without opioids: 50 mg naltrexone at 0 h, then 25 mg IV heroin HCl at 24 h"
    subject: { days_abstinent: 10 }
    doses:
      - { drug: naltrexone, route: oral, form: hcl, amount_mg: 50, at_h: 0 }
      - { drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 24 }
  - name: after_detox_no_naltrexone
    description: "10 days without opioids: 25 mg IV heroin HCl at 24 h"
    subject: { days_abstinent: 10 }
    doses:
      - { drug: heroin, route: iv, form: hcl, amount_mg: 25, at_h: 24 }
`,
  focusColumns: [
    "cows_total",
    "mor_occupancy_methadone",
    "mor_occupancy_naltrexone",
    "euphoria_frac",
    "mor_activation",
  ],
};
