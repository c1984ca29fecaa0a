import { describe, expect, it } from 'vitest'
import { RecurringTextCache, recurringTexts } from './recurring-texts'

describe('recurringTexts', () => {
  it('lists the texts met more than once, within one list or across two', () => {
    const left = ['Kept paragraph.', 'Only on the left.', 'Said twice.', 'Said twice.']
    const right = ['Only on the right.', 'Kept paragraph.']
    expect([...recurringTexts([...left, ...right])]).toEqual(['Said twice.', 'Kept paragraph.'])
  })
})

describe('RecurringTextCache', () => {
  it('keeps the entries of recurring texts and drops the others', () => {
    const cache = new RecurringTextCache<number>(new Set(['kept']))
    cache.set('kept', 1).set('read once', 2)
    expect(cache.get('kept')).toBe(1)
    expect(cache.has('read once')).toBe(false)
    expect(cache.size).toBe(1)
  })
})
