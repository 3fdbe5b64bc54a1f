import { findDrug, findRoute, findSpecies, SPECIES } from "../../pharmacology/catalog.ts";
import { type DrugData, type RouteId, routeFactor, type SpeciesData } from "../../pharmacology/types.ts";
import type { DoseSpec, ResolvedSubject } from "../../scenario/types.ts";
import type { ScheduledEvent } from "../../solver/schedule.ts";
import type { CompiledModel, OutputColumn } from "../types.ts";
import { type ScaledPk, scalePk, sizeFactors } from "./scaling.ts";

/** mg/L → ng/mL. */
const NG_ML_PER_MG_L = 1000;
/** mg/L → nmol/L for a molar mass in g/mol: × 1e6 / M. */
const NMOL_PER_MG = 1e6;

/** State indices of one species. Absent compartments are −1. */
interface SpeciesBlock {
  readonly species: SpeciesData;
  readonly pk: ScaledPk;
  readonly molarMass: number;
  readonly central: number;
  readonly periph2: number;
  readonly periph3: number;
  /** ∫ C dt in mg·h/L, integrated as a state so AUC (and elimination, CL·AUC) is exact to solver tolerance. */
  readonly auc: number;
  /** Brain (effect-site) concentration in nM, or −1. */
  readonly brain: number;
}

/** A first-order absorption depot: one per (drug, route, delivery) the scenario uses. */
interface Depot {
  readonly state: number;
  readonly ka_per_h: number;
  readonly target: SpeciesBlock;
}

/**
 * The pharmacokinetic network of a scenario: every species its doses reach (parents, their metabolites, and
 * brain-conversion products), each with linear mammillary disposition, molar metabolite formation, absorption
 * depots, and a massless brain pool. The whole system is linear, so its Jacobian is a constant matrix.
 * Amounts are mg of each species; time is hours.
 */
export function buildPkModel(
  doses: readonly Pick<DoseSpec, "drug" | "route">[],
  subject: ResolvedSubject,
): CompiledModel {
  const names: string[] = [];
  const add = (name: string) => names.push(name) - 1;
  const reached = reachedSpecies(doses);
  const blocks = new Map<string, SpeciesBlock>();
  const size = sizeFactors(subject);
  for (const species of SPECIES.filter((s) => reached.has(s.id))) {
    const pk = scalePk(species.disposition, size);
    const id = species.id;
    blocks.set(id, {
      species,
      pk,
      molarMass: species.molarMass_g_mol.value,
      central: add(`${id}_central_mg`),
      periph2: pk.compartments >= 2 ? add(`${id}_peripheral2_mg`) : -1,
      periph3: pk.compartments >= 3 ? add(`${id}_peripheral3_mg`) : -1,
      auc: add(`${id}_auc_mg_h_l`),
      brain: species.brain ? add(`${id}_brain_nm`) : -1,
    });
  }
  const depots = new Map<string, Depot>();
  for (const { drug, route } of distinctDrugRoutes(doses)) {
    findRoute(drug, route)!.deliveries.forEach((d, k) => {
      if (!d.ka_per_h) return;
      const state = add(`${drug.id}_${route}_depot${k}_mg`);
      depots.set(depotKey(drug.id, route, k), {
        state,
        ka_per_h: d.ka_per_h.value,
        target: blocks.get(d.species)!,
      });
    });
  }
  const n = names.length;
  const jac = networkJacobian([...blocks.values()], [...depots.values()], blocks, n);
  const blockList = [...blocks.values()];
  const { rowStart, cols, vals } = sparseRows(jac, n);
  return {
    system: {
      n,
      stateNames: names,
      autonomous: true,
      // y' = J·y: linear and homogeneous (zero-order inputs are added by the event driver). J is sparse
      // (a few entries per state), so the product runs over its non-zeros only, row by row. Every entry of
      // dydt is written, past the network's own n with 0 (the composite model's other blocks add theirs).
      rhs: (_t, y, dydt) => {
        for (let i = n; i < dydt.length; i++) dydt[i] = 0;
        for (let i = 0; i < n; i++) {
          let acc = 0;
          for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) acc += vals[k]! * y[cols[k]!]!;
          dydt[i] = acc;
        }
      },
      jacobian: (_t, _y, out) => out.set(jac),
    },
    y0: new Float64Array(n),
    columns: [...blockList.map(plasmaColumn), ...blockList.filter((b) => b.brain >= 0).map(brainColumn)],
    finals: blockList.map(aucColumn),
    doseEvents: (dose, time_h) => doseEvents(blocks, depots, dose, time_h),
  };
}

/**
 * The non-zero entries of a row-major n×n matrix, row by row (compressed sparse rows): row i's entries are
 * k = rowStart[i] … rowStart[i + 1] − 1, at column cols[k] with value vals[k].
 */
function sparseRows(
  m: Float64Array,
  n: number,
): { rowStart: Int32Array; cols: Int32Array; vals: Float64Array } {
  const idx: number[] = [];
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (m[i * n + j] !== 0) idx.push(i * n + j);
    rowStart[i + 1] = idx.length;
  }
  return {
    rowStart,
    cols: Int32Array.from(idx, (k) => k % n),
    vals: Float64Array.from(idx, (k) => m[k]!),
  };
}

/** Species reached by the doses: delivered species, then metabolites and brain-conversion products. */
function reachedSpecies(doses: readonly Pick<DoseSpec, "drug" | "route">[]): Set<string> {
  const seen = new Set<string>();
  const stack: string[] = [];
  for (const { drug, route } of distinctDrugRoutes(doses)) {
    for (const d of findRoute(drug, route)!.deliveries) stack.push(d.species);
  }
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const s = findSpecies(id);
    if (!s) throw new RangeError(`unknown species "${id}"`);
    for (const m of s.metabolites ?? []) stack.push(m.to);
    if (s.brain?.conversion) stack.push(s.brain.conversion.to);
  }
  return seen;
}

function distinctDrugRoutes(
  doses: readonly Pick<DoseSpec, "drug" | "route">[],
): { drug: DrugData; route: RouteId }[] {
  const keys = [...new Set(doses.map((d) => `${d.drug}\u0000${d.route}`))];
  return keys.map((k) => {
    const [drugId, route] = k.split("\u0000") as [string, RouteId];
    const drug = findDrug(drugId);
    if (!drug) throw new RangeError(`unknown drug "${drugId}"`);
    if (!findRoute(drug, route)) throw new RangeError(`${drugId} has no data for route ${route}`);
    return { drug, route };
  });
}

function depotKey(drug: string, route: RouteId, delivery: number): string {
  return `${drug}/${route}/${delivery}`;
}

function networkJacobian(
  blocks: readonly SpeciesBlock[],
  depots: readonly Depot[],
  byId: ReadonlyMap<string, SpeciesBlock>,
  n: number,
): Float64Array {
  const J = new Float64Array(n * n);
  const at = (row: number, col: number) => row * n + col;
  /** First-order transfer from `from` at rate k; `yieldToTarget` converts amount units (molar mass ratio). */
  const flow = (from: number, to: number, k: number, yieldToTarget = 1) => {
    J[at(from, from)] -= k;
    if (to >= 0) J[at(to, from)] += k * yieldToTarget;
  };
  for (const d of depots) flow(d.state, d.target.central, d.ka_per_h);
  for (const b of blocks) {
    const { pk, central } = b;
    const k10 = pk.cl_l_h / pk.v1_l;
    J[at(central, central)] -= k10;
    for (const m of b.species.metabolites ?? []) {
      const met = byId.get(m.to)!;
      J[at(met.central, central)] += k10 * m.fraction.value * (met.molarMass / b.molarMass);
    }
    if (b.periph2 >= 0) {
      flow(central, b.periph2, pk.q2_l_h / pk.v1_l);
      flow(b.periph2, central, pk.q2_l_h / pk.v2_l);
    }
    if (b.periph3 >= 0) {
      flow(central, b.periph3, pk.q3_l_h / pk.v1_l);
      flow(b.periph3, central, pk.q3_l_h / pk.v3_l);
    }
    J[at(b.auc, central)] = 1 / pk.v1_l;
    const brain = b.species.brain;
    if (brain && b.brain >= 0) {
      const keq = brain.keq_per_h.value;
      const kp = brain.kp?.value ?? 1;
      J[at(b.brain, central)] += (keq * kp * NMOL_PER_MG) / (b.molarMass * pk.v1_l);
      J[at(b.brain, b.brain)] -= keq;
      if (brain.conversion) {
        const k = brain.conversion.k_per_h.value;
        J[at(b.brain, b.brain)] -= k;
        J[at(byId.get(brain.conversion.to)!.brain, b.brain)] += k; // molar: nM → nM
      }
    }
  }
  return J;
}

function plasmaColumn(b: SpeciesBlock): OutputColumn {
  const scale = NG_ML_PER_MG_L / b.pk.v1_l;
  return {
    name: `${b.species.id}_plasma_ng_ml`,
    unit: "ng/mL",
    label: `${b.species.name} in plasma`,
    // Concentrations cannot be negative; the solver's round-off near zero (−1e-35 after a huge dose has
    // gone) is reported as 0. Mass-balance tests read the raw states, so they still see any real error.
    compute: (_t, y) => Math.max(0, y[b.central]! * scale),
  };
}

function brainColumn(b: SpeciesBlock): OutputColumn {
  return {
    name: `${b.species.id}_brain_nm`,
    unit: "nM",
    label: `${b.species.name} in brain`,
    compute: (_t, y) => Math.max(0, y[b.brain]!),
  };
}

function aucColumn(b: SpeciesBlock): OutputColumn {
  return {
    name: `${b.species.id}_auc_ng_h_ml`,
    unit: "ng·h/mL",
    label: `${b.species.name} plasma AUC`,
    compute: (_t, y) => Math.max(0, y[b.auc]! * NG_ML_PER_MG_L),
  };
}

function doseEvents(
  blocks: ReadonlyMap<string, SpeciesBlock>,
  depots: ReadonlyMap<string, Depot>,
  dose: DoseSpec,
  time_h: number,
): ScheduledEvent[] {
  const drug = findDrug(dose.drug);
  const route = drug && findRoute(drug, dose.route);
  const form = drug?.forms.find((f) => f.id === dose.form);
  if (!drug || !route || !form) {
    throw new RangeError(
      `${dose.source}: ${dose.drug} ${dose.route} ${dose.form} was not part of the compiled model`,
    );
  }
  const parentMolarMass = findSpecies(drug.parent)!.molarMass_g_mol.value;
  const base_mmol =
    (dose.amount_mg * form.baseFraction.value * routeFactor(form, dose.route)) / parentMolarMass;
  const label = `${dose.amount_mg} mg ${dose.drug} ${dose.form} ${dose.route} (${dose.source})`;
  return route.deliveries.flatMap((d, k): ScheduledEvent[] => {
    const target = blocks.get(d.species)!;
    const amount_mg = base_mmol * d.fraction.value * target.molarMass;
    const t = time_h + (d.lag_h?.value ?? 0);
    const state = d.ka_per_h ? depots.get(depotKey(drug.id, dose.route, k))!.state : target.central;
    const what = route.deliveries.length > 1 ? `${label} → ${d.species}` : label;
    if (dose.duration_h > 0) {
      const rate = amount_mg / dose.duration_h;
      return [
        { kind: "rate", time: t, state, rate, label: `${what}: infusion starts` },
        { kind: "rate", time: t + dose.duration_h, state, rate: -rate, label: `${what}: infusion ends` },
      ];
    }
    return [{ kind: "bolus", time: t, state, amount: amount_mg, label: what }];
  });
}
