// Multinomial logistic regression over sparse text features, trained with AdaGrad. Deterministic:
// the same data always gives the same weights, so the shipped model can be checked against the data.
import { features } from '../text/features.ts'

export interface Example<L extends string> {
  text: string
  label: L
}

export interface TrainOptions {
  epochs?: number
  learningRate?: number
  l2?: number
  seed?: number
}

/** feature -> one weight per label */
export interface FeatureWeights {
  readonly size: number
  get(feature: string): ArrayLike<number> | undefined
}

export interface LinearModel<L extends string> {
  labels: L[]
  bias: number[]
  weights: FeatureWeights
  /** Scores are divided by it before the softmax (temperature scaling); 1 when not calibrated. */
  temperature?: number
}

export interface TrainedModel<L extends string> extends LinearModel<L> {
  weights: Map<string, Float64Array>
}

export function trainLogisticRegression<L extends string>(
  examples: Example<L>[],
  labels: readonly L[],
  { epochs = 20, learningRate = 0.2, l2 = 0.001, seed = 1 }: TrainOptions = {}
): TrainedModel<L> {
  const n = labels.length
  const weights = new Map<string, Float64Array>()
  const squaredGradients = new Map<string, Float64Array>()
  const bias = new Float64Array(n)
  const data = examples.map((e) => ({ features: features(e.text), label: labels.indexOf(e.label) }))
  let state = seed
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647

  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher-Yates with the seeded generator.
    const order = data.map((_, i) => i)
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const i of order) {
      const example = data[i]!
      const probabilities = softmax(scores(bias, weights, example.features))
      for (let j = 0; j < n; j++) {
        const gradient = probabilities[j]! - (j === example.label ? 1 : 0)
        bias[j]! -= learningRate * gradient * 0.1
        for (const f of example.features) {
          let w = weights.get(f)
          let g = squaredGradients.get(f)
          if (!w || !g) {
            weights.set(f, (w = new Float64Array(n)))
            squaredGradients.set(f, (g = new Float64Array(n)))
          }
          const step = gradient + l2 * w[j]!
          g[j]! += step * step
          w[j]! -= (learningRate * step) / Math.sqrt(g[j]! + 1e-8)
        }
      }
    }
  }
  return { labels: [...labels], bias: [...bias], weights }
}

/**
 * The average of `folds` models, each trained on the examples less one fold (every `folds`-th) with its
 * own shuffle: averaging their weights averages their scores, so a borderline text is read the same
 * whatever order one run saw the data in. Deterministic, and the same size as one model.
 */
export function trainFoldAveraged<L extends string>(
  examples: Example<L>[],
  labels: readonly L[],
  folds = 5,
  options: TrainOptions = {}
): TrainedModel<L> {
  const weights = new Map<string, Float64Array>()
  const bias = new Array<number>(labels.length).fill(0)
  for (let fold = 0; fold < folds; fold++) {
    const seed = (options.seed ?? 1) + fold
    const model = trainLogisticRegression(
      examples.filter((_, i) => i % folds !== fold),
      labels,
      { ...options, seed }
    )
    for (const [feature, w] of model.weights) {
      let sum = weights.get(feature)
      if (!sum) weights.set(feature, (sum = new Float64Array(labels.length)))
      for (let j = 0; j < w.length; j++) sum[j]! += w[j]! / folds
    }
    for (let j = 0; j < labels.length; j++) bias[j]! += model.bias[j]! / folds
  }
  return { labels: [...labels], bias, weights }
}

/** Probability of each label, best first. */
/** `spelled`: a word the model never saw is read as its likeliest spelling ("stuk" as "stuck"). */
export function predict<L extends string>(
  model: LinearModel<L>,
  text: string,
  { spelled = true }: { spelled?: boolean } = {}
): Array<{ label: L; score: number }> {
  const known = (word: string) => model.weights.get(`w:${word}`) !== undefined
  const raw = scores(model.bias, model.weights, features(text, spelled ? known : undefined))
  const probabilities = softmax(raw.map((v) => v / (model.temperature ?? 1)))
  return model.labels.map((label, i) => ({ label, score: probabilities[i]! })).sort((a, b) => b.score - a.score)
}

/**
 * Temperature scaling (Guo et al., 2017): the one temperature that makes the model's probabilities
 * honest on examples it was not trained on, by the least negative log-likelihood over a grid. Used on
 * the calibration split, so a score of 0.9 means right about 9 times in 10.
 */
export function fitTemperature<L extends string>(model: LinearModel<L>, examples: Example<L>[]): number {
  const data = examples.map((e) => ({
    s: scores(model.bias, model.weights, features(e.text)),
    y: model.labels.indexOf(e.label)
  }))
  let best = { t: 1, loss: Number.POSITIVE_INFINITY }
  for (let t = 0.25; t <= 4.001; t += 0.05) {
    let loss = 0
    for (const { s, y } of data) loss -= Math.log(Math.max(softmax(s.map((v) => v / t))[y]!, 1e-12))
    if (loss < best.loss) best = { t: Math.round(t * 100) / 100, loss }
  }
  return best.t
}

function scores(bias: ArrayLike<number>, weights: FeatureWeights, fs: string[]): Float64Array {
  const s = Float64Array.from(bias)
  for (const f of fs) {
    const w = weights.get(f)
    if (w) for (let j = 0; j < s.length; j++) s[j]! += w[j]!
  }
  return s
}

function softmax(s: Float64Array): Float64Array {
  const max = Math.max(...s)
  const exp = s.map((v) => Math.exp(v - max))
  const sum = exp.reduce((a, b) => a + b, 0)
  return exp.map((v) => v / sum)
}

/**
 * Compact JSON form for shipping: the feature names joined by newlines and the weights quantised to
 * int8 (one scale for the whole model), base64-encoded. About a third of the size of plain JSON, with
 * the same predictions on the held-out set.
 */
export interface SerializedModel {
  labels: string[]
  temperature?: number
  bias: number[]
  scale: number
  features: string
  weights: string
}

export function serializeModel<L extends string>(model: TrainedModel<L>): SerializedModel {
  const entries = [...model.weights].sort(([a], [b]) => (a < b ? -1 : 1))
  // A loop, not Math.max(...all): past ~120k weights the spread overflows the call stack.
  let max = 0
  for (const [, w] of entries) for (const v of w) max = Math.max(max, Math.abs(v))
  const scale = max / 127
  const quantised = Int8Array.from(entries.flatMap(([, w]) => [...w].map((v) => Math.round(v / scale))))
  return {
    labels: model.labels,
    ...(model.temperature ? { temperature: model.temperature } : {}),
    bias: model.bias.map((v) => Math.round(v * 1e4) / 1e4),
    scale,
    features: entries.map(([f]) => f).join('\n'),
    weights: Buffer.from(quantised.buffer).toString('base64')
  }
}

/**
 * The shipped form, read as it is: the features stay one sorted array searched by halves and the
 * weights one buffer, so a cold start builds no map of thousands of entries to classify its first
 * message.
 */
export function deserializeModel<L extends string>(data: SerializedModel): LinearModel<L> {
  const n = data.labels.length
  const quantised = new Int8Array(Buffer.from(data.weights, 'base64'))
  const all = new Float32Array(quantised.length)
  for (let i = 0; i < quantised.length; i++) all[i] = quantised[i]! * data.scale
  return {
    labels: data.labels as L[],
    bias: data.bias,
    weights: new SortedWeights(data.features.split('\n'), all, n),
    temperature: data.temperature ?? 1
  }
}

class SortedWeights implements FeatureWeights {
  constructor(
    private readonly features: string[],
    private readonly all: Float32Array,
    private readonly n: number
  ) {}

  get size(): number {
    return this.features.length
  }

  // serializeModel sorted the features with the same `<` (by UTF-16 code units) this search uses.
  get(feature: string): Float32Array | undefined {
    let low = 0
    let high = this.features.length - 1
    while (low <= high) {
      const mid = (low + high) >>> 1
      const at = this.features[mid]!
      if (at === feature) return this.all.subarray(mid * this.n, (mid + 1) * this.n)
      if (at < feature) low = mid + 1
      else high = mid - 1
    }
    return undefined
  }
}
