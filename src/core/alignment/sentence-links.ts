import { progressCounter, progressSpan } from '../progress'
import type { ProgressReport } from '../progress'
import { candidatePairs } from './candidate-pairs'
import type { CandidateLists } from './candidate-pairs'
import { matchBags } from './soft-match'
import type { BagMatch, BagMatcher } from './soft-match'
import type { AlignmentInput, SentenceUnit, WordBag } from './text-units'

/** Two sentences, one per side, judged to report a common statement. */
export interface SentenceLink {
  readonly left: number
  readonly right: number
  readonly match: BagMatch
}

// Thresholds were chosen on all of ../shared/corpora at once (recall against precision), never
// per pair. A pair shares a statement when its words cover each other well (F1), or when one is
// mostly contained in the other (a sentence split out of a longer one) with enough weight.
const MIN_F1 = 0.35
const MIN_CONTAINMENT = 0.65
const MIN_CONTAINED_F1 = 0.25
// A link must be close to the best link of one of its two sentences: a sentence that has a
// clear counterpart does not also share statements with everything on the same topic.
const RELATIVE_TO_BEST = 0.8
// A statement repeated throughout a long text links a sentence to its nearest few copies only.
const MAX_LINKS_PER_SENTENCE = 3
// Paraphrases share few words, so a weaker pair is also linked when it stands out from chance:
// it must beat what most random sentence pairs of the same two texts score (same topic, same
// names), and be its sentences' best match by a clear margin over their runner-up (the ratio
// test of feature matching), so a sentence with no counterpart does not take its nearest one.
const NULL_SAMPLES = 400
// Fewer sentence pairs than this say nothing about chance: short texts use the fixed thresholds.
const MIN_NULL_PAIRS = 50
const NULL_QUANTILE = 0.9
const MIN_DISTINCT_F1 = 0.1
const RUNNER_UP_RATIO = 1.6
// Best for both sentences above chance; or best for one of them (the other may report several
// statements, each with its own counterpart) with twice the chance score.
const ONE_SIDED_CHANCE_FACTOR = 2
const MIN_ONE_SIDED_F1 = 0.25
// Sentences next to each other that both have their counterparts: the offsets, on both sides, at
// which an accepted link vouches for a weaker one (diagonal, split and merge neighbours).
const NEIGHBOURS: ReadonlyArray<readonly [number, number]> = [
  [-1, -1],
  [1, 1],
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
]

/** Scores candidate sentence pairs and keeps those that report a common statement. */
export function linkSentences(
  input: AlignmentInput,
  matcher: BagMatcher,
  progress?: ProgressReport,
): ReadonlyArray<SentenceLink> {
  const left = input.left.units
  const right = input.right.units
  const candidates = candidatePairs(left, right, input.vocabulary.size)
  const leftRanks = topTwo(left.length)
  const rightRanks = topTwo(right.length)
  // On a 1 MB pair: finding the candidates ~25% of this step, scoring them ~50%, choosing the rest.
  progress?.(0.25)
  // Without a progress report the counter is progress.ts's one module-level no-op.
  const scoredUpTo = progressCounter(progressSpan(progress, 0.25, 0.75), candidates.length, 22)
  const all = scoreCandidates(input, candidates, matcher, leftRanks, rightRanks, scoredUpTo)
  const chance = Math.max(MIN_DISTINCT_F1, nullQuantile(left, right, matcher))
  const oneSidedChance = Math.max(MIN_ONE_SIDED_F1, ONE_SIDED_CHANCE_FACTOR * chance)
  const bestOfLeft = new Float64Array(left.length)
  const bestOfRight = new Float64Array(right.length)
  const twoStatements = partnersByClause(all, input, matcher)
  const rightCount = right.length
  const scored: SentenceLink[] = all.filter((link) => {
    const { f1 } = link.match
    const pairKey = link.left * rightCount + link.right
    const clearForLeft = isClearlyBest(leftRanks, link.left, f1) || twoStatements.left.has(pairKey)
    const clearForRight =
      isClearlyBest(rightRanks, link.right, f1) || twoStatements.right.has(pairKey)
    const bestOfBoth = clearForLeft && clearForRight
    const bestOfOne = clearForLeft || clearForRight
    // A heading states one thing: it shares it with its best match, not with several sentences.
    const heading = left[link.left]?.heading ?? false
    const linked =
      reportsCommonStatement(link.match) ||
      (bestOfBoth && f1 >= chance) ||
      (!heading && bestOfOne && f1 >= oneSidedChance)
    return linked
  })
  scored.push(...supportedByNeighbours(all, scored, leftRanks, rightRanks, chance, input))
  for (const link of scored) {
    bestOfLeft[link.left] = Math.max(bestOfLeft[link.left] ?? 0, link.match.f1)
    bestOfRight[link.right] = Math.max(bestOfRight[link.right] ?? 0, link.match.f1)
  }
  const kept = scored.filter(
    (link) =>
      link.match.f1 >= RELATIVE_TO_BEST * (bestOfLeft[link.left] ?? 0) ||
      link.match.f1 >= RELATIVE_TO_BEST * (bestOfRight[link.right] ?? 0),
  )
  return capLinksPerSentence(kept.filter(sharesEnoughWords), left.length, right.length)
}

/**
 * Every candidate pair with its match, ranking each sentence's scores as it goes. The hot loop of
 * the aligner sits in a function of its own: V8 compiles a loop's whole function when it
 * optimises the loop, and recompiles it after each full garbage collection (see soft-match.ts).
 */
function scoreCandidates(
  input: AlignmentInput,
  candidates: CandidateLists,
  matcher: BagMatcher,
  leftRanks: TopTwo,
  rightRanks: TopTwo,
  scoredUpTo: (done: number) => void,
): SentenceLink[] {
  const left = input.left.units
  const right = input.right.units
  const all: SentenceLink[] = []
  for (let i = 0; i < candidates.length; i++) {
    scoredUpTo(i)
    const unitA = left[i]
    if (!unitA) continue
    for (const j of candidates[i] ?? []) {
      const unitB = right[j]
      if (!unitB) continue
      const match = matchSentences(unitA, unitB, matcher)
      all.push({ left: i, right: j, match })
      addScore(leftRanks, i, match.f1)
      addScore(rightRanks, j, match.f1)
    }
  }
  return all
}

// One word in common is what unrelated sentences share by chance ("I think he's great" and
// "That's not great" score 0.76): a link needs two, as heading links do (see align-paragraphs).
const MIN_SHARED_WORDS = 2

/** True when the sentences share two words or more, or have the very same words. */
function sharesEnoughWords(link: SentenceLink): boolean {
  return link.match.matched >= MIN_SHARED_WORDS || link.match.f1 >= 1 - 1e-9
}

/**
 * Mutual best matches above chance that only the ratio test turned down, kept when a neighbouring
 * sentence pair is linked already: reading order is evidence of its own (the diagonal that
 * sentence aligners such as Gale & Church 1993 and Bleualign follow), and a sentence with no
 * counterpart seldom stands between two that have theirs. It needs no threshold of its own: the
 * chance level is the texts' own, and the neighbours are links the other rules accepted. Chosen
 * on half of the corpora pairs and checked on the other half (see notes/align.md).
 */
function supportedByNeighbours(
  all: ReadonlyArray<SentenceLink>,
  accepted: ReadonlyArray<SentenceLink>,
  leftRanks: TopTwo,
  rightRanks: TopTwo,
  chance: number,
  input: AlignmentInput,
): ReadonlyArray<SentenceLink> {
  if (!Number.isFinite(chance)) return []
  const width = input.right.units.length + 2
  // Indices shifted by one so that a neighbour before the first sentence has a key too.
  const keyOf = (left: number, right: number): number => (left + 1) * width + right + 1
  const linked = new Set(accepted.map((link) => keyOf(link.left, link.right)))
  return all.filter((link) => {
    const { f1 } = link.match
    if (f1 < chance || linked.has(keyOf(link.left, link.right))) return false
    // Headings keep to the stricter rules above (see there).
    if (input.left.units[link.left]?.heading || input.right.units[link.right]?.heading) return false
    const mutualBest =
      f1 >= (leftRanks.best[link.left] ?? 0) && f1 >= (rightRanks.best[link.right] ?? 0)
    return (
      mutualBest &&
      NEIGHBOURS.some(([di, dj]) => linked.has(keyOf(link.left + di, link.right + dj)))
    )
  })
}

function capLinksPerSentence(
  links: ReadonlyArray<SentenceLink>,
  leftCount: number,
  rightCount: number,
): ReadonlyArray<SentenceLink> {
  // How far each link strays from the diagonal, worked out once rather than per comparison.
  const offDiagonal = new Float64Array(links.length)
  links.forEach((link, k) => {
    offDiagonal[k] = Math.abs(
      link.right / Math.max(rightCount, 1) - link.left / Math.max(leftCount, 1),
    )
  })
  const order = Array.from(links.keys()).sort((a, b) => {
    const linkA = links[a] as SentenceLink
    const linkB = links[b] as SentenceLink
    return (
      linkB.match.f1 - linkA.match.f1 ||
      (offDiagonal[a] as number) - (offDiagonal[b] as number) ||
      linkA.left - linkB.left
    )
  })
  const perLeft = new Uint16Array(leftCount)
  const perRight = new Uint16Array(rightCount)
  const kept: SentenceLink[] = []
  for (const k of order) {
    const link = links[k] as SentenceLink
    if ((perLeft[link.left] ?? 0) >= MAX_LINKS_PER_SENTENCE) continue
    if ((perRight[link.right] ?? 0) >= MAX_LINKS_PER_SENTENCE) continue
    perLeft[link.left] = (perLeft[link.left] ?? 0) + 1
    perRight[link.right] = (perRight[link.right] ?? 0) + 1
    kept.push(link)
  }
  return kept.sort((a, b) => a.left - b.left || a.right - b.right)
}

function reportsCommonStatement(match: BagMatch): boolean {
  if (match.f1 >= MIN_F1) return true
  return Math.max(match.precision, match.recall) >= MIN_CONTAINMENT && match.f1 >= MIN_CONTAINED_F1
}

/** True when two texts have enough sentence pairs to say what their sentences share by chance. */
export function canJudgeChance(leftSentences: number, rightSentences: number): boolean {
  return leftSentences * rightSentences >= MIN_NULL_PAIRS
}

/**
 * What two sentences of these texts score by chance (Infinity when they are too short to tell): a high quantile of the similarity of sentence
 * pairs spread evenly over all pairs (deterministic, and cheap: a fixed number of samples).
 */
function nullQuantile(
  left: ReadonlyArray<SentenceUnit>,
  right: ReadonlyArray<SentenceUnit>,
  matcher: BagMatcher,
): number {
  if (!canJudgeChance(left.length, right.length)) return Infinity
  const pairs = left.length * right.length
  const count = Math.min(NULL_SAMPLES, pairs)
  const scores: number[] = []
  for (let k = 0; k < count; k++) {
    const index = Math.floor(((k + 0.5) * pairs) / count)
    const a = left[index % left.length]
    const b = right[Math.floor(index / left.length)]
    if (a && b) scores.push(matchBags(matcher, a.bag, b.bag).f1)
  }
  scores.sort((x, y) => x - y)
  return scores[Math.min(scores.length - 1, Math.floor(NULL_QUANTILE * scores.length))] ?? 0
}

/** Sentence pairs (left × right count + right) whose left or right sentence they split. */
interface ClausePartners {
  readonly left: ReadonlySet<number>
  readonly right: ReadonlySet<number>
}

/**
 * Sentences that report two statements, each with its own counterpart: a sentence whose best two
 * partners fail the ratio test against each other only, and match different clauses of it best
 * ("…ordered his military to 'fully liberate' the region, though he has yet to comment on the
 * ceasefire agreement": one partner reports the order, the other the silence). Both partners then
 * count as its clear best, each for its own clause. A partner that shares only names with it
 * reports no clause of it (see `sharesMoreThanNames`).
 */
function partnersByClause(
  all: ReadonlyArray<SentenceLink>,
  input: AlignmentInput,
  matcher: BagMatcher,
): ClausePartners {
  return {
    left: clausePartnersOfSide(all, input, matcher, true),
    right: clausePartnersOfSide(all, input, matcher, false),
  }
}

function clausePartnersOfSide(
  all: ReadonlyArray<SentenceLink>,
  input: AlignmentInput,
  matcher: BagMatcher,
  onLeft: boolean,
): ReadonlySet<number> {
  const found = new Set<number>()
  const units = onLeft ? input.left.units : input.right.units
  const rightCount = input.right.units.length
  // Per sentence, its best three partners' scores and the links of the first two.
  const scores = new Float64Array(units.length * 3)
  const firstLink = new Int32Array(units.length).fill(-1)
  const secondLink = new Int32Array(units.length).fill(-1)
  for (let index = 0; index < all.length; index++) {
    const link = all[index] as SentenceLink
    const sentence = onLeft ? link.left : link.right
    const f1 = link.match.f1
    const at = sentence * 3
    if (firstLink[sentence] === -1 || f1 > (scores[at] as number)) {
      scores[at + 2] = scores[at + 1] as number
      scores[at + 1] = scores[at] as number
      secondLink[sentence] = firstLink[sentence] as number
      scores[at] = f1
      firstLink[sentence] = index
    } else if (secondLink[sentence] === -1 || f1 > (scores[at + 1] as number)) {
      scores[at + 2] = scores[at + 1] as number
      scores[at + 1] = f1
      secondLink[sentence] = index
    } else if (f1 > (scores[at + 2] as number)) scores[at + 2] = f1
  }
  for (let sentence = 0; sentence < units.length; sentence++) {
    const first = all[firstLink[sentence] as number]
    const second = all[secondLink[sentence] as number]
    if (!first || !second) continue
    const at = sentence * 3
    const runnerUp = scores[at + 1] as number
    // Rivals only to each other: the ratio test fails between them and holds against the rest.
    if ((scores[at] as number) >= RUNNER_UP_RATIO * runnerUp) continue
    if (runnerUp < RUNNER_UP_RATIO * (scores[at + 2] as number)) continue
    const clauses = units[sentence]?.clauses.bags() ?? []
    if (clauses.length === 0) continue
    const clauseOfFirst = clauseReported(first, clauses, input, matcher, onLeft)
    const clauseOfSecond = clauseReported(second, clauses, input, matcher, onLeft)
    if (clauseOfFirst >= 0 && clauseOfSecond >= 0 && clauseOfFirst !== clauseOfSecond) {
      found.add(first.left * rightCount + first.right)
      found.add(second.left * rightCount + second.right)
    }
  }
  return found
}

/** The clause of the link's sentence on one side that its partner matches best (-1: none). */
function clauseReported(
  link: SentenceLink,
  clauses: ReadonlyArray<WordBag>,
  input: AlignmentInput,
  matcher: BagMatcher,
  onLeft: boolean,
): number {
  const partner = onLeft ? input.right.units[link.right] : input.left.units[link.left]
  if (!partner || !sharesMoreThanNames(link, input)) return -1
  let best = -1
  let score = -1
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index] as WordBag
    const value = onLeft
      ? matchBags(matcher, clause, partner.bag).f1
      : matchBags(matcher, partner.bag, clause).f1
    if (value > score) {
      score = value
      best = index
    }
  }
  return best
}

/**
 * True when the two sentences share a word that is not a name or a number (or a near synonym):
 * a name in common says that both speak of one person, not that they make one statement.
 */
function sharesMoreThanNames(link: SentenceLink, input: AlignmentInput): boolean {
  const a = input.left.units[link.left]?.bag.ids
  const b = input.right.units[link.right]?.bag.ids
  if (!a || !b) return false
  const { exactOnly } = input.vocabulary
  let names = 0
  for (const id of a) if (exactOnly[id] && b.includes(id)) names++
  return link.match.matched > names
}

/** Per sentence, the best and second-best scores among its candidates. */
interface TopTwo {
  readonly best: Float64Array
  readonly second: Float64Array
}

// Plain data and module functions rather than a class: see soft-match.ts on V8 and full
// garbage collections.
function topTwo(size: number): TopTwo {
  return { best: new Float64Array(size), second: new Float64Array(size) }
}

function addScore(ranks: TopTwo, index: number, score: number): void {
  const best = ranks.best[index] ?? 0
  ranks.second[index] = Math.max(ranks.second[index] ?? 0, Math.min(best, score))
  ranks.best[index] = Math.max(best, score)
}

/** True when `score` is the best and beats the runner-up by the ratio test's margin. */
function isClearlyBest(ranks: TopTwo, index: number, score: number): boolean {
  return score >= (ranks.best[index] ?? 0) && score >= RUNNER_UP_RATIO * (ranks.second[index] ?? 0)
}

// A clause counts only when it and the other sentence cover each other well on their own.
const MIN_CLAUSE_F1 = 0.6
// ...and is scored only when it could beat the whole sentence's F1 by this much.
const CLAUSE_GAIN = 0.2

/**
 * The sentences' own match, or a clause of one against the whole other sentence when that scores
 * better: a long sentence can share one of its statements with a short one.
 */
function matchSentences(a: SentenceUnit, b: SentenceUnit, matcher: BagMatcher): BagMatch {
  const whole = matchBags(matcher, a.bag, b.bag)
  let best = whole
  const consider = (match: BagMatch): void => {
    if (match.f1 >= MIN_CLAUSE_F1 && match.f1 > best.f1) best = match
  }
  // A clause covers no more of the other sentence than its whole sentence does, so its F1 is at
  // most 2R/(1+R) for the whole's coverage R: few pairs need any clause scored.
  const worthScoring = (coverage: number): boolean => {
    const bound = (2 * coverage) / (1 + coverage)
    return bound >= MIN_CLAUSE_F1 && bound > whole.f1 + CLAUSE_GAIN
  }
  if (worthScoring(whole.recall)) {
    for (const clause of a.clauses.bags()) consider(matchBags(matcher, clause, b.bag))
  }
  if (worthScoring(whole.precision)) {
    for (const clause of b.clauses.bags()) consider(matchBags(matcher, a.bag, clause))
  }
  return best
}
