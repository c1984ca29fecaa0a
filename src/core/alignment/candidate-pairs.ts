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
  const headingOnRight = Uint8Array.from(right, (unit) => (unit.heading ? 1 : 0))
  const lexical = lexicalCandidates(left, right, headingOnRight, vocabularySize)
  // Marks which right sentences a left sentence already has, by the left sentence's number + 1.
  const chosenBy = new Int32Array(right.length)
  const lists: number[][] = []
  for (let i = 0; i < left.length; i++) {
    const heading = (left[i] as SentenceUnit).heading ? 1 : 0
    const candidates: number[] = []
    for (const j of lexical[i] ?? []) addCandidate(candidates, chosenBy, i, j)
    const previousBest = lexical[i - 1]?.[0]
    const nextBest = lexical[i + 1]?.[0]
    const near: number[] = []
    if (previousBest !== undefined) near.push(previousBest + 1)
    if (nextBest !== undefined) near.push(nextBest - 1)
    near.push(Math.round((i * right.length) / Math.max(left.length, 1)))
    for (const j of near) {
      for (let k = j - POSITION_WINDOW; k <= j + POSITION_WINDOW; k++) {
        if (k >= 0 && k < right.length && headingOnRight[k] === heading) {
          addCandidate(candidates, chosenBy, i, k)
        }
      }
    }
    lists.push(candidates.sort((a, b) => a - b))
  }
  return lists
}

function addCandidate(candidates: number[], chosenBy: Int32Array, i: number, j: number): void {
  if (chosenBy[j] === i + 1) return
  chosenBy[j] = i + 1
  candidates.push(j)
}

/**
 * Per left sentence, the right sentences of the same kind that share the most word weight with it
 * (see `selectTop`). A function of its own: V8 compiles a hot loop's whole function, and again
 * after each full garbage collection.
 */
function lexicalCandidates(
  left: ReadonlyArray<SentenceUnit>,
  right: ReadonlyArray<SentenceUnit>,
  headingOnRight: Uint8Array,
  vocabularySize: number,
): ReadonlyArray<Int32Array> {
  const postings = invertedIndex(right, vocabularySize)
  // A word in very many sentences links nothing in particular and would make this quadratic.
  const maxPostings = Math.max(12, Math.ceil(2 * Math.sqrt(right.length)))
  // Scratch space for one left sentence at a time: this loop touches every posting it reads.
  const scores = new Float64Array(right.length)
  const touched = new Int32Array(right.length)
  const lexical: Int32Array[] = []
  for (let i = 0; i < left.length; i++) {
    const unit = left[i] as SentenceUnit
    const heading = unit.heading ? 1 : 0
    const { ids, weights } = unit.bag
    // Sentences in the order first touched: ties in `selectTop` keep that order.
    let touchedCount = 0
    for (let position = 0; position < ids.length; position++) {
      const id = ids[position] as number
      const from = postings.offsets[id] as number
      const to = postings.offsets[id + 1] as number
      if (to - from > maxPostings) continue
      const weight = weights[position] ?? 0
      for (let p = from; p < to; p++) {
        const j = postings.sentences[p] as number
        if (scores[j] === 0) touched[touchedCount++] = j
        scores[j] = (scores[j] as number) + weight
      }
    }
    const expected = (i * right.length) / Math.max(left.length, 1)
    lexical.push(selectTop(touched, touchedCount, headingOnRight, heading, scores, expected))
    for (let t = 0; t < touchedCount; t++) scores[touched[t] as number] = 0
  }
  return lexical
}

/**
 * The `LEXICAL_CANDIDATES` best of the first `count` touched sentences of the same kind (heading
 * or not), best first, by insertion into a short sorted list: higher score first, then nearer the
 * expected position, then touched first.
 */
function selectTop(
  touched: Int32Array,
  count: number,
  headingOnRight: Uint8Array,
  heading: number,
  scores: Float64Array,
  expected: number,
): Int32Array {
  const top = new Int32Array(LEXICAL_CANDIDATES)
  let size = 0
  for (let t = 0; t < count; t++) {
    const item = touched[t] as number
    if (headingOnRight[item] !== heading) continue
    if (size === LEXICAL_CANDIDATES && !isBetter(scores, expected, item, top[size - 1] as number)) {
      continue
    }
    let at = size
    while (at > 0 && isBetter(scores, expected, item, top[at - 1] as number)) at--
    const last = Math.min(size, LEXICAL_CANDIDATES - 1)
    for (let k = last; k > at; k--) top[k] = top[k - 1] as number
    top[at] = item
    if (size < LEXICAL_CANDIDATES) size++
  }
  return top.subarray(0, size)
}

function isBetter(scores: Float64Array, expected: number, a: number, b: number): boolean {
  const scoreA = scores[a] as number
  const scoreB = scores[b] as number
  return scoreA > scoreB || (scoreA === scoreB && Math.abs(a - expected) < Math.abs(b - expected))
}

/** Right sentences by word id, as one flat list: those of word `id` sit at offsets[id]..[id + 1]. */
interface Postings {
  readonly offsets: Int32Array
  readonly sentences: Int32Array
}

function invertedIndex(units: ReadonlyArray<SentenceUnit>, size: number): Postings {
  const offsets = new Int32Array(size + 1)
  for (const unit of units) {
    for (const id of unit.bag.ids) offsets[id + 1] = (offsets[id + 1] as number) + 1
  }
  for (let id = 0; id < size; id++) {
    offsets[id + 1] = (offsets[id + 1] as number) + (offsets[id] as number)
  }
  const next = offsets.slice(0, size)
  const sentences = new Int32Array(offsets[size] as number)
  units.forEach((unit, j) => {
    for (const id of unit.bag.ids) {
      const at = next[id] as number
      sentences[at] = j
      next[id] = at + 1
    }
  })
  return { offsets, sentences }
}
