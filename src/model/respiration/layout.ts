/**
 * The submodel's states, in order, relative to its offset in the engine's state vector. Names carry
 * units; "l_l" is litres of gas (STPD) per litre of blood or tissue.
 */
export const RESPIRATION_STATES = [
  "alveolar_pco2_mmhg",
  "alveolar_po2_mmhg",
  "brain_co2_content_l_l",
  "brain_o2_content_l_l",
  "tissue_co2_content_l_l",
  "tissue_o2_content_l_l",
  /** Fractional change of brain flow from CO2 (follows its target with τ 20 s). */
  "brain_flow_co2_response",
  /** Fractional change of brain flow from hypoxia (τ 10 s); tissue flow rises by 0.32 of it. */
  "flow_o2_response",
  "peripheral_drive_l_min",
  "central_drive_l_min",
  /** Hypoxic modulation of the peripheral gain (τ 300 s). */
  "hypoxic_gain",
  /** Multiplies brain and tissue flow; 1 until collapse starts, then decays towards 0. */
  "circulation_factor",
  /** 1 while collapse is due or under way, else 0 (changed only by events). */
  "collapse_flag",
  /** Seconds since collapse started (0 before). */
  "collapse_elapsed_s",
  /** Hypoxic episodes whose collapse was cancelled because PaO2 had recovered (changed only by events). */
  "hypoxic_episodes_survived",
] as const;

/**
 * Local index of each state. Hot code destructures this once at module load (`const { PAO2 } = STATE`):
 * under the tsx and vite transforms every read of an imported binding is a getter call.
 */
export const STATE = Object.freeze({
  PACO2: 0,
  PAO2: 1,
  BRAIN_CO2: 2,
  BRAIN_O2: 3,
  TISSUE_CO2: 4,
  TISSUE_O2: 5,
  FLOW_CO2: 6,
  FLOW_O2: 7,
  DRIVE_PERIPHERAL: 8,
  DRIVE_CENTRAL: 9,
  HYPOXIC_GAIN: 10,
  CIRCULATION: 11,
  COLLAPSE_FLAG: 12,
  COLLAPSE_ELAPSED: 13,
  EPISODES: 14,
});

/** The leading states blood gas depends on (PACO2 … FLOW_O2): what the peripheral chemoreceptors read delayed. */
export const GAS_STATES = 8;

/** Number of states. */
export const RESPIRATION_SIZE = RESPIRATION_STATES.length;
/** The leading states that are physiology (the rest are collapse bookkeeping); the baseline solves for them. */
export const PHYSIOLOGY_SIZE = 11;
