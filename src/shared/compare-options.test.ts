import { describe, expect, it } from 'vitest'
import { DEFAULT_COMPARE_OPTIONS } from '../core'
import { isLibrarySort, LIBRARY_SORTS } from './api'
import { parseCompareOptions } from './compare-options'

describe('parseCompareOptions', () => {
  it('keeps well-formed flags and falls back field by field', () => {
    expect(parseCompareOptions({ ignoreCase: true, ignorePunctuation: 'yes' })).toEqual({
      ...DEFAULT_COMPARE_OPTIONS,
      ignoreCase: true,
    })
    const fallback = { ignoreCase: true, ignorePunctuation: true, ignoreTypography: false }
    expect(parseCompareOptions(null, fallback)).toEqual(fallback)
    expect(parseCompareOptions('ignoreCase')).toEqual(DEFAULT_COMPARE_OPTIONS)
  })

  it('reads own fields only and drops unknown ones', () => {
    const inherited = Object.create({ ignoreCase: true }) as object
    expect(parseCompareOptions(inherited)).toEqual(DEFAULT_COMPARE_OPTIONS)
    expect(
      Object.keys(parseCompareOptions({ extra: true, ignoreTypography: false })).sort(),
    ).toEqual(Object.keys(DEFAULT_COMPARE_OPTIONS).sort())
  })
})

describe('isLibrarySort', () => {
  it('accepts the library orders and nothing inherited', () => {
    expect(LIBRARY_SORTS.every(isLibrarySort)).toBe(true)
    expect(['__proto__', 'toString', 'weird', 7, null].some(isLibrarySort)).toBe(false)
  })
})
