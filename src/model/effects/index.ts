/**
 * Acute effects of mu-opioid receptor activation: euphoria, analgesia, sedation, nausea, itching, dry mouth,
 * flushing (0–1 indices) and pupil diameter (mm), each an operational-model transducer of the pool stimulus
 * S, anchored to clinical fentanyl concentration–effect data through the engine's binding. Algebraic in S:
 * no states.
 */
export {
  ACUTE_EFFECT_FIELDS,
  type AcuteEffects,
  acuteEffects,
  type EffectExponents,
  emptyAcuteEffects,
  tolerant,
} from "./acute.ts";
export {
  type AnchorBinding,
  type AnchoredTransducer,
  fentanylAnchorBinding,
  restingStimulusOf,
  stimulusAt,
  transducerThrough,
} from "./anchor.ts";
export {
  EFFECT_PARAMETERS,
  type EffectParameters,
  type PupilParameters,
  type Transducer,
} from "./parameters.ts";
export {
  clampStimulus,
  effectAboveRest,
  halfEffectStimulus,
  operationalResponse,
  positivePart,
} from "./transducer.ts";
