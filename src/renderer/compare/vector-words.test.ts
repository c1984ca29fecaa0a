import { describe, expect, it } from 'vitest'
import { vectorWords } from './vector-words'

describe('vectorWords', () => {
  it('lists the content words of both texts once, lower-cased', () => {
    const words = vectorWords([
      'Officials met in Moscow.\nThey talked for 3 hours.',
      'The officials travelled to Moscow.',
    ])
    expect(words).toContain('moscow')
    expect(words).toContain('officials')
    expect(words).not.toContain('3')
    expect(new Set(words).size).toBe(words.length)
  })
})
