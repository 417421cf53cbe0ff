/**
 * Optimisers over lists of parameter tensors and their gradients (same order, same lengths),
 * updating the parameters in place — PyTorch's torch.optim.SGD and torch.optim.Adam updates.
 */

export interface SgdOptions {
  /** learning rate */
  lr: number;
  /** momentum factor; default 0 (plain SGD) */
  momentum?: number;
  /** L2 penalty added to the gradient; default 0 */
  weightDecay?: number;
}

export interface AdamOptions {
  /** learning rate; default 1e-3 */
  lr?: number;
  /** decay of the running mean of gradients; default 0.9 */
  beta1?: number;
  /** decay of the running mean of squared gradients; default 0.999 */
  beta2?: number;
  /** added to √v̂ so the step stays finite; default 1e-8 */
  eps?: number;
  /** L2 penalty added to the gradient (Adam, not AdamW); default 0 */
  weightDecay?: number;
}

/** What an optimiser remembers between steps. */
export interface OptimizerState {
  /** steps taken */
  t: number;
  /** SGD: momentum buffers; Adam: first moments m */
  m: Float64Array[];
  /** Adam: second moments v (unused by SGD) */
  v: Float64Array[];
}

/** Zeroed state for these parameters. */
export function optimizerState(params: readonly Float64Array[]): OptimizerState {
  return {
    t: 0,
    m: params.map((p) => new Float64Array(p.length)),
    v: params.map((p) => new Float64Array(p.length)),
  };
}

/** One SGD step: buf = μ·buf + g (buf = g at the first step); θ −= lr·buf. */
export function sgdStep(
  params: readonly Float64Array[],
  grads: readonly Float64Array[],
  state: OptimizerState,
  opts: SgdOptions,
): void {
  const { lr, momentum = 0, weightDecay = 0 } = opts;
  state.t += 1;
  params.forEach((p, k) => {
    const g = grads[k];
    const buf = state.m[k];
    for (let n = 0; n < p.length; n++) {
      const gn = g[n] + weightDecay * p[n];
      buf[n] = momentum === 0 || state.t === 1 ? gn : momentum * buf[n] + gn;
      p[n] -= lr * buf[n];
    }
  });
}

/**
 * One Adam step (Kingma & Ba, Algorithm 1, as torch.optim.Adam computes it):
 *   m = β1·m + (1 − β1)·g;  v = β2·v + (1 − β2)·g²
 *   θ −= lr · (m / (1 − β1ᵗ)) / (√(v / (1 − β2ᵗ)) + ε)
 */
export function adamStep(
  params: readonly Float64Array[],
  grads: readonly Float64Array[],
  state: OptimizerState,
  opts: AdamOptions = {},
): void {
  const { lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, weightDecay = 0 } = opts;
  state.t += 1;
  const c1 = 1 - beta1 ** state.t;
  const c2 = 1 - beta2 ** state.t;
  params.forEach((p, k) => {
    const g = grads[k];
    const m = state.m[k];
    const v = state.v[k];
    for (let n = 0; n < p.length; n++) {
      const gn = g[n] + weightDecay * p[n];
      m[n] = beta1 * m[n] + (1 - beta1) * gn;
      v[n] = beta2 * v[n] + (1 - beta2) * gn * gn;
      p[n] -= (lr * (m[n] / c1)) / (Math.sqrt(v[n] / c2) + eps);
    }
  });
}

/**
 * Scales the gradients in place so their global L2 norm is at most maxNorm, like
 * torch.nn.utils.clip_grad_norm_ (factor maxNorm / (norm + 1e-6) when below 1). Returns the norm
 * before clipping; a non-finite norm is returned with the gradients untouched, for the caller to
 * treat as divergence.
 */
export function clipGradNorm(grads: readonly Float64Array[], maxNorm: number): number {
  let sq = 0;
  for (const g of grads) for (let n = 0; n < g.length; n++) sq += g[n] * g[n];
  const norm = Math.sqrt(sq);
  if (!Number.isFinite(norm)) return norm;
  const scale = maxNorm / (norm + 1e-6);
  if (scale < 1) for (const g of grads) for (let n = 0; n < g.length; n++) g[n] *= scale;
  return norm;
}
