/**
 * Neuroadaptation: tolerance (per-endpoint exponents on drug activation), dependence (locus coeruleus
 * counter-adaptation), withdrawal signs and the Clinical Opiate Withdrawal Scale.
 */
export { type ClinicalSigns, COWS_ITEMS, type CowsItem, cowsItems, cowsSeverity } from "./cows.ts";
export { type ToleranceScale, toleranceScale } from "./exponents.ts";
export { type AdaptationModel, type AdaptationStart, createAdaptation } from "./model.ts";
export {
  ADAPTATION_PARAMETERS,
  type AdaptationParameters,
  TOLERANCE_ENDPOINTS,
  type ToleranceEndpoint,
} from "./parameters.ts";
export { CHRONIC_REFERENCE, type ChronicReference } from "./reference.ts";
