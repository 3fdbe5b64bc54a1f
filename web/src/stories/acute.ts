/** Stories about a single dose: the route, the prodrug, dopamine. */
import ROUTES_FILE from "../../../scenarios/routes.yaml?raw";
import { SAFETY_COMMENT, type Story, scenarioFromFile } from "./story.ts";

export const ROUTES: Story = {
  id: "route-and-rush",
  title: "How the route changes the rush",
  summary:
    "The same 20 mg of heroin reaches the brain at very different speeds depending on how it is taken. " +
    "Injected, its active metabolite 6-MAM peaks in the brain about 5 minutes later; smoked, about 8 minutes; " +
    "snorted or injected into a muscle, about 15 minutes and at a third or less of the level. " +
    "Swallowed heroin is broken down in the gut and liver before it reaches the blood: only morphine arrives, " +
    "slowly, and the model shows no dopamine rise at all.",
  lookAt: [
    "Brain 6-MAM (mam6_brain_nm): switch between the arms; injected peaks first and highest (about 1,270 nM), smoked next, snorted and intramuscular later and lower, swallowed not at all.",
    "The rush, the rate of dopamine rise (dopamine_rise_rel_per_min): about 0.41 per minute injected, 0.37 smoked, 0.16 snorted, none swallowed.",
    "Accumbens dopamine peaks at 2.9× baseline injected and 2.1× snorted; swallowed it stays at 1×.",
    "The fast routes hit breathing hardest: lowest ventilation 1.6 L/min injected, 4.7 snorted (about 6.8 at rest).",
  ],
  scenarioYaml: scenarioFromFile(
    "route-and-rush",
    `# Heroin by route: the same 20 mg of diamorphine hydrochloride (17.43 mg of heroin base) given once by each
# route to the same 70 kg opioid-naive man; each arm is a separate run (after scenarios/routes.yaml).`,
    ROUTES_FILE,
  ),
  focusColumns: ["mam6_brain_nm", "dopamine_rise_rel_per_min", "dopamine_nacc_rel", "ventilation_l_min"],
  controls: ["route", "dose"],
};

const FIRST_USE_YAML = (
  name: string,
  description: string,
  duration_h: number,
  extra = "",
) => `# One 20 mg IV dose of heroin hydrochloride in an opioid-naive adult (after scenarios/first-use-iv.yaml).
${SAFETY_COMMENT}
name: ${name}
description: ${description}
duration_h: ${duration_h}
output_step_min: 0.5
subject: { weight_kg: 70, sex: male, opioid_history: naive }
${extra}doses:
  - { drug: heroin, route: iv, form: hcl, amount_mg: 20, at_h: 0 }
`;

export const PRODRUG: Story = {
  id: "heroin-is-a-prodrug",
  title: "Heroin is a prodrug",
  summary:
    "Heroin (diacetylmorphine) lasts only minutes: it is turned into 6-monoacetylmorphine (6-MAM) in the blood and in the brain, and 6-MAM into morphine, which the liver turns into M6G (active) and M3G. " +
    "Heroin crosses into the brain faster than morphine, which is what makes it act so fast, but in the model heroin itself holds most receptors only for the first 3 minutes. " +
    "Then 6-MAM holds them, and from about an hour on, morphine.",
  lookAt: [
    "Brain concentrations: heroin peaks at about 2.5 minutes, 6-MAM at about 5 minutes, morphine not until about 2.3 hours.",
    "Receptor occupancy: 6-MAM reaches 84 % of receptors at about 12 minutes; morphine 77 % at about 3 hours.",
    "Move the playhead and watch the synapse view hand the receptors from heroin (H) to 6-MAM (6) to morphine (M).",
  ],
  scenarioYaml: FIRST_USE_YAML(
    "heroin-is-a-prodrug",
    "One 20 mg IV dose of heroin in an opioid-naive adult",
    6,
  ),
  focusColumns: [
    "heroin_brain_nm",
    "mam6_brain_nm",
    "morphine_brain_nm",
    "mor_occupancy_mam6",
    "mor_occupancy_morphine",
  ],
  controls: ["dose", "route"],
};

export const DOPAMINE: Story = {
  id: "what-dopamine-does",
  title: "What dopamine really does",
  summary:
    "Opioids raise dopamine in the nucleus accumbens indirectly: mu-opioid receptors on GABA neurons in the VTA quiet those neurons, and the dopamine neurons they hold back fire more. " +
    "Measured in animals, the rise after heroin or morphine is about 1.5–3 times baseline; the 'up to 10 times' often repeated online is found only on popular pages, so the model follows the measurement. " +
    "After 20 mg of injected heroin the model's accumbens dopamine peaks at 2.9 times baseline about 11 minutes later (setting model: { dopamine: popular } in the scenario shows the popular claim instead: 8.9 times).",
  lookAt: [
    "Accumbens dopamine (dopamine_nacc_rel) peaks at 2.9× about 11 minutes after the injection, several minutes after brain 6-MAM (about 5 minutes).",
    "Its rate of rise (dopamine_rise_rel_per_min), the model's rush, peaks within 3 minutes.",
    "In the picture the VTA (receptor activation) lights up before the nucleus accumbens (dopamine).",
  ],
  scenarioYaml: FIRST_USE_YAML(
    "what-dopamine-does",
    "One 20 mg IV dose of heroin; accumbens dopamine as measured (1.5-3x), not the popular 10x",
    3,
    "# dopamine: measured follows microdialysis (Wise 1995); popular is the 'up to 10x' claim, for comparison.\nmodel: { dopamine: measured }\n",
  ),
  focusColumns: ["dopamine_nacc_rel", "dopamine_rise_rel_per_min", "mor_activation", "mam6_brain_nm"],
  controls: ["dose"],
};
