import { describe, expect, it } from 'vitest'
import { textDirection } from './direction'

describe('textDirection', () => {
  it('is right-to-left when letters of RTL scripts are the majority', () => {
    expect(textDirection('ראש הממשלה אמר כי "NATO" תתמוך בתוכנית.')).toBe('rtl')
    expect(textDirection('قال رئيس الوزراء إن الخطة ستنجح.')).toBe('rtl')
  })

  it('is left-to-right for Latin, CJK and text without letters', () => {
    expect(textDirection('The minister said “שלום” twice.')).toBe('ltr')
    expect(textDirection('市议会周二投票')).toBe('ltr')
    expect(textDirection('2026 — 14%')).toBe('ltr')
  })
})

describe('textDirection, character by character', () => {
  // The reading the index loop replaced: every code point tested against both patterns.
  const byCodePoint = (text: string): string => {
    let rtl = 0
    let ltr = 0
    for (const char of text) {
      if (
        /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u.test(
          char,
        )
      )
        rtl += 1
      else if (/\p{L}/u.test(char)) ltr += 1
    }
    return rtl > ltr ? 'rtl' : 'ltr'
  }

  it.each([
    'abc אבג',
    'ab אבג',
    'Ünïcödé ßtraße שלום',
    '𐤀𐤁𐤂 ab',
    '𝐀𝐁𝐂𝐃 אבג',
    '\ud802 lone high surrogates \ud802\ud802 אב',
    '\udc00\udc00 lone low אבגדה',
    'אבגדהו 𐤀',
    '',
  ])('agrees with a code point reading on %j', (text) => {
    expect(textDirection(text)).toBe(byCodePoint(text))
  })
})
