import fc from "fast-check";

// CI must give the same verdict on every run: property tests draw their cases from this fixed seed
// unless they name their own. (A random seed once failed CI on a 1-ulp rounding case that no local run
// had drawn.) To explore new cases locally: FC_SEED=<n> npx vitest run.
const seed = Number(process.env["FC_SEED"] ?? 20261204);
fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 20261204 });
