import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PREFS,
  LENS_WIDTH,
  clampLensWidth,
  lensWidthForKey,
  parsePrefs,
  stepZoom,
} from './ui-prefs'

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

describe('side panels', () => {
  it('remembers the panels and keeps the lens width in range', () => {
    const prefs = parsePrefs(
      JSON.stringify({ libraryOpen: false, lensesOpen: 'no', lensWidth: 9000 }),
    )
    expect(prefs.libraryOpen).toBe(false)
    expect(prefs.lensesOpen).toBe(true)
    expect(prefs.lensWidth).toBe(LENS_WIDTH.max)
    expect(clampLensWidth(10)).toBe(LENS_WIDTH.min)
    expect(clampLensWidth(300.4)).toBe(300)
    expect(clampLensWidth(Number.NaN)).toBe(LENS_WIDTH.initial)
  })
})

describe('lensWidthForKey', () => {
  it('widens with ArrowLeft, narrows with ArrowRight, jumps with Home and End', () => {
    expect(lensWidthForKey(300, 'ArrowLeft')).toBe(324)
    expect(lensWidthForKey(300, 'ArrowRight')).toBe(276)
    expect(lensWidthForKey(LENS_WIDTH.min, 'ArrowRight')).toBe(LENS_WIDTH.min)
    expect(lensWidthForKey(300, 'Home')).toBe(LENS_WIDTH.min)
    expect(lensWidthForKey(300, 'End')).toBe(LENS_WIDTH.max)
    expect(lensWidthForKey(300, 'a')).toBeNull()
  })
})
