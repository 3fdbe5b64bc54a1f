import { findDrug, findRoute } from "../../pharmacology/catalog.ts";
import type { DrugData, RouteId } from "../../pharmacology/types.ts";
import type { DoseSpec, ResolvedSubject } from "../../scenario/types.ts";
import type { ScheduledEvent } from "../../solver/schedule.ts";
import type { CompiledModel, OutputColumn } from "../types.ts";
import { type ScaledPk, scalePk } from "./scaling.ts";

/** mg/L → ng/mL. */
const NG_ML_PER_MG_L = 1000;

/** State indices of one drug's block. Depots exist only for the absorption routes the scenario uses. */
interface DrugBlock {
  readonly drug: DrugData;
  readonly pk: ScaledPk;
  readonly central: number;
  readonly periph2: number;
  readonly periph3: number;
  /** ∫ C dt in mg·h/L, integrated as a state so that AUC is exact to solver tolerance. */
  readonly auc: number;
  readonly depots: ReadonlyMap<RouteId, { readonly state: number; readonly ka_per_h: number }>;
}

/**
 * Linear mammillary PK (1–3 compartments, first-order absorption depots) for every drug a scenario gives,
 * as one ODE system with an analytic (constant) Jacobian. Amounts are mg of base; time is hours.
 */
export function buildLinearPkModel(
  doses: readonly Pick<DoseSpec, "drug" | "route">[],
  subject: ResolvedSubject,
): CompiledModel {
  const names: string[] = [];
  const add = (name: string) => names.push(name) - 1;
  const blocks = new Map<string, DrugBlock>();
  for (const id of [...new Set(doses.map((d) => d.drug))]) {
    const drug = findDrug(id);
    if (!drug) throw new RangeError(`unknown drug "${id}"`);
    const pk = scalePk(drug.pk, subject.weight_kg);
    const depots = new Map<RouteId, { state: number; ka_per_h: number }>();
    for (const route of new Set(doses.filter((d) => d.drug === id).map((d) => d.route))) {
      const data = findRoute(drug, route);
      if (!data) throw new RangeError(`${id} has no data for route ${route}`);
      if (data.ka_per_h)
        depots.set(route, { state: add(`${id}_depot_${route}_mg`), ka_per_h: data.ka_per_h.value });
    }
    const central = add(`${id}_central_mg`);
    const periph2 = pk.compartments >= 2 ? add(`${id}_peripheral2_mg`) : -1;
    const periph3 = pk.compartments >= 3 ? add(`${id}_peripheral3_mg`) : -1;
    const auc = add(`${id}_auc_mg_h_l`);
    blocks.set(id, { drug, pk, central, periph2, periph3, auc, depots });
  }
  const n = names.length;
  const jac = linearJacobian([...blocks.values()], n);
  return {
    system: {
      n,
      stateNames: names,
      autonomous: true,
      // y' = J·y: the system is linear and homogeneous (inputs are added by the event driver).
      rhs: (_t, y, dydt) => {
        for (let i = 0; i < n; i++) {
          let s = 0;
          const row = i * n;
          for (let j = 0; j < n; j++) s += jac[row + j]! * y[j]!;
          dydt[i] = s;
        }
      },
      jacobian: (_t, _y, out) => out.set(jac),
    },
    y0: new Float64Array(n),
    columns: [...blocks.values()].map(plasmaColumn),
    finals: [...blocks.values()].map(aucColumn),
    doseEvents: (dose, time_h) => doseEvents(blocks, dose, time_h),
  };
}

function linearJacobian(blocks: readonly DrugBlock[], n: number): Float64Array {
  const J = new Float64Array(n * n);
  const flow = (from: number, to: number, k: number) => {
    J[from * n + from] -= k;
    if (to >= 0) J[to * n + from] += k;
  };
  for (const b of blocks) {
    const { pk, central } = b;
    for (const { state, ka_per_h } of b.depots.values()) flow(state, central, ka_per_h);
    flow(central, -1, pk.cl_l_h / pk.v1_l);
    if (b.periph2 >= 0) {
      flow(central, b.periph2, pk.q2_l_h / pk.v1_l);
      flow(b.periph2, central, pk.q2_l_h / pk.v2_l);
    }
    if (b.periph3 >= 0) {
      flow(central, b.periph3, pk.q3_l_h / pk.v1_l);
      flow(b.periph3, central, pk.q3_l_h / pk.v3_l);
    }
    J[b.auc * n + central] = 1 / pk.v1_l;
  }
  return J;
}

function plasmaColumn(b: DrugBlock): OutputColumn {
  const scale = NG_ML_PER_MG_L / b.pk.v1_l;
  return {
    name: `${b.drug.id}_plasma_ng_ml`,
    unit: "ng/mL",
    label: `${b.drug.name} in plasma`,
    compute: (_t, y) => y[b.central]! * scale,
  };
}

function aucColumn(b: DrugBlock): OutputColumn {
  return {
    name: `${b.drug.id}_auc_ng_h_ml`,
    unit: "ng·h/mL",
    label: `${b.drug.name} plasma AUC`,
    compute: (_t, y) => y[b.auc]! * NG_ML_PER_MG_L,
  };
}

function doseEvents(
  blocks: ReadonlyMap<string, DrugBlock>,
  dose: DoseSpec,
  time_h: number,
): ScheduledEvent[] {
  const b = blocks.get(dose.drug);
  if (!b) throw new RangeError(`drug "${dose.drug}" was not part of the compiled model`);
  const route = findRoute(b.drug, dose.route)!;
  const form = b.drug.forms.find((f) => f.id === dose.form);
  if (!form) throw new RangeError(`${dose.drug} has no form "${dose.form}"`);
  const amount_mg = dose.amount_mg * form.baseFraction.value * route.bioavailability.value;
  const t = time_h + (route.lag_h?.value ?? 0);
  const label = `${dose.amount_mg} mg ${dose.drug} ${dose.form} ${dose.route} (${dose.source})`;
  const depot = b.depots.get(dose.route);
  const state = depot ? depot.state : b.central;
  if (dose.duration_h > 0) {
    const rate = amount_mg / dose.duration_h;
    return [
      { kind: "rate", time: t, state, rate, label: `${label}: infusion starts` },
      { kind: "rate", time: t + dose.duration_h, state, rate: -rate, label: `${label}: infusion ends` },
    ];
  }
  return [{ kind: "bolus", time: t, state, amount: amount_mg, label }];
}
