import { DRUGS, findDrug, findRoute } from "../pharmacology/catalog.ts";
import { type DrugData, ROUTES, type RouteId } from "../pharmacology/types.ts";
import type { PathIssue } from "./errors.ts";
import { didYouMean } from "./suggest.ts";

/*
 * Checks that need the drug catalog. They are kept out of the schema so that the schema (and the JSON
 * Schema editors load) does not change whenever a drug or route gains data.
 */

/** Why `drug` is not in the catalog, with the drugs that are. */
export function unknownDrug(drug: string): Omit<PathIssue, "path"> {
  const ids = DRUGS.map((d) => d.id);
  return {
    message: `unknown drug ${JSON.stringify(drug)}`,
    accepted: `${didYouMean(drug, ids)}available drugs: ${ids.join(", ")}`,
  };
}

/** Why `drug` cannot be given by `route`, with the routes it has data for. */
export function unavailableRoute(drug: DrugData, route: RouteId): Omit<PathIssue, "path"> {
  return {
    message: `${drug.id} has no data for route ${route}`,
    accepted: `available: ${drug.routes.map((r) => r.route).join(", ")}`,
  };
}

/** Why `form` is not one of the drug's forms, with those that are. */
export function unknownForm(drug: DrugData, form: string): Omit<PathIssue, "path"> {
  const ids = drug.forms.map((f) => f.id);
  return {
    message: `${drug.id} has no form ${JSON.stringify(form)}`,
    accepted: `${didYouMean(form, ids)}available: ${ids.join(", ")} (default ${drug.defaultForm})`,
  };
}

/**
 * Catalog issues of every entry of `doses` (drug, route, form), in file order. Reads the unvalidated value
 * defensively so that these issues are reported together with schema issues; whatever is not a string
 * here is the schema's to report.
 */
export function checkCatalog(raw: unknown): PathIssue[] {
  const r = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const lists: Array<[unknown, PropertyKey[]]> = [[r["doses"], ["doses"]]];
  if (Array.isArray(r["arms"])) {
    r["arms"].forEach((arm: unknown, k) => {
      const doses =
        typeof arm === "object" && arm !== null ? (arm as Record<string, unknown>)["doses"] : undefined;
      lists.push([doses, ["arms", k, "doses"]]);
    });
  }
  return lists.flatMap(([doses, prefix]) => (Array.isArray(doses) ? checkDoses(doses, prefix) : []));
}

function checkDoses(doses: readonly unknown[], prefix: readonly PropertyKey[]): PathIssue[] {
  const issues: PathIssue[] = [];
  doses.forEach((dose: unknown, i) => {
    const {
      drug: id,
      route,
      form,
    } = (typeof dose === "object" && dose !== null ? dose : {}) as Record<string, unknown>;
    if (typeof id !== "string" || id === "") return;
    const at = (key: string) => [...prefix, i, key];
    const drug = findDrug(id);
    if (drug === undefined) {
      issues.push({ path: at("drug"), ...unknownDrug(id) });
      return;
    }
    if ((ROUTES as readonly unknown[]).includes(route) && findRoute(drug, route as RouteId) === undefined) {
      issues.push({ path: at("route"), ...unavailableRoute(drug, route as RouteId) });
    }
    if (typeof form === "string" && form !== "" && !drug.forms.some((f) => f.id === form)) {
      issues.push({ path: at("form"), ...unknownForm(drug, form) });
    }
  });
  return issues;
}
