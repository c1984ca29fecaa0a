import { describe, expect, it } from 'vitest'
import { formatDate } from './format-date'

describe('formatDate', () => {
  it('shows a calendar day without shifting it by time zone', () => {
    expect(formatDate('2025-03-12', 'en-GB')).toBe('12 Mar 2025')
  })

  it('shows the time of a published date-time', () => {
    expect(formatDate('2025-03-12T14:30:00Z', 'en-GB', 'UTC')).toBe('12 Mar 2025, 14:30')
    expect(formatDate('2025-03-12 09:05', 'en-GB', 'UTC')).toMatch(/^12 Mar 2025, \d\d:05$/)
  })

  it('keeps text that is not a date and shows nothing for no date', () => {
    expect(formatDate('spring 2025', 'en-GB')).toBe('spring 2025')
    expect(formatDate('', 'en-GB')).toBe('')
  })
})
