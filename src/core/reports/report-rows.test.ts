import { describe, expect, it } from 'vitest'
import type { AlignedRow } from '../types'
import { handMadeComparison, withParts, withLeftKind } from './report-fixtures'
import {
  describeMoveOrigin,
  foldRows,
  formatParagraphs,
  formatPercent,
  isBoilerplateRow,
} from './report-rows'

const row = (
  op: AlignedRow['op'],
  left: number[],
  right: number[],
  movedFrom?: number,
): AlignedRow => ({
  left,
  right,
  op,
  similarity: 1,
  tokens: [],
  ...(movedFrom === undefined ? {} : { movedFrom }),
})

describe('formatParagraphs', () => {
  it('writes single paragraphs, ranges and gaps the way a reader cites them', () => {
    expect(formatParagraphs([])).toBe('—')
    expect(formatParagraphs([3])).toBe('¶3')
    expect(formatParagraphs([3, 4, 5])).toBe('¶3–5')
    expect(formatParagraphs([3, 7, 8])).toBe('¶3, ¶7–8')
  })
})

describe('foldRows', () => {
  const boilerplate = withLeftKind(handMadeComparison(), 3, 'boilerplate')

  it('folds each run of equal rows into one entry and keeps the others', () => {
    const rows = [
      row('equal', [0], [0]),
      row('equal', [1], [1]),
      row('changed', [2], [2]),
      row('equal', [3], [3]),
    ]
    expect(foldRows(withParts(handMadeComparison(), { rows }))).toEqual([
      { kind: 'unchanged', first: 0, count: 2 },
      { kind: 'row', index: 2 },
      { kind: 'unchanged', first: 3, count: 1 },
    ])
  })

  it('folds rows made only of boilerplate, which are never reported as changes', () => {
    expect(isBoilerplateRow(boilerplate, row('removed', [3], []))).toBe(true)
    expect(isBoilerplateRow(boilerplate, row('changed', [3], [3]))).toBe(false)
    expect(foldRows(boilerplate).map((run) => run.kind)).toEqual([
      'row',
      'row',
      'row',
      'boilerplate',
      'row',
    ])
  })
})

describe('describeMoveOrigin', () => {
  it('names the original paragraph a moved row followed, or the top', () => {
    const rows = [
      row('moved', [2], [0], 1),
      row('equal', [0, 1], [1, 2]),
      row('moved', [3], [3], -1),
    ]
    expect(describeMoveOrigin(rows, 0)).toBe('originally after ¶1')
    expect(describeMoveOrigin(rows, 1)).toBeNull()
    expect(describeMoveOrigin(rows, 2)).toBe('originally at the top')
  })
})

describe('formatPercent', () => {
  it('rounds to whole percent', () => {
    expect(formatPercent(0.856)).toBe('86%')
    expect(formatPercent(1)).toBe('100%')
  })
})
