import { DRUGS, findSpecies } from "../pharmacology/catalog.ts";
import { kd50_nm } from "../pharmacology/mor.ts";
import type {
  DrugData,
  LinearPk,
  MorAction,
  Parameter,
  SpeciesData,
  Variability,
} from "../pharmacology/types.ts";

type Row = [string, Parameter];

function dispositionRows(prefix: string, pk: LinearPk): Row[] {
  return Object.entries(pk).flatMap(([k, v]): Row[] =>
    typeof v === "object" ? [[`${prefix}${k}`, v as Parameter]] : [],
  );
}

function variabilityRows(prefix: string, vs: readonly Variability[] | undefined): Row[] {
  return (vs ?? []).map((v): Row => [`${prefix}ω(${v.parameter})`, v.omega]);
}

/** Every parameter of one species, flattened with readable names. */
export function speciesParameters(s: SpeciesData): Row[] {
  const p = `${s.id}: `;
  const rows: Row[] = [[`${p}molar mass`, s.molarMass_g_mol], ...dispositionRows(p, s.disposition)];
  for (const m of s.metabolites ?? []) rows.push([`${p}fraction of clearance → ${m.to}`, m.fraction]);
  if (s.brain) {
    rows.push([`${p}brain keq_per_h`, s.brain.keq_per_h]);
    if (s.brain.kp) rows.push([`${p}brain Kp`, s.brain.kp]);
    if (s.brain.conversion)
      rows.push([`${p}brain conversion → ${s.brain.conversion.to}`, s.brain.conversion.k_per_h]);
  }
  if (s.mor) rows.push(...morRows(p, s.mor));
  return [...rows, ...variabilityRows(p, s.variability)];
}

function morRows(prefix: string, mor: MorAction): Row[] {
  const b = mor.binding;
  const binding: Row[] =
    b.kind === "kinetic"
      ? [
          [`${prefix}MOR kon_per_nm_n_h`, b.kon_per_nm_n_h],
          [`${prefix}MOR koff_per_h`, b.koff_per_h],
          [`${prefix}MOR hill`, b.hill],
        ]
      : [
          [`${prefix}MOR kd_nm`, b.kd_nm],
          [`${prefix}MOR koff_per_h`, b.koff_per_h],
        ];
  return [...binding, [`${prefix}MOR efficacy`, mor.efficacy]];
}

/** One species' MOR action in brief: binding kind, half-occupancy concentration and efficacy. */
export function morSummary(mor: MorAction): { kind: string; kd50_nm: number; efficacy: number } {
  return { kind: mor.binding.kind, kd50_nm: kd50_nm(mor.binding), efficacy: mor.efficacy.value };
}

function morLine(s: SpeciesData): string {
  if (!s.mor) return `  ${s.id} at MOR: none`;
  const m = morSummary(s.mor);
  return (
    `  ${s.id} at MOR: ${m.kind} binding, Kd50 ${Number(m.kd50_nm.toPrecision(3))} nM (total brain ` +
    `concentration for half occupancy), efficacy ${m.efficacy} (fentanyl = 1)`
  );
}

/** Every parameter of a drug (forms, routes, and the species it defines), flattened for listing. */
export function drugParameters(drug: DrugData): Row[] {
  const rows: Row[] = drug.forms.flatMap((f): Row[] => [
    [`form ${f.id}: base fraction`, f.baseFraction],
    ...(f.routeFactors ?? []).map((r): Row => [`form ${f.id}: ${r.route} delivery factor`, r.factor]),
  ]);
  for (const r of drug.routes) {
    r.deliveries.forEach((d) => {
      const p = `${r.route} → ${d.species}: `;
      rows.push([`${p}fraction of dose`, d.fraction]);
      if (d.ka_per_h) rows.push([`${p}ka_per_h`, d.ka_per_h]);
      if (d.lag_h) rows.push([`${p}lag_h`, d.lag_h]);
    });
    rows.push(...variabilityRows(`${r.route}: `, r.variability));
  }
  for (const s of drug.species) rows.push(...speciesParameters(s));
  return rows;
}

/** `accumbens drugs`: drugs, routes and forms, each parameter with its value, unit, source and confidence. */
export function formatDrugs(): string {
  const lines: string[] = [];
  for (const d of DRUGS) {
    const others = d.routes
      .flatMap((r) => r.deliveries.map((x) => x.species))
      .filter((s, i, all) => all.indexOf(s) === i && !d.species.some((own) => own.id === s));
    lines.push(`${d.id} — ${d.name}: ${d.summary}`);
    lines.push(`  routes: ${d.routes.map((r) => r.route).join(", ")}`);
    lines.push(
      `  forms: ${d.forms.map((f) => (f.id === d.defaultForm ? `${f.id} (default)` : f.id)).join(", ")}`,
    );
    if (others.length > 0)
      lines.push(`  also reaches: ${others.map((s) => findSpecies(s)?.name ?? s).join(", ")}`);
    for (const r of d.routes) if (r.note) lines.push(`  ${r.route}: ${r.note}`);
    for (const sp of d.species) lines.push(morLine(sp));
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
    parent: d.parent,
    routes: d.routes.map((r) => r.route),
    forms: d.forms.map((f) => f.id),
    default_form: d.defaultForm,
    mor: Object.fromEntries(d.species.flatMap((sp) => (sp.mor ? [[sp.id, morSummary(sp.mor)]] : []))),
    parameters: Object.fromEntries(drugParameters(d)),
  }));
}
