import { describe, expect, it } from 'vitest'
import { planRows } from './row-groups'

/** Rows as `left→right`, paragraph indices joined by commas. */
function showRows(rows: ReturnType<typeof planRows>): string[] {
  return rows.map((row) => `${row.left.join(',')}→${row.right.join(',')}`)
}

describe('planRows', () => {
  it('puts a paragraph whose best partner has a row elsewhere in an adjacent linked row', () => {
    // Right 2 restates a statement of left 0 (its best) and of left 1, whose row is next to it.
    const links = [
      { left: 0, right: 0, similarity: 0.52 },
      { left: 0, right: 2, similarity: 0.35 },
      { left: 1, right: 1, similarity: 0.62 },
      { left: 1, right: 2, similarity: 0.29 },
    ]
    const rows = planRows({ leftCount: 2, rightCount: 3, links, forcedPairs: [] })
    expect(showRows(rows)).toEqual(['0→0', '1→1,2'])
  })

  it('still shows a paragraph linked to nothing next to it as added', () => {
    const links = [
      { left: 0, right: 0, similarity: 0.52 },
      { left: 0, right: 2, similarity: 0.35 },
      { left: 1, right: 3, similarity: 0.62 },
    ]
    const rows = planRows({ leftCount: 2, rightCount: 4, links, forcedPairs: [] })
    expect(showRows(rows)).toEqual(['0→0', '→1', '→2', '1→3'])
  })
})
