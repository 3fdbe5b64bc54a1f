/**
 * Root of a continuous scalar function on [a, b] where g(a) and g(b) have opposite signs (or g(b) = 0), by
 * the Illinois variant of regula falsi (Dowell & Jarratt 1971): superlinear like the secant method, but
 * the bracket never stalls because a retained end's value is halved. Returns the smallest point found with
 * g ≤ 0 relative to the side of `a`, i.e. the right end of the final bracket, so the condition certainly
 * holds at the returned time.
 *
 * @example
 * findRoot((t) => t * t - 2, 0, 2, 1e-12) // ≈ 1.41421356237
 */
export function findRoot(g: (t: number) => number, a: number, b: number, tol: number): number {
  let ga = g(a);
  let gb = g(b);
  if (gb === 0) return b;
  if (ga === 0) return a;
  let side = 0;
  for (let iter = 0; iter < 200 && b - a > tol; iter++) {
    const c = (a * gb - b * ga) / (gb - ga);
    // Guard against a secant point outside the bracket (round-off when ga ≈ gb).
    const t = c > a && c < b ? c : 0.5 * (a + b);
    const gt = g(t);
    if (gt === 0) return t;
    if (Math.sign(gt) === Math.sign(gb)) {
      b = t;
      gb = gt;
      if (side === -1) ga *= 0.5;
      side = -1;
    } else {
      a = t;
      ga = gt;
      if (side === 1) gb *= 0.5;
      side = 1;
    }
  }
  return b;
}
