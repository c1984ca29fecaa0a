/**
 * Indices of the heaviest subsequence of `values` that strictly increases, in O(n log n) with a
 * Fenwick tree of prefix maxima over the ranks of the values.
 */
export function heaviestIncreasingSubsequence(
  values: ReadonlyArray<number>,
  weights: ReadonlyArray<number>,
): ReadonlyArray<number> {
  const ranks = [...new Set(values)].sort((a, b) => a - b)
  const rankOf = new Map(ranks.map((value, rank) => [value, rank + 1]))
  const treeBest = new Float64Array(ranks.length + 1)
  const treeAt = new Int32Array(ranks.length + 1).fill(-1)
  const total = new Float64Array(values.length)
  const previous = new Int32Array(values.length).fill(-1)
  values.forEach((value, index) => {
    const rank = rankOf.get(value) ?? 1
    let best = 0
    let bestAt = -1
    // Best chain ending on a strictly smaller value: prefix maximum over ranks < rank.
    for (let r = rank - 1; r > 0; r -= r & -r) {
      if ((treeBest[r] ?? 0) > best) {
        best = treeBest[r] ?? 0
        bestAt = treeAt[r] ?? -1
      }
    }
    total[index] = best + (weights[index] ?? 0)
    previous[index] = bestAt
    for (let r = rank; r < treeBest.length; r += r & -r) {
      if ((total[index] ?? 0) > (treeBest[r] ?? 0)) {
        treeBest[r] = total[index] ?? 0
        treeAt[r] = index
      }
    }
  })
  let end = -1
  total.forEach((value, index) => {
    if (end < 0 || value > (total[end] ?? 0)) end = index
  })
  const chain: number[] = []
  for (let index = end; index >= 0; index = previous[index] ?? -1) chain.push(index)
  return chain.reverse()
}
