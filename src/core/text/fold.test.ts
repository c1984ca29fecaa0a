import { describe, expect, it } from 'vitest'
import { DEFAULT_COMPARE_OPTIONS } from '../types'
import { foldForComparison, isPunctuationOnly, stripPunctuation } from './fold'

const none = { ignoreCase: false, ignorePunctuation: false, ignoreTypography: false }

describe('foldForComparison', () => {
  it('folds typography by default and keeps case and punctuation', () => {
    expect(foldForComparison('Russia’s “court”', DEFAULT_COMPARE_OPTIONS)).toBe('Russia\'s "court"')
  })
  it('keeps everything but Unicode composition when nothing is ignored', () => {
    expect(foldForComparison('Russia’s', none)).toBe('Russia’s')
    expect(foldForComparison('Michea\u0301l', none)).toBe('Micheál')
  })
  it('lower-cases under ignoreCase', () => {
    expect(foldForComparison('Kremlin', { ...none, ignoreCase: true })).toBe('kremlin')
  })
  it('drops punctuation under ignorePunctuation, so "U.S." equals "US"', () => {
    const options = { ...none, ignorePunctuation: true }
    expect(foldForComparison('U.S.', options)).toBe(foldForComparison('US', options))
    expect(foldForComparison('don’t', options)).toBe('dont')
  })
})

describe('punctuation', () => {
  it('treats marks as punctuation but not signs that read as words', () => {
    expect(isPunctuationOnly('“')).toBe(true)
    expect(isPunctuationOnly('...')).toBe(true)
    expect(isPunctuationOnly('%')).toBe(false)
    expect(isPunctuationOnly('a.')).toBe(false)
    expect(isPunctuationOnly('')).toBe(false)
  })
  it('strips marks and keeps %, &, # and @', () => {
    expect(stripPunctuation('“86%,” said A&B (#1).')).toBe('86% said A&B #1')
  })
})
