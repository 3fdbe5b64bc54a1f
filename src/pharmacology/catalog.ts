import { BUPRENORPHINE } from "./buprenorphine.ts";
import { CARFENTANIL } from "./carfentanil.ts";
import { FENTANYL } from "./fentanyl.ts";
import { HEROIN } from "./heroin.ts";
import { LOFEXIDINE } from "./lofexidine.ts";
import { METHADONE } from "./methadone.ts";
import { MORPHINE } from "./morphine.ts";
import { NALOXONE } from "./naloxone.ts";
import { NALTREXONE } from "./naltrexone.ts";
import type { DrugData, MorAction, RouteData, RouteId, SpeciesData } from "./types.ts";

/** Every drug the engine can simulate, in the order `accumbens drugs` lists them. */
export const DRUGS: readonly DrugData[] = [
  HEROIN,
  MORPHINE,
  FENTANYL,
  CARFENTANIL,
  METHADONE,
  BUPRENORPHINE,
  NALOXONE,
  NALTREXONE,
  LOFEXIDINE,
];

/**
 * Every species, in the canonical order of output columns (parents before their metabolites, drugs in
 * catalog order). Built once; ids are unique across the catalog.
 */
export const SPECIES: readonly SpeciesData[] = DRUGS.flatMap((d) => d.species);

/** The drug with this scenario id, or undefined. */
export function findDrug(id: string): DrugData | undefined {
  return DRUGS.find((d) => d.id === id);
}

/** The route data of a drug, or undefined when the drug has no data for that route. */
export function findRoute(drug: DrugData, route: RouteId): RouteData | undefined {
  return drug.routes.find((r) => r.route === route);
}

/** The species with this id, or undefined. */
export function findSpecies(id: string): SpeciesData | undefined {
  return SPECIES.find((s) => s.id === id);
}

/**
 * Species that deliberately have no mu-opioid receptor action, with the reason. Every other species with a
 * brain pool must have `mor` data (see {@link catalogProblems}).
 */
export const NO_MOR_ACTION: Readonly<Record<string, string>> = {
  m3g: "morphine-3-glucuronide does not bind the mu-opioid receptor (and has no brain pool)",
  lofexidine: "alpha-2 adrenergic agonist, not an opioid-receptor ligand",
};

/** Problems with one species' MOR data: every number finite and positive, efficacy in [0, 1]. */
function morProblems(id: string, mor: MorAction): string[] {
  const b = mor.binding;
  const positive =
    b.kind === "kinetic"
      ? { kon_per_nm_n_h: b.kon_per_nm_n_h, koff_per_h: b.koff_per_h, hill: b.hill }
      : { kd_nm: b.kd_nm, koff_per_h: b.koff_per_h };
  const problems = Object.entries(positive)
    .filter(([, p]) => !(Number.isFinite(p.value) && p.value > 0))
    .map(([name, p]) => `species ${id}: mor ${name} = ${p.value} is not finite and positive`);
  const e = mor.efficacy.value;
  if (!(e >= 0 && e <= 1)) problems.push(`species ${id}: mor efficacy ${e} is outside [0, 1]`);
  return problems;
}

/**
 * Consistency of the catalog, checked by a test: unique ids, every referenced species exists, metabolite
 * fractions sum to at most 1, every drug's default form exists, every species with a brain pool has MOR data
 * (or is listed in {@link NO_MOR_ACTION}) and that data is in range. Returns the problems found.
 */
export function catalogProblems(): string[] {
  const problems: string[] = [];
  const ids = SPECIES.map((s) => s.id);
  for (const id of new Set(ids))
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`species ${id} is defined twice`);
  for (const s of SPECIES) {
    const total = (s.metabolites ?? []).reduce((sum, m) => sum + m.fraction.value, 0);
    if (total > 1 + 1e-12) problems.push(`species ${s.id}: metabolite fractions sum to ${total} > 1`);
    for (const m of s.metabolites ?? [])
      if (!findSpecies(m.to)) problems.push(`species ${s.id}: unknown metabolite ${m.to}`);
    const conv = s.brain?.conversion;
    if (conv && !findSpecies(conv.to)?.brain)
      problems.push(`species ${s.id}: brain conversion to ${conv.to}, which has no brain pool`);
    const exempt = s.id in NO_MOR_ACTION;
    if (s.mor) problems.push(...morProblems(s.id, s.mor));
    if (s.brain && !s.mor && !exempt)
      problems.push(
        `species ${s.id}: has a brain pool but no mor data (add it, or list it in NO_MOR_ACTION)`,
      );
    if (s.mor && exempt) problems.push(`species ${s.id}: listed in NO_MOR_ACTION but has mor data`);
  }
  for (const d of DRUGS) {
    if (!findSpecies(d.parent)) problems.push(`drug ${d.id}: unknown parent species ${d.parent}`);
    if (!d.forms.some((f) => f.id === d.defaultForm))
      problems.push(`drug ${d.id}: default form ${d.defaultForm} is not a form`);
    for (const r of d.routes) {
      if (r.deliveries.length === 0) problems.push(`drug ${d.id} route ${r.route}: no deliveries`);
      for (const del of r.deliveries) {
        if (!findSpecies(del.species))
          problems.push(`drug ${d.id} route ${r.route}: unknown species ${del.species}`);
        if (!(del.fraction.value >= 0 && del.fraction.value <= 1))
          problems.push(`drug ${d.id} route ${r.route}: fraction outside [0, 1]`);
      }
    }
  }
  return problems;
}
