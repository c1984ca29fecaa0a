import { describe, expect, it } from 'vitest'
import { MARK_LEGEND, ROW_LEGEND } from './legend-items'

describe('ROW_LEGEND', () => {
  it('explains every row op once, with the gutter’s own label', () => {
    expect(ROW_LEGEND.map((entry) => `${entry.op}=${entry.label}`)).toEqual([
      'changed=changed',
      'added=added',
      'removed=removed',
      'moved=moved',
      'split=split',
      'merged=merged',
      'equal=same',
    ])
  })
})

describe('MARK_LEGEND', () => {
  it('covers removed and added words, quotes and facts', () => {
    expect(MARK_LEGEND.map((entry) => entry.key)).toEqual(['removed', 'added', 'quote', 'fact'])
  })
})
