import { compareArticles, DEFAULT_COMPARE_OPTIONS } from '../../core'
import type { ArticleInput, Comparison, WordVectors } from '../../core'

// A short made-up story and its rewrite with what the lenses look for: a headline, reordered and
// reworded paragraphs, an altered and a paraphrased quotation, changed numbers, dates and names.
const ORIGINAL = `Council approves new bridge over the river

The city council voted 7-2 on Tuesday to approve a $14 million bridge, Mayor Ana Ruiz said.

"This bridge will connect two neighbourhoods that have been apart for too long," Ruiz told reporters.

Construction is due to start in March 2027 and should take about 18 months, officials said.

Critics, including councillor Tom Baker, said the cost had doubled since 2024.`

const REWRITE = `City votes for $15m river bridge

Construction should begin in March 2027 and last roughly a year and a half, according to officials.

Councillors voted 7-2 on Tuesday in favour of the $15 million crossing, according to Mayor Ana Ruiz.

"This bridge will finally join two neighbourhoods that were apart for far too long," Ruiz said.

Councillor Tom Baker argued the price had more than doubled since 2024.`

/** The two sample articles the compare worker warms the engine with. */
export const WARM_UP_PAIR: readonly [ArticleInput, ArticleInput] = [
  { path: 'warm-up-original', text: ORIGINAL },
  { path: 'warm-up-rewrite', text: REWRITE },
]

/**
 * Compares the sample pair once, with stand-in word vectors, so that the engine's code is loaded
 * and compiled before the user's first compare: the worker runs this as it starts, when the window
 * opens, instead of during the first click.
 */
export function warmUpEngine(): Comparison {
  const [left, right] = WARM_UP_PAIR
  const dimensions = 100
  const known = new Map<string, Float32Array>()
  const vectors: WordVectors = {
    dimensions,
    vectorOf: (word) => {
      let vector = known.get(word)
      if (!vector) known.set(word, (vector = pseudoVector(word, dimensions)))
      return vector
    },
  }
  return compareArticles(left, right, DEFAULT_COMPARE_OPTIONS, vectors)
}

/** A unit vector derived from the word's letters: stable, and unlike any other word's. */
function pseudoVector(word: string, dimensions: number): Float32Array {
  let state = 2166136261
  for (let k = 0; k < word.length; k++) state = Math.imul(state ^ word.charCodeAt(k), 16777619)
  const vector = Array.from({ length: dimensions }, () => {
    state = Math.imul(state ^ (state >>> 15), 2246822507) >>> 0
    return state / 4294967296 - 0.5
  })
  const norm = Math.hypot(...vector) || 1
  return Float32Array.from(vector, (value) => value / norm)
}

/** How the warm-up passes are paced, and what they run (tests pass fakes). */
export interface WarmUpSchedule {
  readonly passes: number
  /** Milliseconds between the first pass and the second. */
  readonly pause: number
  readonly run: () => void
  /** True once a real request has come: no pass starts after that. */
  readonly stopped: () => boolean
  readonly later: (next: () => void, milliseconds: number) => void
}

/**
 * Runs the first warm-up pass now and the others later, each as its own task, until `passes` have
 * run, one throws (the first real compare reports what is wrong) or `stopped()` says a request came.
 */
export function scheduleWarmUp(schedule: WarmUpSchedule): void {
  const pass = (done: number): void => {
    if (done >= schedule.passes || schedule.stopped()) return
    try {
      schedule.run()
    } catch {
      return
    }
    schedule.later(() => pass(done + 1), done === 0 ? schedule.pause : 0)
  }
  pass(0)
}
