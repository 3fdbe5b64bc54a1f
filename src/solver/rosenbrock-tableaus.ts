/**
 * Coefficient tables of the Rosenbrock methods, in the transformed form of Hairer & Wanner, *Solving
 * Ordinary Differential Equations II* (2nd ed. 1996), §IV.7 ("Implementation of Rosenbrock-type
 * methods"), which is the form rodas.f integrates: with stages u_i and W = I/(hγ) − J,
 *
 *   W·u_i = f(t + α_i·h, y + Σ_{j<i} a_ij·u_j) + Σ_{j<i} (c_ij/h)·u_j + γ_i·h·∂f/∂t,
 *   y_new = y + Σ b_j·u_j,   error estimate = Σ e_j·u_j.
 *
 * In terms of the classical coefficients (α_ij, γ_ij, b) with Γ = (γ_ij): (a_ij) = (α_ij)·Γ⁻¹,
 * (c_ij) = diag(1/γ) − Γ⁻¹, b_transformed = b·Γ⁻¹, α_i = Σ_j α_ij and γ_i = Σ_j γ_ij. The test
 * `test/solver/rosenbrock-order.test.ts` maps each table back and checks the order conditions.
 *
 * Dense output, when a table has one, is y(θ) = (1−θ)·y0 + θ·(y1 + (1−θ)·(K_1 + θ·(K_2 + θ·K_3 …)))
 * with K_r = Σ_j dense[r][j]·u_j (rodas.f's CONTRO; Julia's Rodas interpolants).
 */

/** One Rosenbrock method as data; the generic stepper in `rosenbrock.ts` runs any of them. */
export interface RosenbrockTableau {
  /** Short method name used in messages and `OdeSolver.method`. */
  readonly name: string;
  /** Classical order p of y_new. */
  readonly order: number;
  /** Order of the embedded solution; the error estimate is O(h^(embeddedOrder+1)). */
  readonly embeddedOrder: number;
  /** Diagonal γ of Γ. */
  readonly gamma: number;
  /** a_ij (j < i): row i lists the coefficients of u_1 … u_{i−1} in stage i's argument. */
  readonly a: readonly (readonly number[])[];
  /** c_ij (j < i), the coefficients of u_j/h on stage i's right-hand side. */
  readonly c: readonly (readonly number[])[];
  /** Stage times α_i (fractions of h). */
  readonly alpha: readonly number[];
  /** γ_i, the multipliers of h·∂f/∂t. */
  readonly gammaSum: readonly number[];
  /** Weights of u_j in y_new. */
  readonly b: readonly number[];
  /** Weights of u_j in the local error estimate (y_new − embedded solution). */
  readonly bErr: readonly number[];
  /**
   * Rows K_r of the built-in dense output, as weights of u_j. Empty: the stepper uses the cubic Hermite
   * interpolant from y and f at both step ends instead (3rd order; the end derivative is the next step's
   * first stage, so it costs nothing extra).
   */
  readonly dense: readonly (readonly number[])[];
  /** Order of the dense output (of the interpolant itself, not counting the step's own error). */
  readonly denseOrder: number;
}

function freezeTableau(t: RosenbrockTableau): RosenbrockTableau {
  for (const rows of [t.a, t.c, t.dense]) for (const r of rows) Object.freeze(r);
  for (const v of [t.a, t.c, t.dense, t.alpha, t.gammaSum, t.b, t.bErr]) Object.freeze(v);
  return Object.freeze(t);
}

/** Stiffly accurate (Rodas-type) weights: y_new is stage s's argument plus u_s, the error is u_s. */
function lastStageWeights(a: readonly (readonly number[])[]): { b: number[]; bErr: number[] } {
  const s = a.length;
  const b = [...a[s - 1], 1];
  const bErr = b.map((_, j) => (j === s - 1 ? 1 : 0));
  return { b, bErr };
}

/*
 * RODAS4: Hairer & Wanner, Solving ODEs II (1996), §IV.7 (method RODAS) with the coefficients of Hairer's
 * rodas.f (METH = 1), including its dense-output coefficients D21…D35. Order 4(3), six stages, L-stable,
 * stiffly accurate (stage 6 starts from the embedded solution and y_new = that + u_6, so the error estimate
 * is u_6). Transcribed from rodas.f as reproduced in Julia's OrdinaryDiffEqRosenbrock (`Rodas4Tableau`).
 */
const RODAS4_A = [
  [],
  [1.544],
  [0.9466785280815826, 0.2557011698983284],
  [3.314825187068521, 2.896124015972201, 0.9986419139977817],
  [1.221224509226641, 6.019134481288629, 12.53708332932087, -0.687886036105895],
  [1.221224509226641, 6.019134481288629, 12.53708332932087, -0.687886036105895, 1],
];

/** Rodas4 (Hairer & Wanner's RODAS, rodas.f): order 4(3), 6 stages, L-stable, 3rd-order dense output. */
export const RODAS4: RosenbrockTableau = freezeTableau({
  name: "rodas4",
  order: 4,
  embeddedOrder: 3,
  gamma: 0.25,
  a: RODAS4_A,
  c: [
    [],
    [-5.6688],
    [-2.430093356833875, -0.2063599157091915],
    [-0.1073529058151375, -9.594562251023355, -20.47028614809616],
    [7.496443313967647, -10.24680431464352, -33.99990352819905, 11.7089089320616],
    [8.083246795921522, -7.981132988064893, -31.52159432874371, 16.31930543123136, -6.058818238834054],
  ],
  alpha: [0, 0.386, 0.21, 0.63, 1, 1],
  gammaSum: [0.25, -0.1043, 0.1035, -0.0362, 0, 0],
  ...lastStageWeights(RODAS4_A),
  dense: [
    [10.12623508344586, -7.487995877610167, -34.80091861555747, -7.992771707568823, 1.025137723295662, 0],
    [-0.6762803392801253, 6.087714651680015, 16.43084320892478, 24.76722511418386, -6.594389125716872, 0],
  ],
  denseOrder: 3,
});

/*
 * RODAS5P: G. Steinebach, "Construction of Rosenbrock–Wanner method Rodas5P and numerical benchmarks within
 * the Julia Differential Equations package", BIT Numerical Mathematics 63, article 27 (2023). Order 5(4),
 * eight stages, L-stable, stiffly accurate, 4th-order dense output with three K rows. Values as in Julia's OrdinaryDiffEqRosenbrock (`Rodas5PTableau`); the order conditions
 * up to order 5 (4 for the embedded method and dense output) are checked numerically in the tests.
 */
const RODAS5P_A6 = [
  -7.502846399306121, 2.561846144803919, -11.627539656261098, -0.18268767659942256, 0.030198172008377946,
];
const RODAS5P_A = [
  [],
  [3.0],
  [2.849394379747939, 0.45842242204463923],
  [-6.954028509809101, 2.489845061869568, -10.358996098473584],
  [2.8029986275628964, 0.5072464736228206, -0.3988312541770524, -0.04721187230404641],
  RODAS5P_A6,
  [...RODAS5P_A6, 1],
  [...RODAS5P_A6, 1, 1],
];

/** Rodas5P (Steinebach 2023): order 5(4), 8 stages, L-stable, 4th-order dense output. */
export const RODAS5P: RosenbrockTableau = freezeTableau({
  name: "rodas5p",
  order: 5,
  embeddedOrder: 4,
  gamma: 0.21193756319429014,
  a: RODAS5P_A,
  c: [
    [],
    [-14.155112264123755],
    [-17.97296035885952, -2.859693295451294],
    [147.12150275711716, -1.41221402718213, 71.68940251302358],
    [165.43517024871676, -0.4592823456491126, 42.90938336958603, -5.961986721573306],
    [24.854864614690072, -3.0009227002832186, 47.4931110020768, 5.5814197821558125, -0.6610691825249471],
    [
      30.91273214028599, -3.1208243349937974, 77.79954646070892, 34.28646028294783, -19.097331116725623,
      -28.087943162872662,
    ],
    [
      37.80277123390563, -3.2571969029072276, 112.26918849496327, 66.9347231244047, -40.06618937091002,
      -54.66780262877968, -9.48861652309627,
    ],
  ],
  alpha: [0, 0.6358126895828704, 0.4095798393397535, 0.9769306725060716, 0.4288403609558664, 1, 1, 1],
  gammaSum: [
    0.21193756319429014, -0.42387512638858027, -0.3384627126235924, 1.8046452872882734, 2.325825639765069, 0,
    0, 0,
  ],
  ...lastStageWeights(RODAS5P_A),
  dense: [
    [
      25.948786856663858, -2.5579724845846235, 10.433815404888879, -2.3679251022685204, 0.524948541321073,
      1.1241088310450404, 0.4272876194431874, -0.17202221070155493,
    ],
    [
      -9.91568850695171, -0.9689944594115154, 3.0438037242978453, -24.495224566215796, 20.176138334709044,
      15.98066361424651, -6.789040303419874, -6.710236069923372,
    ],
    [
      11.419903575922262, 2.8879645146136994, 72.92137995996029, 80.12511834622643, -52.072871366152654,
      -59.78993625266729, -0.15582684282751913, 4.883087185713722,
    ],
  ],
  denseOrder: 4,
});

/**
 * Transformed coefficients from the classical (α_ij), (γ_ij) (lower triangular with diagonal γ), b and b̂
 * as papers print them: Γ⁻¹ by forward substitution, then a = α·Γ⁻¹, c = diag(1/γ) − Γ⁻¹, b·Γ⁻¹, and the
 * row sums α_i, γ_i.
 */
function fromClassical(alpha: number[][], gammaM: number[][], b: number[], bHat: number[]) {
  const s = b.length;
  const gInv = gammaM.map(() => new Array<number>(s).fill(0));
  for (let col = 0; col < s; col++) {
    for (let i = 0; i < s; i++) {
      let acc = i === col ? 1 : 0;
      for (let k = 0; k < i; k++) acc -= gammaM[i][k] * gInv[k][col];
      gInv[i][col] = acc / gammaM[i][i];
    }
  }
  const times = (v: number[]) => gInv[0].map((_, j) => v.reduce((acc, vi, i) => acc + vi * gInv[i][j], 0));
  const bT = times(b);
  const bHatT = times(bHat);
  return {
    gamma: gammaM[0][0],
    a: alpha.map((row, i) => times(row).slice(0, i)),
    c: gInv.map((row, i) => row.slice(0, i).map((v) => -v)),
    alpha: alpha.map((row) => row.reduce((x, y) => x + y, 0)),
    gammaSum: gammaM.map((row) => row.reduce((x, y) => x + y, 0)),
    b: bT,
    bErr: bT.map((v, j) => v - bHatT[j]),
  };
}

/*
 * ROS34PW2: J. Rang & L. Angermann, "New Rosenbrock W-methods of order 3 for partial differential algebraic
 * equations of index 1", BIT Numerical Mathematics 45 (2005) 761–787. Classical coefficients as printed
 * there (reproduced in Julia's OrdinaryDiffEqRosenbrock, `ROS34PW2Tableau`). Order 3(2), four stages (three
 * new function evaluations per step), L-stable and stiffly accurate; a W-method, so it keeps order 3 with an
 * approximate Jacobian; the embedded method is strongly A-stable (R̂(∞) ≈ 0.48), so its error estimate sees
 * stiff components. No dense output in the paper: the stepper uses Hermite interpolation.
 *
 * ROS3P (Lang & Verwer 2001) was the other candidate; its published embedded pair has R̂(z) = R(z) on the real
 * axis, so its error estimate vanishes on linear autonomous problems such as linear PK models (see
 * test/solver/rosenbrock-order.test.ts), and it is not shipped.
 */
const ROS34PW2_G = 0.435866521508459;

/** ROS34PW2 (Rang & Angermann 2005): order 3(2), 4 stages, L-stable W-method; Hermite dense output. */
export const ROS34PW2: RosenbrockTableau = freezeTableau({
  name: "ros34pw2",
  order: 3,
  embeddedOrder: 2,
  ...fromClassical(
    [
      [0, 0, 0, 0],
      [0.87173304301691801, 0, 0, 0],
      [0.84457060015369423, -0.11299064236484185, 0, 0],
      [0, 0, 1, 0],
    ],
    [
      [ROS34PW2_G, 0, 0, 0],
      [-0.87173304301691801, ROS34PW2_G, 0, 0],
      [-0.90338057013044082, 0.054180672388095326, ROS34PW2_G, 0],
      [0.24212380706095346, -1.2232505839045147, 0.54526025533510214, ROS34PW2_G],
    ],
    [0.24212380706095346, -1.2232505839045147, 1.545260255335102, ROS34PW2_G],
    [0.37810903145819369, -0.096042292212423178, 0.5, 0.2179332607542295],
  ),
  dense: [],
  denseOrder: 3,
});
