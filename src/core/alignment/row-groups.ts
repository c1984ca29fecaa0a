import type { ParagraphLink, RowOp } from '../types'
import { heaviestIncreasingSubsequence } from './increasing-subsequence'

/** A display row before its word diff: which paragraphs it shows and how they relate. */
export interface PlannedRow {
  readonly left: ReadonlyArray<number>
  readonly right: ReadonlyArray<number>
  readonly op: RowOp
  readonly movedFrom?: number
  readonly movedTo?: ReadonlyArray<number>
}

/** What the row planner needs to know beyond the links. */
export interface RowPlanInput {
  readonly leftCount: number
  readonly rightCount: number
  readonly links: ReadonlyArray<ParagraphLink>
  /** Pairs that must share a row whatever their links say (the two headlines). */
  readonly forcedPairs: ReadonlyArray<readonly [number, number]>
}

interface Group {
  readonly left: number[]
  readonly right: number[]
  readonly similarity: number
}

/**
 * Partitions both sides' paragraphs into rows in the rewrite's reading order: one-to-one and
 * split/merge groups from the links, the heaviest in-order chain of them as anchors, the rest
 * `moved`, and unmatched paragraphs `added` or `removed` (after their left predecessor's row).
 */
export function planRows(input: RowPlanInput): ReadonlyArray<PlannedRow> {
  const groups = groupParagraphs(input)
  const matched = [...groups].sort((a, b) => firstOf(a.right) - firstOf(b.right))
  // Anchors maximise the paragraphs kept in place, strong matches counting more than weak ones.
  const inOrder = new Set(
    heaviestIncreasingSubsequence(
      matched.map((group) => firstOf(group.left)),
      matched.map((group) => (group.left.length + group.right.length) * (0.5 + group.similarity)),
    )
      .map((index) => matched[index])
      .filter((group): group is Group => group !== undefined),
  )
  return assembleRows(input, matched, inOrder)
}

function firstOf(indices: ReadonlyArray<number>): number {
  return indices[0] ?? -1
}

function groupParagraphs(input: RowPlanInput): Group[] {
  const counts = { left: Math.max(input.leftCount, 1), right: Math.max(input.rightCount, 1) }
  const bestRight = bestPartners(input.leftCount, input.links, 'left', 'right', counts)
  const bestLeft = bestPartners(input.rightCount, input.links, 'right', 'left', counts)
  const groupOfLeft: (Group | undefined)[] = new Array(input.leftCount)
  const groupOfRight: (Group | undefined)[] = new Array(input.rightCount)
  const groups: Group[] = []
  const open = (left: number, right: number, similarity: number): void => {
    const group = { left: [left], right: [right], similarity }
    groups.push(group)
    groupOfLeft[left] = group
    groupOfRight[right] = group
  }
  for (const [left, right] of input.forcedPairs) {
    const link = input.links.find((l) => l.left === left && l.right === right)
    open(left, right, link?.similarity ?? 0)
  }
  const bySimilarity = [...input.links].sort((a, b) => b.similarity - a.similarity)
  for (const link of bySimilarity) {
    const mutual = bestRight[link.left] === link.right && bestLeft[link.right] === link.left
    if (mutual && !groupOfLeft[link.left] && !groupOfRight[link.right]) {
      open(link.left, link.right, link.similarity)
    }
  }
  // Splits and merges grow a one-sided group by an adjacent paragraph whose best partner it
  // holds; repeat so that a three-way split grows from either end. Then a paragraph still without
  // a row joins any adjacent group it is linked to: its best partner may sit in another row.
  for (const bestOnly of [true, false]) {
    for (let changed = true; changed;) {
      changed = growGroups(bestOnly)
    }
  }
  return groups

  function growGroups(bestOnly: boolean): boolean {
    let changed = false
    for (const link of bySimilarity) {
      const leftGroup = groupOfLeft[link.left]
      const rightGroup = groupOfRight[link.right]
      if (leftGroup && !rightGroup && leftGroup.left.length === 1) {
        const best = !bestOnly || bestLeft[link.right] === link.left
        if (best && adjacent(leftGroup.right, link.right)) {
          insertSorted(leftGroup.right, link.right)
          groupOfRight[link.right] = leftGroup
          changed = true
        }
      } else if (rightGroup && !leftGroup && rightGroup.right.length === 1) {
        const best = !bestOnly || bestRight[link.left] === link.right
        if (best && adjacent(rightGroup.left, link.left)) {
          insertSorted(rightGroup.left, link.left)
          groupOfLeft[link.left] = rightGroup
          changed = true
        }
      } else if (!leftGroup && !rightGroup) {
        if (bestRight[link.left] === link.right || bestLeft[link.right] === link.left) {
          open(link.left, link.right, link.similarity)
          changed = true
        }
      }
    }
    return changed
  }
}

// Of two near-equal partners, prefer the one at the same relative place in its article, so a
// paragraph whose statements recur in the rewrite stays in order instead of reading as moved.
const POSITION_PRIOR = 0.2

function bestPartners(
  count: number,
  links: ReadonlyArray<ParagraphLink>,
  from: 'left' | 'right',
  to: 'left' | 'right',
  counts: { readonly left: number; readonly right: number },
): Int32Array {
  const best = new Int32Array(count).fill(-1)
  const score = new Float64Array(count)
  for (const link of links) {
    const offset = Math.abs(link.left / counts.left - link.right / counts.right)
    const value = link.similarity * (1 - POSITION_PRIOR * offset)
    if (value > (score[link[from]] ?? 0)) {
      score[link[from]] = value
      best[link[from]] = link[to]
    }
  }
  return best
}

function adjacent(indices: ReadonlyArray<number>, index: number): boolean {
  const first = indices[0] ?? -2
  const last = indices[indices.length - 1] ?? -2
  return index === first - 1 || index === last + 1
}

function insertSorted(indices: number[], index: number): void {
  indices.push(index)
  indices.sort((a, b) => a - b)
}

interface DraftRow {
  readonly left: ReadonlyArray<number>
  readonly right: ReadonlyArray<number>
  readonly op: RowOp
}

function assembleRows(
  input: RowPlanInput,
  matched: ReadonlyArray<Group>,
  inOrder: ReadonlySet<Group>,
): ReadonlyArray<PlannedRow> {
  const groupOfRight = new Map<number, Group>()
  const movedLeft = new Uint8Array(input.leftCount)
  const usedLeft = new Uint8Array(input.leftCount)
  for (const group of matched) {
    group.right.forEach((j) => groupOfRight.set(j, group))
    group.left.forEach((i) => {
      usedLeft[i] = 1
      if (!inOrder.has(group)) movedLeft[i] = 1
    })
  }
  // The rewrite's order: each matched group where its first right paragraph stands.
  const mainRows: DraftRow[] = []
  const rowOfLeft = new Int32Array(input.leftCount).fill(-1)
  for (let j = 0; j < input.rightCount; j++) {
    const group = groupOfRight.get(j)
    if (!group) mainRows.push({ left: [], right: [j], op: 'added' })
    else if (group.right[0] === j) mainRows.push(draftOf(group, inOrder.has(group)))
  }
  // Removed paragraphs go after the row of the nearest left predecessor that did not move.
  const removedAfter = new Map<number, number[]>()
  mainRows.forEach((row, index) => row.left.forEach((i) => (rowOfLeft[i] = index)))
  let anchor = -1
  for (let i = 0; i < input.leftCount; i++) {
    if (!usedLeft[i]) {
      const list = removedAfter.get(anchor) ?? []
      list.push(i)
      removedAfter.set(anchor, list)
    } else if (!movedLeft[i]) anchor = rowOfLeft[i] ?? -1
  }
  const rows: DraftRow[] = []
  const pushRemoved = (after: number): void => {
    for (const i of removedAfter.get(after) ?? [])
      rows.push({ left: [i], right: [], op: 'removed' })
  }
  pushRemoved(-1)
  mainRows.forEach((row, index) => {
    rows.push(row)
    pushRemoved(index)
  })
  return linkMoves(rows, input.leftCount)
}

function draftOf(group: Group, inOrder: boolean): DraftRow {
  if (!inOrder) return { left: group.left, right: group.right, op: 'moved' }
  const op: RowOp = group.left.length > 1 ? 'merged' : group.right.length > 1 ? 'split' : 'changed'
  return { left: group.left, right: group.right, op }
}

/** Sets `movedFrom` on moved rows and `movedTo` on the rows they left. */
function linkMoves(rows: ReadonlyArray<DraftRow>, leftCount: number): ReadonlyArray<PlannedRow> {
  const rowOfLeft = new Int32Array(leftCount).fill(-1)
  rows.forEach((row, index) => row.left.forEach((i) => (rowOfLeft[i] = index)))
  // For each left paragraph, the row of the nearest one at or before it that did not move.
  const stableRowUpTo = new Int32Array(leftCount)
  let stable = -1
  for (let i = 0; i < leftCount; i++) {
    const row = rowOfLeft[i] ?? -1
    if (rows[row]?.op !== 'moved') stable = row
    stableRowUpTo[i] = stable
  }
  const movedFrom = new Map<number, number>()
  const movedTo = new Map<number, number[]>()
  rows.forEach((row, index) => {
    if (row.op !== 'moved') return
    const first = row.left[0] ?? 0
    const origin = first > 0 ? (stableRowUpTo[first - 1] ?? -1) : -1
    movedFrom.set(index, origin)
    if (origin < 0) return
    const list = movedTo.get(origin) ?? []
    list.push(index)
    movedTo.set(origin, list)
  })
  return rows.map((row, index) => {
    const from = movedFrom.get(index)
    const to = movedTo.get(index)
    return {
      ...row,
      ...(from !== undefined ? { movedFrom: from } : {}),
      ...(to !== undefined ? { movedTo: to } : {}),
    }
  })
}
