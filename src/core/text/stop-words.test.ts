import { describe, expect, it } from 'vitest'
import { ALIGNMENT_STOP_WORDS, FACT_CONTEXT_STOP_WORDS, QUOTE_STOP_WORDS } from './stop-words'

describe('stop-word lists', () => {
  it('keep negation as content for alignment and fact context, drop it for paraphrased quotes', () => {
    expect(ALIGNMENT_STOP_WORDS.has('not')).toBe(false)
    expect(QUOTE_STOP_WORDS.has('not')).toBe(true)
    expect(QUOTE_STOP_WORDS.has('would')).toBe(true)
  })

  it('drop the reporting verbs a rewrite swaps around one statement', () => {
    for (const verb of ['said', 'says', 'told']) {
      expect(ALIGNMENT_STOP_WORDS.has(verb)).toBe(true)
      expect(FACT_CONTEXT_STOP_WORDS.has(verb)).toBe(true)
    }
  })

  it('hold lower-case single words only', () => {
    for (const list of [ALIGNMENT_STOP_WORDS, QUOTE_STOP_WORDS, FACT_CONTEXT_STOP_WORDS]) {
      for (const word of list) expect(word).toMatch(/^[a-z']+$/)
    }
  })
})
