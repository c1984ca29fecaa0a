import { assertNever } from '../assert-never'
import { foldForComparison } from '../text/fold'
import { tokenizeText } from '../text/words'
import type { TextToken } from '../text/words'
import type { CompareOptions, DiffToken } from '../types'
import { matchSequences } from './match-tokens'

interface KeyedToken extends TextToken {
  /** The folded spelling that must be equal for two tokens to match ('' = ignored). */
  readonly key: string
  /** Interned `key`, so the sequence matcher compares numbers. */
  readonly id: number
  /** Takes part in matching: not whitespace and not folded away by the options. */
  readonly significant: boolean
}

/** Positions of a left and a right token matched as equal. */
type Match = readonly [left: number, right: number]

/** A stretch of both token arrays, `[l0, l1)` on the left and `[r0, r1)` on the right. */
interface Stretch {
  readonly equal: boolean
  /** Equal and spelled the same on both sides, so it may join its identical neighbours. */
  readonly identical?: boolean
  readonly l0: number
  readonly l1: number
  readonly r0: number
  readonly r1: number
}

interface Side {
  /** The text the tokens tile, whose slices the runs' texts are. */
  readonly text: string
  readonly tokens: ReadonlyArray<KeyedToken>
  /** Cumulative length of significant tokens' text, for weighing stretches in O(1). */
  readonly weights: ReadonlyArray<number>
  /** Cumulative count of significant word tokens. */
  readonly words: ReadonlyArray<number>
}

// diff-match-patch works on characters, where equalities are fragments; on words its cascade
// would swallow real shared phrases ("ceasefire but cautioned"). Only equalities of at most two
// words (the stopwords and names a rewrite happens to keep) are folded into the changes around.
const MAX_FOLDED_EQUALITY_WORDS = 2

/**
 * Word diff of two texts under the comparison options. The runs reconstruct both texts exactly:
 * the `equal` and `removed` texts concatenate to `left`, the `equal` (`rightText` when set) and
 * `added` texts to `right`. A changed phrase is one removed run followed by one added run.
 * `tokens`, when given, are `tokenizeText` of both texts, read once per comparison.
 */
export function diffText(
  left: string,
  right: string,
  options: CompareOptions,
  tokens?: { readonly left: ReadonlyArray<TextToken>; readonly right: ReadonlyArray<TextToken> },
): ReadonlyArray<DiffToken> {
  if (left === right) return left === '' ? [] : [{ type: 'equal', text: left }]
  const ids = new Map<string, number>()
  const words = new Set<number>()
  const folds = new Map<string, string>()
  const leftSide = describeSide(left, tokens?.left, options, ids, words, folds)
  const rightSide = describeSide(right, tokens?.right, options, ids, words, folds)
  const leftSignificant = significantPositions(leftSide.tokens)
  const rightSignificant = significantPositions(rightSide.tokens)
  const matched = matchSequences(
    leftSignificant.map((at) => leftSide.tokens[at]?.id ?? -1),
    rightSignificant.map((at) => rightSide.tokens[at]?.id ?? -1),
    (id) => words.has(id),
  )
  const matches: Match[] = []
  matched.forEach((r, l) => {
    if (r >= 0) matches.push([leftSignificant[l] ?? 0, rightSignificant[r] ?? 0])
  })
  const stretches = stretchesOf(leftSide.tokens, rightSide.tokens, matches)
  return renderStretches(cleanupSemantic(stretches, leftSide, rightSide), leftSide, rightSide)
}

// Folding runs several regular expressions; a text repeats a small vocabulary, so each distinct
// token is folded once per diff.
function foldCached(text: string, options: CompareOptions, folds: Map<string, string>): string {
  let folded = folds.get(text)
  if (folded === undefined) {
    folded = foldForComparison(text, options)
    folds.set(text, folded)
  }
  return folded
}

function describeSide(
  text: string,
  read: ReadonlyArray<TextToken> | undefined,
  options: CompareOptions,
  ids: Map<string, number>,
  words: Set<number>,
  folds: Map<string, string>,
): Side {
  const tokens = read ?? tokenizeText(text)
  const keyed = tokens.map((token): KeyedToken => {
    // Whitespace never anchors a match (matching on shared spaces interleaves changed phrases);
    // with typography ignored, any run of it equals any other.
    const key =
      token.kind === 'space'
        ? options.ignoreTypography
          ? ''
          : token.text
        : foldCached(token.text, options, folds)
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
    }
    if (token.kind === 'word') words.add(id)
    const significant = token.kind !== 'space' && key !== ''
    // Fields listed, not spread: V8 makes spread copies of 50k tokens three times slower to build
    // and twice the heap (the diff stage at 10k words: 55 ms → 17 ms).
    return {
      text: token.text,
      start: token.start,
      end: token.end,
      kind: token.kind,
      key,
      id,
      significant,
    }
  })
  const weights = [0]
  const wordCounts = [0]
  for (const token of keyed) {
    weights.push((weights[weights.length - 1] ?? 0) + (token.significant ? token.text.length : 0))
    const isWord = token.significant && token.kind === 'word'
    wordCounts.push((wordCounts[wordCounts.length - 1] ?? 0) + (isWord ? 1 : 0))
  }
  return { text, tokens: keyed, weights, words: wordCounts }
}

function significantPositions(tokens: ReadonlyArray<KeyedToken>): ReadonlyArray<number> {
  const positions: number[] = []
  tokens.forEach((token, at) => {
    if (token.significant) positions.push(at)
  })
  return positions
}

/** Tiles both token arrays with equal and changed stretches, adjacent ones of a kind merged. */
function stretchesOf(
  left: ReadonlyArray<KeyedToken>,
  right: ReadonlyArray<KeyedToken>,
  matches: ReadonlyArray<Match>,
): ReadonlyArray<Stretch> {
  // Joining extends the last stretch in place (a copy owned here): long equal runs join token by
  // token, and a new object per token was most of this function's cost.
  const stretches: Array<{ -readonly [K in keyof Stretch]: Stretch[K] }> = []
  const push = (stretch: Stretch): void => {
    if (stretch.l0 === stretch.l1 && stretch.r0 === stretch.r1) return
    const last = stretches[stretches.length - 1]
    // Changes join; equal stretches join only when spelled alike, so that a spelling the options
    // ignore keeps its own run.
    const joins =
      last !== undefined &&
      last.equal === stretch.equal &&
      (!stretch.equal || (last.identical === true && stretch.identical === true))
    if (last !== undefined && joins) {
      last.l1 = stretch.l1
      last.r1 = stretch.r1
    } else {
      stretches.push({ ...stretch })
    }
  }
  let l = 0
  let r = 0
  for (const [matchL, matchR] of matches) {
    pushGap(left, right, { equal: false, l0: l, l1: matchL, r0: r, r1: matchR }, push)
    const identical = left[matchL]?.text === right[matchR]?.text
    push({ equal: true, identical, l0: matchL, l1: matchL + 1, r0: matchR, r1: matchR + 1 })
    l = matchL + 1
    r = matchR + 1
  }
  pushGap(left, right, { equal: false, l0: l, l1: left.length, r0: r, r1: right.length }, push)
  return stretches
}

/**
 * Splits the gap between two matches into the change and the whitespace or ignored punctuation
 * around it: "a [-b-]{+c+} d" rather than "a[- b-]{+ c+} d". Ignored marks at the edges of the
 * gap stay equal when both sides have some and they fold alike.
 */
function pushGap(
  left: ReadonlyArray<KeyedToken>,
  right: ReadonlyArray<KeyedToken>,
  gap: Stretch,
  push: (stretch: Stretch) => void,
): void {
  let [la, lb] = significantBounds(left, gap.l0, gap.l1)
  let [ra, rb] = significantBounds(right, gap.r0, gap.r1)
  if (la === gap.l1 && ra === gap.r1) {
    push(edgeStretch(left, gap.l0, gap.l1, right, gap.r0, gap.r1))
    return
  }
  // A side with only spaces in the gap pairs them with the other side's leading spaces, or else
  // with its trailing ones: "Russia[-,-] Ukraine".
  if (ra === gap.r1 && !edgesFoldAlike(left, gap.l0, la, right, gap.r0, gap.r1)) ra = rb = gap.r0
  if (la === gap.l1 && !edgesFoldAlike(left, gap.l0, gap.l1, right, gap.r0, ra)) la = lb = gap.l0
  const leadEqual = edgesFoldAlike(left, gap.l0, la, right, gap.r0, ra)
  const trailEqual = edgesFoldAlike(left, lb, gap.l1, right, rb, gap.r1)
  const change = {
    equal: false,
    l0: leadEqual ? la : gap.l0,
    l1: trailEqual ? lb : gap.l1,
    r0: leadEqual ? ra : gap.r0,
    r1: trailEqual ? rb : gap.r1,
  }
  if (leadEqual) push(edgeStretch(left, gap.l0, la, right, gap.r0, ra))
  push(change)
  if (trailEqual) push(edgeStretch(left, lb, gap.l1, right, rb, gap.r1))
}

/** The stretch of ignorable tokens `[l0, l1)` × `[r0, r1)`: equal when they fold alike. */
function edgeStretch(
  left: ReadonlyArray<KeyedToken>,
  l0: number,
  l1: number,
  right: ReadonlyArray<KeyedToken>,
  r0: number,
  r1: number,
): Stretch {
  const equal = foldedText(left, l0, l1) === foldedText(right, r0, r1)
  const identical = equal && joinedText(left, l0, l1) === joinedText(right, r0, r1)
  return { equal, identical, l0, l1, r0, r1 }
}

function edgesFoldAlike(
  left: ReadonlyArray<KeyedToken>,
  l0: number,
  l1: number,
  right: ReadonlyArray<KeyedToken>,
  r0: number,
  r1: number,
): boolean {
  if (l0 === l1 && r0 === r1) return true
  // A space on one side only belongs to the inserted or deleted words: "a {+new +}b".
  if (l0 === l1 || r0 === r1) return false
  return foldedText(left, l0, l1) === foldedText(right, r0, r1)
}

/** First significant position in `[from, to)` and one past the last (both `to` if none). */
function significantBounds(
  tokens: ReadonlyArray<KeyedToken>,
  from: number,
  to: number,
): readonly [number, number] {
  let first = from
  while (first < to && !tokens[first]?.significant) first += 1
  if (first === to) return [to, to]
  let last = to
  while (last > first && !tokens[last - 1]?.significant) last -= 1
  return [first, last]
}

function foldedText(tokens: ReadonlyArray<KeyedToken>, from: number, to: number): string {
  let text = ''
  for (let at = from; at < to; at += 1) text += tokens[at]?.key ?? ''
  return text
}

function joinedText(tokens: ReadonlyArray<KeyedToken>, from: number, to: number): string {
  let text = ''
  for (let at = from; at < to; at += 1) text += tokens[at]?.text ?? ''
  return text
}

function weightOf(side: Side, from: number, to: number): number {
  return (side.weights[to] ?? 0) - (side.weights[from] ?? 0)
}

function wordsOf(side: Side, from: number, to: number): number {
  return (side.words[to] ?? 0) - (side.words[from] ?? 0)
}

/**
 * diff-match-patch's cleanupSemantic (Neil Fraser, "Diff Strategies", 2006) on word stretches:
 * an equality no longer than the change on each side of it, and of at most two words, is folded
 * into them, so a rewritten phrase reads as one removed and one added run instead of interleaving
 * on "the" or "of". Lengths count significant characters. Unlike diff-match-patch the test uses
 * the changes as found, not as grown by earlier folds: on words that cascade would swallow real
 * shared phrases ("“positive [-messages-]{+signals+}”").
 */
function cleanupSemantic(
  stretches: ReadonlyArray<Stretch>,
  left: Side,
  right: Side,
): ReadonlyArray<Stretch> {
  const changeWeight = (change: Stretch): number =>
    Math.max(weightOf(left, change.l0, change.l1), weightOf(right, change.r0, change.r1))
  const output: Stretch[] = []
  let index = 0
  while (index < stretches.length) {
    const stretch = stretches[index] as Stretch
    let end = index + 1
    while (stretch.equal && end < stretches.length && stretches[end]?.equal) end += 1
    const before = stretches[index - 1]
    const after = stretches[end]
    const last = output[output.length - 1]
    const fold =
      stretch.equal &&
      before !== undefined &&
      after !== undefined &&
      isFoldable(
        stretch.l0,
        (stretches[end - 1] as Stretch).l1,
        changeWeight(before),
        changeWeight(after),
      )
    if (!fold && stretch.equal) {
      output.push(...stretches.slice(index, end))
    } else if (last !== undefined && !last.equal) {
      const tail = fold ? (after as Stretch) : stretch
      output[output.length - 1] = { ...last, l1: tail.l1, r1: tail.r1 }
      if (fold) end += 1
    } else {
      output.push(stretch)
    }
    index = end
  }
  return output

  function isFoldable(l0: number, l1: number, beforeWeight: number, afterWeight: number): boolean {
    const weight = weightOf(left, l0, l1)
    return (
      wordsOf(left, l0, l1) <= MAX_FOLDED_EQUALITY_WORDS &&
      weight <= beforeWeight &&
      weight <= afterWeight
    )
  }
}

function renderStretches(
  stretches: ReadonlyArray<Stretch>,
  left: Side,
  right: Side,
): ReadonlyArray<DiffToken> {
  const runs: Run[] = []
  for (const stretch of stretches) {
    const leftRun = offsetsOf(left.tokens, stretch.l0, stretch.l1)
    const rightRun = offsetsOf(right.tokens, stretch.r0, stretch.r1)
    if (stretch.equal) {
      pushEqual(runs, leftRun, rightRun, left.text, right.text)
    } else {
      if (leftRun.end > leftRun.start) runs.push({ type: 'removed', left: leftRun })
      if (rightRun.end > rightRun.start) runs.push({ type: 'added', right: rightRun })
    }
  }
  // Each run's text is one slice of its side's text, not the concatenation of its tokens: a cons
  // string per token kept a one-sided paragraph's added run as ~60 string objects (57 MB of a
  // 20,000-paragraph article's rows).
  return runs.map((run): DiffToken => {
    switch (run.type) {
      case 'removed':
        return { type: 'removed', text: sliceOf(left.text, run.left) }
      case 'added':
        return { type: 'added', text: sliceOf(right.text, run.right) }
      case 'equal':
        return run.variant
          ? {
              type: 'equal',
              text: sliceOf(left.text, run.left),
              rightText: sliceOf(right.text, run.right),
            }
          : { type: 'equal', text: sliceOf(left.text, run.left) }
      default:
        return assertNever(run)
    }
  })
}

/** UTF-16 offsets `[start, end)` into a side's text. */
interface Offsets {
  readonly start: number
  readonly end: number
}

/** A diff run before its texts are sliced out of the two sides. */
type Run =
  | { readonly type: 'removed'; readonly left: Offsets }
  | { readonly type: 'added'; readonly right: Offsets }
  | {
      readonly type: 'equal'
      readonly left: Offsets
      readonly right: Offsets
      readonly variant: boolean
    }

/** Where tokens `[from, to)` stand in their text (tokens tile it, so the run is contiguous). */
function offsetsOf(tokens: ReadonlyArray<KeyedToken>, from: number, to: number): Offsets {
  const start = tokens[from]?.start ?? tokens[tokens.length - 1]?.end ?? 0
  return from < to ? { start, end: tokens[to - 1]?.end ?? start } : { start, end: start }
}

function sliceOf(text: string, offsets: Offsets): string {
  return text.slice(offsets.start, offsets.end)
}

/**
 * Appends an equal run. Identical text joins the identical run before it and a variant spelling
 * joins the variant before it, so `rightText` marks exactly the stretches whose spelling differs.
 */
function pushEqual(
  runs: Run[],
  left: Offsets,
  right: Offsets,
  leftText: string,
  rightText: string,
): void {
  const last = runs[runs.length - 1]
  const variant = sliceOf(leftText, left) !== sliceOf(rightText, right)
  if (last?.type === 'equal' && last.variant === variant) {
    runs[runs.length - 1] = {
      type: 'equal',
      left: { start: last.left.start, end: left.end },
      right: { start: last.right.start, end: right.end },
      variant,
    }
  } else {
    runs.push({ type: 'equal', left, right, variant })
  }
}
