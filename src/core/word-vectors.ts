/** Cosine of two vectors of equal length (0 when either is all zeros). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0
  let normA = 0
  let normB = 0
  for (let k = 0; k < a.length; k++) {
    const x = a[k] ?? 0
    const y = b[k] ?? 0
    dot += x * y
    normA += x * x
    normB += y * y
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB)
}

/** Dot product of two unit vectors, i.e. their cosine, without re-normalising. */
export function dotProduct(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0
  for (let k = 0; k < a.length; k++) dot += (a[k] ?? 0) * (b[k] ?? 0)
  return dot
}

/** The unit-length weighted mean of vectors, or undefined when no weight is positive. */
export function weightedMean(
  vectors: ReadonlyArray<ArrayLike<number>>,
  weights: ReadonlyArray<number>,
  dimensions: number,
): Float32Array | undefined {
  const sum = new Float32Array(dimensions)
  let total = 0
  vectors.forEach((vector, row) => {
    const weight = weights[row] ?? 0
    if (weight <= 0) return
    total += weight
    for (let k = 0; k < dimensions; k++) sum[k] = (sum[k] ?? 0) + weight * (vector[k] ?? 0)
  })
  const norm = Math.hypot(...sum)
  if (total === 0 || norm === 0) return undefined
  return sum.map((value) => value / norm)
}
