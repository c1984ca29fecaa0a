import type { Quotation } from './extract-quotes'
import type { QuoteUnit } from './quote-units'
import { stemDice, unitContainment, unitDice } from './quote-units'
import { isStopWord } from './quote-words'

/** Left units and right units that quote the same words: each a run of one quotation's units. */
export interface QuoteMatch {
  readonly left: ReadonlyArray<number>
  readonly right: ReadonlyArray<number>
}

/** The two sides' units and quotations, and which paragraph pairs the aligner linked. */
export interface QuoteSides {
  readonly leftUnits: ReadonlyArray<QuoteUnit>
  readonly rightUnits: ReadonlyArray<QuoteUnit>
  readonly leftQuotes: ReadonlyArray<Quotation>
  readonly rightQuotes: ReadonlyArray<Quotation>
  /** The right paragraphs the aligner linked to each left paragraph. */
  readonly rightsOf: ReadonlyMap<number, ReadonlySet<number>>
}

/** True when the aligner linked the left paragraph to the right one. */
export function isLinked(sides: QuoteSides, left: number, right: number): boolean {
  return sides.rightsOf.get(left)?.has(right) ?? false
}

// Dice on word stems: at least half the words shared makes the same quote, reworded. Without
// corroboration (a paragraph link, alike sentences around the quotes, the same named speaker) a
// little more is asked; a different named speaker is allowed
// only for a quote that is plainly the same (a misattribution the reader must see).
const MIN_LIKENESS_LINKED = 0.5
const MIN_LIKENESS_UNLINKED = 0.6
const MIN_LIKENESS_OTHER_SPEAKER = 0.8
// Among equally alike candidates, the quote in the linked paragraph wins.
const LINK_PREFERENCE = 0.1
// A short quote found whole inside a longer one was extended or trimmed: most of the shorter
// one's words, and at least three, must be there.
const MIN_CONTAINMENT = 0.8
const MIN_CONTAINED_WORDS = 3
// The sentences around two quotes corroborate them like a paragraph link when they share half
// their content words (and have a few to share).
const MIN_CONTEXT_LIKENESS = 0.5
const MIN_CONTEXT_WORDS = 3
// Only the most promising right units are scored for each left unit: repeated quotes in long
// articles would otherwise make candidate pairs grow with the square of their count.
const MAX_CANDIDATES_PER_UNIT = 12

interface Candidate {
  readonly left: number
  readonly right: number
  readonly score: number
}

interface Group {
  left: number[]
  right: number[]
}

/**
 * Matches quote units one-to-one, greedily by likeness (stem Dice, linked paragraphs preferred),
 * then grows each match with neighbouring units of the same quotations while that makes the two
 * sides more alike — so a quote split or joined at different places matches as a whole. Matches
 * that continue one another in both quotations are merged.
 */
export function matchQuoteUnits(sides: QuoteSides): ReadonlyArray<QuoteMatch> {
  const groups: Group[] = []
  const usedLeft = new Set<number>()
  const usedRight = new Set<number>()
  for (const [left, right] of exactPairs(sides)) {
    usedLeft.add(left)
    usedRight.add(right)
    groups.push({ left: [left], right: [right] })
  }
  const ordered = [...likeCandidates(sides, usedLeft, usedRight)].sort(byScore)
  for (const candidate of ordered) {
    if (usedLeft.has(candidate.left) || usedRight.has(candidate.right)) continue
    usedLeft.add(candidate.left)
    usedRight.add(candidate.right)
    groups.push({ left: [candidate.left], right: [candidate.right] })
  }
  for (const group of groups) grow(group, sides, usedLeft, usedRight)
  return mergeContinuations(groups, sides)
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.left - b.left || a.right - b.right
}

/**
 * Units quoting exactly the same words (up to typography and first-letter case) pair first, copy
 * by copy in reading order, unless their named speakers differ: most quotes survive a rewrite
 * unchanged, and this keeps long articles with repeated quotes from costing quadratic time.
 */
function exactPairs(sides: QuoteSides): ReadonlyArray<readonly [number, number]> {
  const rightByWords = new Map<string, number[]>()
  for (let id = 0; id < sides.rightUnits.length; id += 1) {
    const key = sides.rightUnits[id]!.keys.join(' ')
    const ids = rightByWords.get(key)
    if (ids === undefined) rightByWords.set(key, [id])
    else ids.push(id)
  }
  const pairs: Array<readonly [number, number]> = []
  for (let left = 0; left < sides.leftUnits.length; left += 1) {
    const unit = sides.leftUnits[left]!
    const ids = rightByWords.get(unit.keys.join(' '))
    if (ids === undefined) continue
    // The copy in a linked paragraph first, then the one at the nearest relative position.
    let best = -1
    let bestCost = 0
    for (let at = 0; at < ids.length; at += 1) {
      const right = ids[at]!
      if (speakerRelation(sides, unit, sides.rightUnits[right]!) === 'differ') continue
      const cost = copyCost(sides, left, right)
      if (best < 0 || cost < bestCost) {
        best = at
        bestCost = cost
      }
    }
    if (best < 0) continue
    pairs.push([left, ids[best]!])
    ids.splice(best, 1)
  }
  return pairs
}

function copyCost(sides: QuoteSides, left: number, right: number): number {
  const linked = isLinked(
    sides,
    sides.leftUnits[left]!.paragraph,
    sides.rightUnits[right]!.paragraph,
  )
  return (
    (linked ? 0 : 1) + Math.abs(right / sides.rightUnits.length - left / sides.leftUnits.length)
  )
}

function likeCandidates(
  sides: QuoteSides,
  usedLeft: ReadonlySet<number>,
  usedRight: ReadonlySet<number>,
): ReadonlyArray<Candidate> {
  const candidates: Candidate[] = []
  for (const [left, right] of sharingStems(sides, usedLeft, usedRight)) {
    const leftUnit = sides.leftUnits[left]!
    const rightUnit = sides.rightUnits[right]!
    const likeness = unitDice(leftUnit, rightUnit)
    const speakers = speakerRelation(sides, leftUnit, rightUnit)
    // The same named speaker corroborates a pair as much as a paragraph link does.
    const evidence = speakers === 'same' || corroborated(sides, leftUnit, rightUnit)
    const needed =
      speakers === 'differ'
        ? MIN_LIKENESS_OTHER_SPEAKER
        : evidence
          ? MIN_LIKENESS_LINKED
          : MIN_LIKENESS_UNLINKED
    const contained =
      speakers !== 'differ' &&
      evidence &&
      Math.min(leftUnit.stems.length, rightUnit.stems.length) >= MIN_CONTAINED_WORDS &&
      unitContainment(leftUnit, rightUnit) >= MIN_CONTAINMENT
    if (likeness >= needed || contained) {
      candidates.push({ left, right, score: likeness + (evidence ? LINK_PREFERENCE : 0) })
    }
  }
  return candidates
}

/** True when the two units share a content word as written (not merely its stem). */
export function shareContentWord(left: QuoteUnit, right: QuoteUnit): boolean {
  const words = new Set(left.keys.filter((key) => !isStopWord(key)).map((key) => key.toLowerCase()))
  return right.keys.some((key) => words.has(key.toLowerCase()) && !isStopWord(key))
}

/** A paragraph link, or sentences around the quotes that say much the same. */
function corroborated(sides: QuoteSides, left: QuoteUnit, right: QuoteUnit): boolean {
  if (isLinked(sides, left.paragraph, right.paragraph)) return true
  if (left.context.size < MIN_CONTEXT_WORDS || right.context.size < MIN_CONTEXT_WORDS) return false
  let common = 0
  for (const stem of left.context) if (right.context.has(stem)) common += 1
  return (2 * common) / (left.context.size + right.context.size) >= MIN_CONTEXT_LIKENESS
}

function speakerRelation(
  sides: QuoteSides,
  left: QuoteUnit,
  right: QuoteUnit,
): 'same' | 'differ' | 'unknown' {
  const a = sides.leftQuotes[left.quotation]?.speaker ?? null
  const b = sides.rightQuotes[right.quotation]?.speaker ?? null
  // Only named people are told apart: "the president" may well be Zelensky.
  if (a === null || b === null || !isName(a) || !isName(b)) return 'unknown'
  return speakerKey(a) === speakerKey(b) ? 'same' : 'differ'
}

/**
 * For each left unit, the right units sharing the most content stems with it (all stems for a
 * unit without content words), as [left, right] pairs.
 */
function sharingStems(
  sides: QuoteSides,
  usedLeft: ReadonlySet<number>,
  usedRight: ReadonlySet<number>,
): ReadonlyArray<readonly [number, number]> {
  const index = new Map<string, number[]>()
  for (let id = 0; id < sides.rightUnits.length; id += 1) {
    if (usedRight.has(id)) continue
    for (const stem of indexStems(sides.rightUnits[id]!)) {
      const ids = index.get(stem)
      if (ids === undefined) index.set(stem, [id])
      else ids.push(id)
    }
  }
  const pairs: Array<readonly [number, number]> = []
  const count = sides.rightUnits.length
  for (let left = 0; left < sides.leftUnits.length; left += 1) {
    if (usedLeft.has(left)) continue
    const shared = new Map<number, number>()
    for (const stem of indexStems(sides.leftUnits[left]!)) {
      for (const right of index.get(stem) ?? []) shared.set(right, (shared.get(right) ?? 0) + 1)
    }
    // Ties (a quote repeated) go to the copy at the nearest relative reading position.
    const at = left / sides.leftUnits.length
    const ranked: SharedStems[] = []
    for (const [right, stems] of shared) {
      ranked.push({ right, stems, distance: Math.abs(right / count - at) })
    }
    ranked.sort(byStemsShared)
    const best = Math.min(ranked.length, MAX_CANDIDATES_PER_UNIT)
    for (let rank = 0; rank < best; rank += 1) pairs.push([left, ranked[rank]!.right])
  }
  return pairs
}

interface SharedStems {
  readonly right: number
  readonly stems: number
  /** Distance between the two units' relative reading positions. */
  readonly distance: number
}

function byStemsShared(a: SharedStems, b: SharedStems): number {
  return b.stems - a.stems || a.distance - b.distance
}

function indexStems(unit: QuoteUnit): Iterable<string> {
  return unit.content.size > 0 ? unit.content : new Set(unit.stems)
}

/** Adds neighbouring unmatched units of the same quotations while the likeness grows. */
function grow(group: Group, sides: QuoteSides, usedLeft: Set<number>, usedRight: Set<number>) {
  let likeness = groupLikeness(group, sides)
  for (;;) {
    const options: Group[] = [
      ...neighbours(group.left, sides.leftUnits, usedLeft).map((left) => ({ ...group, left })),
      ...neighbours(group.right, sides.rightUnits, usedRight).map((right) => ({ ...group, right })),
    ]
    let best: Group | null = null
    for (const option of options) {
      const value = groupLikeness(option, sides)
      if (value > likeness + 1e-9) {
        likeness = value
        best = option
      }
    }
    if (best === null) return
    best.left.forEach((id) => usedLeft.add(id))
    best.right.forEach((id) => usedRight.add(id))
    group.left = best.left
    group.right = best.right
  }
}

function neighbours(
  run: ReadonlyArray<number>,
  units: ReadonlyArray<QuoteUnit>,
  used: ReadonlySet<number>,
): ReadonlyArray<number[]> {
  const first = run[0]!
  const last = run[run.length - 1]!
  const quotation = units[first]!.quotation
  const grown: number[][] = []
  if (first > 0 && units[first - 1]!.quotation === quotation && !used.has(first - 1)) {
    grown.push([first - 1, ...run])
  }
  if (units[last + 1]?.quotation === quotation && !used.has(last + 1))
    grown.push([...run, last + 1])
  return grown
}

function groupLikeness(group: Group, sides: QuoteSides): number {
  const left = group.left.flatMap((id) => sides.leftUnits[id]!.stems)
  const right = group.right.flatMap((id) => sides.rightUnits[id]!.stems)
  return stemDice(left, right)
}

/** Joins matches that continue each other in both quotations into one. */
function mergeContinuations(groups: ReadonlyArray<Group>, sides: QuoteSides): QuoteMatch[] {
  const ordered = [...groups].sort((a, b) => a.left[0]! - b.left[0]!)
  const merged: Group[] = []
  for (const group of ordered) {
    const previous = merged[merged.length - 1]
    if (previous !== undefined && continues(previous, group, sides)) {
      previous.left = [...previous.left, ...group.left]
      previous.right = [...previous.right, ...group.right]
    } else {
      merged.push({ left: [...group.left], right: [...group.right] })
    }
  }
  return merged
}

function continues(previous: Group, next: Group, sides: QuoteSides): boolean {
  const leftEnd = previous.left[previous.left.length - 1]!
  const rightEnd = previous.right[previous.right.length - 1]!
  const leftNext = next.left[0]!
  const rightNext = next.right[0]!
  return (
    leftNext === leftEnd + 1 &&
    rightNext === rightEnd + 1 &&
    sides.leftUnits[leftNext]!.quotation === sides.leftUnits[leftEnd]!.quotation &&
    sides.rightUnits[rightNext]!.quotation === sides.rightUnits[rightEnd]!.quotation
  )
}

/** True for a person's name ("Zelensky"), false for a common-noun source ("the president"). */
export function isName(speaker: string): boolean {
  return /^\p{Lu}/u.test(speaker)
}

/** A person's surname, lower-cased ("Karoline Leavitt" and "Leavitt" agree). */
export function speakerKey(speaker: string): string {
  let key = SPEAKER_KEYS.get(speaker)
  if (key === undefined) {
    const words = speaker.toLowerCase().split(/\s+/u)
    key = words[words.length - 1] ?? ''
    if (SPEAKER_KEYS.size >= MAX_SPEAKER_KEYS) SPEAKER_KEYS.clear()
    SPEAKER_KEYS.set(speaker, key)
  }
  return key
}

// Speakers are compared pair by pair, a few names many times: each name is split once.
const SPEAKER_KEYS = new Map<string, string>()
const MAX_SPEAKER_KEYS = 10_000
