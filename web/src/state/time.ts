/**
 * The time unit the Explorer shows: minutes for runs of up to 6 h (overdose and rescue happen within
 * minutes), hours for longer ones. The data stay in hours (the engine's time_h); only display converts.
 */
export type TimeUnit = "min" | "h";

/** Longest run, in hours, whose times are shown in minutes. */
const MINUTES_UP_TO_H = 6;

export function timeUnitFor(duration_h: number): TimeUnit {
  return duration_h <= MINUTES_UP_TO_H ? "min" : "h";
}

/** Hours to the display unit. */
export function toUnit(h: number, unit: TimeUnit): number {
  return unit === "min" ? h * 60 : h;
}

/** The display unit back to hours. */
export function fromUnit(v: number, unit: TimeUnit): number {
  return unit === "min" ? v / 60 : v;
}

/** The axis title: `time (min)` or `time (h)`. */
export function timeAxisLabel(unit: TimeUnit): string {
  return `time (${unit})`;
}

/** A moment of the run for people to read: `10.5 min`, `12.25 h`, `72.0 h (day 3.0)`. */
export function clock(h: number, unit: TimeUnit): string {
  if (unit === "min") return `${(h * 60).toFixed(1)} min`;
  if (h < 48) return `${h.toFixed(2)} h`;
  return `${h.toFixed(1)} h (day ${(h / 24).toFixed(1)})`;
}
