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
