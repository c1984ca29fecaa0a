import { describe, expect, it } from 'vitest'
import {
  normalizeDashes,
  normalizeEllipsis,
  normalizeQuotes,
  normalizeSpaces,
  normalizeTypography,
} from './typography'

describe('normalizeQuotes', () => {
  it('maps curly, low-9, angle and prime double marks onto "', () => {
    expect(normalizeQuotes('“a” „b“ «c» ″d″')).toBe('"a" "b" "c" "d"')
  })
  it("maps curly and angle single marks and apostrophes onto '", () => {
    expect(normalizeQuotes('‘a’ ‚b‘ ‹c› Russia’s')).toBe("'a' 'b' 'c' Russia's")
  })
})

describe('normalizeDashes', () => {
  it('maps hyphen, non-breaking hyphen, figure, en and em dashes, bar and minus onto -', () => {
    expect(normalizeDashes('a‐b‑c‒d–e—f―g−h')).toBe('a-b-c-d-e-f-g-h')
  })
  it('reads a typed double hyphen as a dash', () => {
    expect(normalizeDashes('Rih -- Zelensky')).toBe('Rih - Zelensky')
  })
})

describe('normalizeEllipsis', () => {
  it('spells … as three full stops', () => {
    expect(normalizeEllipsis('wait… what')).toBe('wait... what')
  })
})

describe('normalizeSpaces', () => {
  it('collapses whitespace runs, NBSP and narrow spaces included, to one space', () => {
    expect(normalizeSpaces('a\u00A0 b\u202Fc \t\n d')).toBe('a b c d')
  })
  it('drops zero-width characters and soft hyphens', () => {
    expect(normalizeSpaces('cease\u00ADfire\u200B talks')).toBe('ceasefire talks')
  })
})

describe('normalizeTypography', () => {
  it('makes typographic variants of one sentence identical', () => {
    const curly = '“It’s a 30‑day truce — for now…”'
    const straight = '"It\'s a 30-day truce - for  now..."'
    expect(normalizeTypography(curly)).toBe(normalizeTypography(straight))
  })
  it('composes decomposed accents (NFC)', () => {
    expect(normalizeTypography('Michea\u0301l')).toBe('Micheál')
  })
  it('still folds the variants plain ASCII can hold: backtick, typed dash, space runs, tabs', () => {
    expect(normalizeTypography('it`s')).toBe("it's")
    expect(normalizeTypography('Rih -- Zelensky')).toBe('Rih - Zelensky')
    expect(normalizeTypography('for  now')).toBe('for now')
    expect(normalizeTypography('for\tnow')).toBe('for now')
    expect(normalizeTypography('plain words, left as written.')).toBe(
      'plain words, left as written.',
    )
  })
})
