import firstUse from "../../../scenarios/first-use-iv.yaml?raw";
import overdose from "../../../scenarios/overdose-naloxone.yaml?raw";
import relapse from "../../../scenarios/relapse-after-abstinence.yaml?raw";
import type { Story } from "./types.ts";

/** Stand-in for web/src/stories/index.ts: three of the repository's scenarios. */
export const STORIES: readonly Story[] = [
  {
    id: "first-use",
    title: "A first dose",
    summary: "One 20 mg IV dose of heroin in an opioid-naive adult, followed for 6 hours.",
    lookAt: [
      "6-MAM carries the first minutes in the brain; morphine the hours after.",
      "Dopamine rises and falls.",
    ],
    scenarioYaml: firstUse,
    focusColumns: ["mam6_brain_nm", "mor_occupancy_total", "dopamine_nacc_rel", "ventilation_l_min"],
    controls: ["drug", "route", "dose", "history"],
  },
  {
    id: "overdose",
    title: "Overdose and naloxone",
    summary: "40 mg IV heroin in an opioid-naive adult, without and with intranasal naloxone.",
    lookAt: [
      "Ventilation and oxygen fall within minutes.",
      "Naloxone displaces the opioid from the receptors.",
    ],
    scenarioYaml: overdose,
    focusColumns: ["ventilation_l_min", "sao2_pct", "brain_po2_mmhg", "mor_occupancy_naloxone"],
    controls: ["dose", "naloxone"],
  },
  {
    id: "relapse",
    title: "Relapse after abstinence",
    summary: "The old dose after days without opioids: tolerance has faded, the breathing risk has not.",
    lookAt: ["Compare the lowest ventilation across the arms."],
    scenarioYaml: relapse,
    focusColumns: ["ventilation_l_min", "tolerance_breathing"],
    controls: ["dose", "days"],
  },
];
