import { DRUGS } from "../pharmacology/catalog.ts";
import type { DrugData, Parameter } from "../pharmacology/types.ts";

/** Every parameter of a drug with its name, flattened for listing. */
export function drugParameters(drug: DrugData): Array<[string, Parameter]> {
  const out: Array<[string, Parameter]> = [["molar mass", drug.molarMass_g_mol]];
  for (const f of drug.forms) out.push([`form ${f.id}: base fraction`, f.baseFraction]);
  for (const [k, v] of Object.entries(drug.pk))
    if (typeof v === "object") out.push([`pk ${k}`, v as Parameter]);
  for (const r of drug.routes) {
    out.push([`${r.route}: bioavailability`, r.bioavailability]);
    if (r.ka_per_h) out.push([`${r.route}: ka`, r.ka_per_h]);
    if (r.lag_h) out.push([`${r.route}: lag`, r.lag_h]);
  }
  return out;
}

/** `accumbens drugs`: drugs, routes and forms, each parameter with its value, unit, source and confidence. */
export function formatDrugs(): string {
  const lines: string[] = [];
  for (const d of DRUGS) {
    lines.push(`${d.id} — ${d.name}: ${d.summary}`);
    lines.push(`  routes: ${d.routes.map((r) => r.route).join(", ")}`);
    lines.push(
      `  forms: ${d.forms.map((f) => (f.id === d.defaultForm ? `${f.id} (default)` : f.id)).join(", ")}`,
    );
    for (const [name, p] of drugParameters(d)) {
      lines.push(`  ${name} = ${Number(p.value.toPrecision(6))} ${p.unit}  [${p.confidence}] ${p.source}`);
      if (p.note) lines.push(`      note: ${p.note}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** The same as JSON, for scripts. */
export function drugsJson(): unknown {
  return DRUGS.map((d) => ({
    id: d.id,
    name: d.name,
    summary: d.summary,
    routes: d.routes.map((r) => r.route),
    forms: d.forms.map((f) => f.id),
    default_form: d.defaultForm,
    parameters: Object.fromEntries(drugParameters(d)),
  }));
}
