import { describe, expect, it } from 'vitest'
import { formatDate } from './format-date'

describe('formatDate', () => {
  it('shows a calendar day without shifting it by time zone', () => {
    expect(formatDate('2025-03-12', 'en-GB')).toBe('12 Mar 2025')
  })

  it('keeps text that is not a date and shows nothing for no date', () => {
    expect(formatDate('spring 2025', 'en-GB')).toBe('spring 2025')
    expect(formatDate('', 'en-GB')).toBe('')
  })
})
