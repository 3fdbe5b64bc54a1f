import { breathingExponents } from "../model/assemble.ts";
import { speciesLigand } from "../model/receptor/ligands.ts";
import { effectSiteC50_ng_ml } from "../model/respiration/c50.ts";
import { type GasClamp, isohypercapnicVentilation_l_min } from "../model/respiration/isohypercapnic.ts";
import { REFERENCE_CLAMP } from "../model/respiration/tolerance.ts";
import { findDrug, findSpecies } from "../pharmacology/catalog.ts";
import { ENDOGENOUS_OPIOID_TONE } from "../pharmacology/endogenous.ts";
import { routeFactor } from "../pharmacology/types.ts";
import { hoursBelow, minimumOf, peakOf, withdrawalOf } from "../report/metrics.ts";
import type { SeriesColumn, SimulationResult } from "../simulate.ts";
import type { Metric } from "./target.ts";

/**
 * Measures a metric on a simulation result the way the study measured it on people: from the concentration
 * curve (peaks, areas, log-linear half-lives), or dose/AUC for clearance.
 */
export function measure(result: SimulationResult, metric: Metric): number {
  return measureRaw(result, metric) * (metric.scale ?? 1);
}

function measureRaw(result: SimulationResult, metric: Metric): number {
  switch (metric.kind) {
    case "clearance_l_h":
      return clearance(result, metric.drug);
    case "final": {
      const v = result.finals[metric.name];
      if (v === undefined)
        throw new RangeError(
          `no final quantity ${metric.name}; have ${Object.keys(result.finals).join(", ")}`,
        );
      return v;
    }
    case "peak":
      return peakWithin(result, metric.column, metric.from_h, metric.to_h).peak;
    case "time_of_peak_h":
      return peakWithin(result, metric.column, metric.from_h, metric.to_h).time_h;
    case "withdrawal": {
      const w = withdrawalOf(column(result, "cows_total"), result);
      const v = w[metric.field];
      if (v === null) return Number.NaN;
      return metric.field === "peak" || metric.field === "onset_after_last_agonist_h"
        ? v
        : v - metric.since_h;
    }
    case "value_at": {
      const i = result.time_h.findIndex((t) => Math.abs(t - metric.time_h) < 1e-6);
      if (i < 0) throw new RangeError(`time ${metric.time_h} h is not on the output grid`);
      return column(result, metric.column).values[i]!;
    }
    case "minimum":
      return minimumOf(column(result, metric.column), result.time_h).min;
    case "time_of_minimum_h":
      return minimumOf(column(result, metric.column), result.time_h).time_h;
    case "value_at_peak": {
      const at = peakOf(column(result, metric.peak_of), result.time_h).time_h;
      return column(result, metric.column).values[result.time_h.indexOf(at)]!;
    }
    case "hours_below":
      return hoursBelow(column(result, metric.column), result.time_h, metric.threshold);
    case "event_time_h":
      return result.events.find((e) => e.type === metric.event)?.time ?? Number.NaN;
    case "event_count":
      return result.events.filter((e) => e.type === metric.event).length;
    case "fentanyl_c50_ng_ml":
      return fentanylC50(result, metric.paco2_mmhg);
    case "isohypercapnic_nadir_frac":
      return isohypercapnicNadir(result, metric.paco2_mmhg);
    case "auc":
      return trapezoid(result, metric.column, metric.from_h ?? 0, metric.to_h ?? Number.POSITIVE_INFINITY);
    case "half_life_h":
      return halfLife(result, metric.column, metric.from_h, metric.to_h);
  }
}

/** Peak of a column within [from_h, to_h] (the whole run by default). */
function peakWithin(result: SimulationResult, name: string, from_h = 0, to_h = Number.POSITIVE_INFINITY) {
  const c = column(result, name);
  let best = -1;
  for (let i = 0; i < c.values.length; i++) {
    const t = result.time_h[i]!;
    if (t < from_h - 1e-9 || t > to_h + 1e-9) continue;
    if (best < 0 || c.values[i]! > c.values[best]!) best = i;
  }
  if (best < 0) throw new RangeError(`no output time of ${name} in [${from_h}, ${to_h}] h`);
  return { peak: c.values[best]!, time_h: result.time_h[best]! };
}

/**
 * Total dose of base (mg) in a run, for dose normalisation. Only meaningful for one drug given at fixed
 * times, so anything else is refused rather than summed.
 */
export function totalDoseOfBase_mg(result: SimulationResult): number {
  const drugs = new Set(result.scenario.doses.map((d) => d.drug));
  if (drugs.size !== 1 || result.scenario.triggered.length > 0) {
    throw new RangeError(
      `dose_normalised needs a scenario with one drug given at fixed times; ${result.scenario.name} has ` +
        `${[...drugs].join(", ") || "none"}${result.scenario.triggered.length > 0 ? " and triggered doses" : ""}`,
    );
  }
  let total = 0;
  for (const d of result.scenario.doses) {
    const drug = findDrug(d.drug)!;
    total += d.amount_mg * drug.forms.find((f) => f.id === d.form)!.baseFraction.value;
  }
  return total;
}

function column(result: SimulationResult, name: string): SeriesColumn {
  const c = result.columns.find((x) => x.name === name);
  if (!c) throw new RangeError(`no column ${name}; have ${result.columns.map((x) => x.name).join(", ")}`);
  return c;
}

/** Parent species reaching the blood (mg) / its AUC(0–end) in L/h; run long enough for AUC to settle. */
function clearance(result: SimulationResult, drugId: string): number {
  const drug = findDrug(drugId);
  if (!drug) throw new RangeError(`unknown drug ${drugId}`);
  const parent = findSpecies(drug.parent)!;
  let systemic_mg = 0;
  for (const d of result.scenario.doses.filter((x) => x.drug === drugId)) {
    const form = drug.forms.find((f) => f.id === d.form)!;
    const base_mg = d.amount_mg * form.baseFraction.value * routeFactor(form, d.route);
    const route = drug.routes.find((r) => r.route === d.route)!;
    for (const del of route.deliveries)
      if (del.species === parent.id) systemic_mg += base_mg * del.fraction.value;
  }
  const auc_ng_h_ml = result.finals[`${parent.id}_auc_ng_h_ml`];
  if (auc_ng_h_ml === undefined) throw new RangeError(`no AUC for ${parent.id}`);
  return systemic_mg / (auc_ng_h_ml / 1000);
}

function trapezoid(result: SimulationResult, name: string, from_h: number, to_h: number): number {
  const v = column(result, name).values;
  const t = result.time_h;
  let area = 0;
  for (let i = 1; i < t.length; i++) {
    if (t[i - 1]! >= from_h && t[i]! <= to_h) area += 0.5 * (v[i]! + v[i - 1]!) * (t[i]! - t[i - 1]!);
  }
  return area;
}

/** Least-squares slope of ln C on [from, to] → ln 2 / −slope, as in non-compartmental analysis. */
function halfLife(result: SimulationResult, name: string, from_h: number, to_h: number): number {
  const v = column(result, name).values;
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  result.time_h.forEach((t, i) => {
    if (t < from_h || t > to_h || !(v[i]! > 0)) return;
    const y = Math.log(v[i]!);
    n++;
    sx += t;
    sy += y;
    sxx += t * t;
    sxy += t * y;
  });
  if (n < 3) throw new RangeError(`fewer than 3 positive points of ${name} in [${from_h}, ${to_h}] h`);
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return Math.LN2 / -slope;
}

function clampAt(paco2_mmhg: number | undefined): GasClamp {
  return paco2_mmhg === undefined ? REFERENCE_CLAMP : { ...REFERENCE_CLAMP, paco2_mmhg };
}

/** Fentanyl's C50 for the scenario's subject (its tolerance), at an isohypercapnic clamp. */
function fentanylC50(result: SimulationResult, paco2_mmhg: number | undefined): number {
  const fentanyl = findSpecies("fentanyl")!;
  return effectSiteC50_ng_ml({
    ligand: speciesLigand(fentanyl, -1)!,
    molarMass_g_mol: fentanyl.molarMass_g_mol.value,
    exponents: breathingExponents(result.scenario.subject),
    clamp: clampAt(paco2_mmhg),
    endogenousOccupancy: ENDOGENOUS_OPIOID_TONE.occupancy.value,
  });
}

/**
 * The lowest isohypercapnic ventilation over the run as a fraction of the drug-free value: the run's
 * receptor activation (drug part, A = (S − S0)/(1 − S0), S0 the first row's) fed to the clamped steady
 * state. That is what a study holding end-tidal PCO2 fixed measures; free breathing would let CO2 rise.
 */
function isohypercapnicNadir(result: SimulationResult, paco2_mmhg: number | undefined): number {
  const s = column(result, "mor_activation").values;
  const clamp = clampAt(paco2_mmhg);
  const exponents = breathingExponents(result.scenario.subject);
  const rest = isohypercapnicVentilation_l_min(0, exponents, clamp);
  const s0 = s[0]!;
  let peak = 0;
  for (const v of s) peak = Math.max(peak, (v - s0) / (1 - s0));
  return isohypercapnicVentilation_l_min(Math.min(1, peak), exponents, clamp) / rest;
}
