import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFS, parsePrefs, stepZoom } from './ui-prefs'

describe('parsePrefs', () => {
  it('falls back to defaults for missing or damaged storage', () => {
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS)
    expect(parsePrefs('{not json')).toEqual(DEFAULT_PREFS)
    expect(parsePrefs('null')).toEqual(DEFAULT_PREFS)
  })

  it('keeps valid values and replaces invalid ones field by field', () => {
    const prefs = parsePrefs(
      JSON.stringify({
        leftId: 'a',
        rightId: 7,
        options: { ignoreCase: true, ignorePunctuation: 'yes' },
        inline: true,
        zoom: 1.3,
        sort: 'weird',
      }),
    )
    expect(prefs).toEqual({
      ...DEFAULT_PREFS,
      leftId: 'a',
      options: { ...DEFAULT_PREFS.options, ignoreCase: true },
      inline: true,
      zoom: 1.3,
    })
  })
})

describe('stepZoom', () => {
  it('steps through the sizes and stops at either end', () => {
    expect(stepZoom(1, 1)).toBe(1.15)
    expect(stepZoom(1, -1)).toBe(0.85)
    expect(stepZoom(2, 1)).toBe(2)
    expect(stepZoom(0.75, -1)).toBe(0.75)
  })
})
