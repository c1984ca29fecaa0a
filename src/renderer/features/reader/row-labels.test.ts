import { describe, expect, it } from 'vitest'
import { describeRow, paragraphLabel } from './row-labels'

describe('paragraphLabel', () => {
  it('numbers paragraphs from 0, as the reports and the CLI do', () => {
    expect(paragraphLabel([0])).toBe('¶ 0')
    expect(paragraphLabel([3])).toBe('¶ 3')
    expect(paragraphLabel([3, 4])).toBe('¶ 3–4')
    expect(paragraphLabel([1, 5])).toBe('¶ 1, 5')
    expect(paragraphLabel([])).toBe('')
  })
})

describe('describeRow', () => {
  it('names the op and both sides', () => {
    const row = { left: [], right: [2], op: 'added', similarity: 0, tokens: [] } as const
    expect(describeRow(row, 4, 10)).toBe('Row 5 of 10, added: nothing on the left, right ¶ 2')
  })
})
