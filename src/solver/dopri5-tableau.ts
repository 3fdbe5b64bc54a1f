/**
 * The Dormand–Prince 5(4) pair: J. R. Dormand & P. J. Prince, "A family of embedded Runge–Kutta formulae",
 * J. Comput. Appl. Math. 6 (1980) 19–26, as tabulated in Hairer, Nørsett & Wanner, *Solving ODEs I*, §II.5
 * Table 5.2, with the dense-output coefficients of L. F. Shampine, "Some practical Runge–Kutta formulas",
 * Math. Comp. 46 (1986) 135–150 (the `d` values of Hairer's dopri5.f, §II.6).
 *
 * Stage 7 is evaluated at the new solution (`b` equals row 7 of `a`), so it is reused as stage 1 of the next
 * step (FSAL). Written as exact rationals so that the order-condition test can check them.
 */
export const DOPRI5_TABLEAU = Object.freeze({
  c2: 1 / 5,
  c3: 3 / 10,
  c4: 4 / 5,
  c5: 8 / 9,
  a21: 1 / 5,
  a31: 3 / 40,
  a32: 9 / 40,
  a41: 44 / 45,
  a42: -56 / 15,
  a43: 32 / 9,
  a51: 19372 / 6561,
  a52: -25360 / 2187,
  a53: 64448 / 6561,
  a54: -212 / 729,
  a61: 9017 / 3168,
  a62: -355 / 33,
  a63: 46732 / 5247,
  a64: 49 / 176,
  a65: -5103 / 18656,
  /** Fifth-order weights b1…b6 (b2 = 0, b7 = 0); also row 7 of `a`. */
  a71: 35 / 384,
  a73: 500 / 1113,
  a74: 125 / 192,
  a75: -2187 / 6784,
  a76: 11 / 84,
  /** e = b − b̂, where b̂ are the embedded fourth-order weights (e2 = 0). */
  e1: 71 / 57600,
  e3: -71 / 16695,
  e4: 71 / 1920,
  e5: -17253 / 339200,
  e6: 22 / 525,
  e7: -1 / 40,
  /** Shampine's dense-output coefficients (d2 = 0). */
  d1: -12715105075 / 11282082432,
  d3: 87487479700 / 32700410799,
  d4: -10690763975 / 1880347072,
  d5: 701980252875 / 199316789632,
  d6: -1453857185 / 822651844,
  d7: 69997945 / 29380423,
});
