/** The full comparison's similarity of two versions (a then b), used to settle near-ties. */
export type RefineSimilarity = (a: number, b: number) => number

/** Each version's parent index (null for the root) and the root. */
export interface LineageTree {
  readonly root: number
  readonly parents: ReadonlyArray<number | null>
}

// Cheap shingle similarities this close are a tie the full comparison (alignment, paraphrase
// matching) settles: 0.03 is about one shared sentence in 800 words.
const TIE_MARGIN = 0.03
const MAX_TIED = 3

/**
 * The parent of each version: with `inOrder`, the earlier version it is most similar to (the
 * first is the root); otherwise a maximum spanning tree over the similarity, rooted at the version
 * with the highest total similarity to all others. Near-ties are settled by `refine`.
 */
export function chooseLineage(
  similarity: ReadonlyArray<ReadonlyArray<number>>,
  inOrder: boolean,
  refine: RefineSimilarity,
): LineageTree {
  const n = similarity.length
  const sim = (a: number, b: number): number => similarity[a]?.[b] ?? 0
  if (inOrder) {
    const parents: Array<number | null> = [null]
    for (let version = 1; version < n; version += 1) {
      const earlier = Array.from({ length: version }, (_, other) => other).sort(
        (a, b) => sim(version, b) - sim(version, a) || b - a,
      )
      parents.push(
        settle(
          earlier,
          (other) => sim(version, other),
          (other) => refine(other, version),
        ),
      )
    }
    return { root: 0, parents }
  }
  const totals = Array.from({ length: n }, (_, a) =>
    similarity[a]!.reduce((sum, value, b) => (a === b ? sum : sum + value), 0),
  )
  const root = totals.reduce((best, total, at) => (total > totals[best]! ? at : best), 0)
  const parents: Array<number | null> = Array.from({ length: n }, () => null)
  const inTree = new Set([root])
  // Prim's algorithm on a dense graph: for each version outside the tree, its best link into it.
  const best = Array.from({ length: n }, (_, version) => ({ to: root, score: sim(version, root) }))
  while (inTree.size < n) {
    const outside = Array.from({ length: n }, (_, version) => version)
      .filter((version) => !inTree.has(version))
      .sort((a, b) => best[b]!.score - best[a]!.score || a - b)
    // Edges: the best link of each outside version; near-ties between them are settled in full.
    const next = settle(
      outside,
      (version) => best[version]!.score,
      (version) => refine(best[version]!.to, version),
    )
    inTree.add(next)
    parents[next] = best[next]!.to
    for (const version of outside) {
      if (!inTree.has(version) && sim(version, next) > best[version]!.score) {
        best[version] = { to: next, score: sim(version, next) }
      }
    }
  }
  return { root, parents }
}

/**
 * The first of `sorted` (best cheap score first), unless others are within the tie margin: then
 * the one the full comparison scores highest.
 */
function settle(
  sorted: ReadonlyArray<number>,
  cheap: (item: number) => number,
  full: (item: number) => number,
): number {
  const first = sorted[0]!
  const tied = sorted.filter((item) => cheap(first) - cheap(item) <= TIE_MARGIN).slice(0, MAX_TIED)
  if (tied.length < 2) return first
  return tied.reduce((chosen, item) => (full(item) > full(chosen) ? item : chosen), first)
}
