import { MORPHINE } from "./morphine.ts";
import type { DrugData, RouteData, RouteId } from "./types.ts";

/** Every drug the engine can simulate, in the order `accumbens drugs` lists them. */
export const DRUGS: readonly DrugData[] = [MORPHINE];

/** The drug with this scenario id, or undefined. */
export function findDrug(id: string): DrugData | undefined {
  return DRUGS.find((d) => d.id === id);
}

/** The route data of a drug, or undefined when the drug has no data for that route. */
export function findRoute(drug: DrugData, route: RouteId): RouteData | undefined {
  return drug.routes.find((r) => r.route === route);
}
