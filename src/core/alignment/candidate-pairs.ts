import type { SentenceUnit } from './text-units'

/** Sentence pairs worth scoring: right-side candidates per left sentence. */
export type CandidateLists = ReadonlyArray<ReadonlyArray<number>>

// Per left sentence: the best right sentences by shared-word weight...
const LEXICAL_CANDIDATES = 6
// ...and the sentences next to its neighbours' best matches and to its proportional position,
// which find paraphrases that share no informative word.
const POSITION_WINDOW = 0

/**
 * Candidate right sentences for each left sentence, from an inverted index of informative words
 * plus positional neighbours, so scoring stays near-linear instead of all pairs.
 */
export function candidatePairs(
  left: ReadonlyArray<SentenceUnit>,
  right: ReadonlyArray<SentenceUnit>,
  vocabularySize: number,
): CandidateLists {
  const postings = invertedIndex(right, vocabularySize)
  // A word in very many sentences links nothing in particular and would make this quadratic.
  const maxPostings = Math.max(12, Math.ceil(2 * Math.sqrt(right.length)))
  const scores = new Float64Array(right.length)
  const lexical = left.map((unit, i) => {
    const touched: number[] = []
    unit.bag.ids.forEach((id, position) => {
      const list = postings[id]
      if (!list || list.length > maxPostings) return
      const weight = unit.bag.weights[position] ?? 0
      for (const j of list) {
        if (scores[j] === 0) touched.push(j)
        scores[j] = (scores[j] ?? 0) + weight
      }
    })
    const expected = (i * right.length) / Math.max(left.length, 1)
    const best = selectTop(
      touched.filter((j) => right[j]?.heading === unit.heading),
      LEXICAL_CANDIDATES,
      scores,
      expected,
    )
    for (const j of touched) scores[j] = 0
    return best
  })
  return left.map((unit, i) => {
    const candidates = new Set(lexical[i])
    const near = (j: number | undefined): void => {
      if (j === undefined) return
      for (let k = j - POSITION_WINDOW; k <= j + POSITION_WINDOW; k++) {
        if (k >= 0 && k < right.length && right[k]?.heading === unit.heading) candidates.add(k)
      }
    }
    const previousBest = lexical[i - 1]?.[0]
    const nextBest = lexical[i + 1]?.[0]
    if (previousBest !== undefined) near(previousBest + 1)
    if (nextBest !== undefined) near(nextBest - 1)
    near(Math.round((i * right.length) / Math.max(left.length, 1)))
    return [...candidates].sort((a, b) => a - b)
  })
}

/**
 * The `count` best items, best first, by insertion into a short sorted list (count is small):
 * higher score first, then nearer the expected position.
 */
function selectTop(
  items: ReadonlyArray<number>,
  count: number,
  scores: Float64Array,
  expected: number,
): number[] {
  const top: number[] = []
  for (const item of items) {
    if (top.length === count && !isBetter(scores, expected, item, top[count - 1] ?? item)) continue
    let at = top.length
    while (at > 0 && isBetter(scores, expected, item, top[at - 1] ?? item)) at--
    top.splice(at, 0, item)
    if (top.length > count) top.pop()
  }
  return top
}

function isBetter(scores: Float64Array, expected: number, a: number, b: number): boolean {
  return (
    (scores[a] ?? 0) > (scores[b] ?? 0) ||
    ((scores[a] ?? 0) === (scores[b] ?? 0) && Math.abs(a - expected) < Math.abs(b - expected))
  )
}

function invertedIndex(units: ReadonlyArray<SentenceUnit>, size: number): number[][] {
  const postings: number[][] = Array.from({ length: size }, () => [])
  units.forEach((unit, j) => unit.bag.ids.forEach((id) => postings[id]?.push(j)))
  return postings
}
