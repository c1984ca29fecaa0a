import { diffArrays } from 'diff'

/** Positions, one in each sequence, of two items matched as equal. */
type Match = readonly [left: number, right: number]

// Below this many items in a range, jsdiff's Myers diff (O(ND)) is cheaper than looking for
// anchors and gives the minimal edit script.
const MYERS_RANGE_SIZE = 64
// Myers costs about (range size × edit length) steps; jsdiff takes 1 to 35 ns a step (measured on
// this 2-core machine). Every call gets a budget of steps, so no input can make it quadratic: a
// base that lets any paragraph-sized row get a minimal diff, plus a fixed allowance per item.
const BASE_WORK = 100_000
const WORK_PER_ITEM = 40
const MYERS_MAX_EDIT_LENGTH = 1_000
// Anchor on single items first (names and numbers are usually unique), then on runs of three,
// which stay unique in repetitive text where single words do not.
const ANCHOR_GRAM_SIZES: ReadonlyArray<number> = [1, 3]

interface Range {
  readonly a0: number
  readonly a1: number
  readonly b0: number
  readonly b1: number
}

/**
 * Matches two sequences of item ids (equal id = equal item) in order, the way patience diff does
 * (Bram Cohen; `git diff --patience`): common prefix and suffix, then items that occur exactly once
 * on each side and may anchor (`canAnchor`), kept in order by a longest increasing subsequence,
 * then the same inside each gap (runs of three items anchor where single items are not unique); a
 * gap with no anchor, or a small one, gets jsdiff's Myers diff within a work budget proportional
 * to the input, so that no input can make it quadratic. Returns, for each position of `a`, the
 * position of `b` it matched or -1; matched positions increase on both sides.
 */
export function matchSequences(
  a: ReadonlyArray<number>,
  b: ReadonlyArray<number>,
  canAnchor: (id: number) => boolean,
): Int32Array {
  const matched = new Int32Array(a.length).fill(-1)
  let work = BASE_WORK + WORK_PER_ITEM * (a.length + b.length)
  const pending: Range[] = [{ a0: 0, a1: a.length, b0: 0, b1: b.length }]
  for (let range = pending.pop(); range !== undefined; range = pending.pop()) {
    let { a0, a1, b0, b1 } = range
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) matched[a0++] = b0++
    while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) matched[--a1] = --b1
    if (a0 === a1 || b0 === b1) continue
    const size = a1 - a0 + (b1 - b0)
    const anchored = size > MYERS_RANGE_SIZE ? anchorsOf(a, b, { a0, a1, b0, b1 }, canAnchor) : null
    if (anchored === null) {
      const maxEditLength = Math.min(MYERS_MAX_EDIT_LENGTH, size, Math.floor(work / size))
      if (maxEditLength < 1) continue
      const edits = matchByMyers(a, b, { a0, a1, b0, b1 }, maxEditLength, matched)
      work -= size * (edits ?? maxEditLength)
      continue
    }
    let previousA = a0
    let previousB = b0
    for (const [anchorA, anchorB] of anchored.anchors) {
      for (let step = 0; step < anchored.length; step += 1) matched[anchorA + step] = anchorB + step
      pending.push({ a0: previousA, a1: anchorA, b0: previousB, b1: anchorB })
      previousA = anchorA + anchored.length
      previousB = anchorB + anchored.length
    }
    pending.push({ a0: previousA, a1, b0: previousB, b1 })
  }
  return matched
}

/** Anchors of a range: runs of `length` items occurring once on each side, kept in order. */
function anchorsOf(
  a: ReadonlyArray<number>,
  b: ReadonlyArray<number>,
  range: Range,
  canAnchor: (id: number) => boolean,
): { readonly anchors: ReadonlyArray<Match>; readonly length: number } | null {
  for (const length of ANCHOR_GRAM_SIZES) {
    const inA = uniqueGrams(a, range.a0, range.a1, length, canAnchor)
    const inB = uniqueGrams(b, range.b0, range.b1, length, canAnchor)
    const candidates: Match[] = []
    for (const [gram, at] of inA) {
      const other = inB.get(gram)
      if (at >= 0 && other !== undefined && other >= 0) candidates.push([at, other])
    }
    candidates.sort((x, y) => x[0] - y[0])
    const anchors = withoutOverlaps(longestIncreasingByRight(candidates), length)
    if (anchors.length > 0) return { anchors, length }
  }
  return null
}

/**
 * Start of each run of `length` items in `[from, to)` that occurs there once, keyed by the run;
 * -1 for runs occurring more. A run anchors only if its first item may.
 */
function uniqueGrams(
  items: ReadonlyArray<number>,
  from: number,
  to: number,
  length: number,
  canAnchor: (id: number) => boolean,
): Map<string | number, number> {
  const positions = new Map<string | number, number>()
  for (let at = from; at + length <= to; at += 1) {
    const first = items[at] ?? -1
    if (!canAnchor(first)) continue
    const gram = length === 1 ? first : gramKey(items, at, length)
    positions.set(gram, positions.has(gram) ? -1 : at)
  }
  return positions
}

// Ids below 2^17 pack three to a number exactly (2^51 < 2^53); larger vocabularies use strings.
const PACKED_ID_LIMIT = 1 << 17

function gramKey(items: ReadonlyArray<number>, at: number, length: number): string | number {
  let key = 0
  for (let step = 0; step < length; step += 1) {
    const id = items[at + step] ?? 0
    if (length > 3 || id >= PACKED_ID_LIMIT) return items.slice(at, at + length).join(',')
    key = key * PACKED_ID_LIMIT + id
  }
  return key
}

function withoutOverlaps(anchors: ReadonlyArray<Match>, length: number): ReadonlyArray<Match> {
  const kept: Match[] = []
  for (const anchor of anchors) {
    const last = kept[kept.length - 1]
    if (last === undefined || (anchor[0] >= last[0] + length && anchor[1] >= last[1] + length)) {
      kept.push(anchor)
    }
  }
  return kept
}

/** Longest subsequence of matches (sorted by left) increasing on the right: patience sorting. */
function longestIncreasingByRight(matches: ReadonlyArray<Match>): ReadonlyArray<Match> {
  const tails: number[] = []
  const previous: number[] = new Array<number>(matches.length).fill(-1)
  matches.forEach(([, right], index) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((matches[tails[middle] ?? 0]?.[1] ?? 0) < right) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[index] = tails[low - 1] ?? -1
    tails[low] = index
  })
  const result: Match[] = []
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index] ?? -1) {
    const match = matches[index]
    if (match !== undefined) result.push(match)
  }
  return result.reverse()
}

/**
 * Records the Myers diff of a range into `matched`; returns its edit count, or undefined (nothing
 * recorded) when it needs more than `maxEditLength` edits.
 */
function matchByMyers(
  a: ReadonlyArray<number>,
  b: ReadonlyArray<number>,
  range: Range,
  maxEditLength: number,
  matched: Int32Array,
): number | undefined {
  const changes = diffArrays(a.slice(range.a0, range.a1), b.slice(range.b0, range.b1), {
    maxEditLength,
  })
  if (changes === undefined) return undefined
  let atA = range.a0
  let atB = range.b0
  let edits = 0
  for (const change of changes) {
    if (change.added) {
      atB += change.count
      edits += change.count
    } else if (change.removed) {
      atA += change.count
      edits += change.count
    } else {
      for (let step = 0; step < change.count; step += 1) matched[atA++] = atB++
    }
  }
  return edits
}
