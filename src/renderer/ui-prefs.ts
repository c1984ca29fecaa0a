import { DEFAULT_COMPARE_OPTIONS } from '../core'
import type { CompareOptions } from '../core'
import { isLibrarySort } from '../shared/api'
import type { LibrarySort } from '../shared/api'
import { parseCompareOptions } from '../shared/compare-options'

/** View settings kept between sessions. */
export interface UiPrefs {
  readonly leftId: string | null
  readonly rightId: string | null
  readonly options: CompareOptions
  readonly inline: boolean
  readonly collapse: boolean
  /** Text size as a factor of the default, `ZOOM_STEPS` apart. */
  readonly zoom: number
  readonly sort: LibrarySort
  /** Whether the library sidebar is shown. */
  readonly libraryOpen: boolean
  /** Whether the lens panel is shown. */
  readonly lensesOpen: boolean
  /** The lens panel's width in CSS pixels, between `LENS_WIDTH.min` and `LENS_WIDTH.max`. */
  readonly lensWidth: number
}

/** The lens panel's width range and the default, in CSS pixels. */
export const LENS_WIDTH = { min: 180, max: 560, initial: 208 } as const

/** Settings of a first run. */
export const DEFAULT_PREFS: UiPrefs = {
  leftId: null,
  rightId: null,
  options: DEFAULT_COMPARE_OPTIONS,
  inline: false,
  collapse: true,
  zoom: 1,
  sort: 'date',
  libraryOpen: true,
  lensesOpen: true,
  lensWidth: LENS_WIDTH.initial,
}

/** The `localStorage` key the settings live under. */
export const PREFS_KEY = 'rewrite-lens:ui'

const ZOOM_STEPS = [0.75, 0.85, 1, 1.15, 1.3, 1.5, 1.75, 2] as const

/** The next text size up (1) or down (-1), staying within the supported range. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const index = ZOOM_STEPS.findIndex((step) => step >= zoom - 1e-9)
  const at = index < 0 ? ZOOM_STEPS.length - 1 : index
  const next = Math.min(ZOOM_STEPS.length - 1, Math.max(0, at + direction))
  return ZOOM_STEPS[next] ?? 1
}

/** A lens panel width kept within the supported range (whole pixels). */
export function clampLensWidth(width: number): number {
  if (!Number.isFinite(width)) return LENS_WIDTH.initial
  return Math.round(Math.min(LENS_WIDTH.max, Math.max(LENS_WIDTH.min, width)))
}

const LENS_KEY_STEP = 24

/**
 * The lens panel width after a key press on its resize handle, or null for other keys. The panel
 * sits on the right, so ArrowLeft widens it (the handle moves left) and ArrowRight narrows it.
 */
export function lensWidthForKey(width: number, key: string): number | null {
  switch (key) {
    case 'ArrowLeft':
      return clampLensWidth(width + LENS_KEY_STEP)
    case 'ArrowRight':
      return clampLensWidth(width - LENS_KEY_STEP)
    case 'Home':
      return LENS_WIDTH.min
    case 'End':
      return LENS_WIDTH.max
    default:
      return null
  }
}

/** Reads stored settings, keeping only well-formed values (storage may be old or hand-edited). */
export function parsePrefs(raw: string | null): UiPrefs {
  if (!raw) return DEFAULT_PREFS
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return DEFAULT_PREFS
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_PREFS
  const stored = value as Record<string, unknown>
  const flag = (input: unknown, fallback: boolean): boolean =>
    typeof input === 'boolean' ? input : fallback
  const id = (input: unknown): string | null =>
    typeof input === 'string' && input !== '' ? input : null
  return {
    leftId: id(stored.leftId),
    rightId: id(stored.rightId),
    options: parseCompareOptions(stored.options, DEFAULT_PREFS.options),
    inline: flag(stored.inline, DEFAULT_PREFS.inline),
    collapse: flag(stored.collapse, DEFAULT_PREFS.collapse),
    zoom: ZOOM_STEPS.find((step) => step === stored.zoom) ?? DEFAULT_PREFS.zoom,
    sort: isLibrarySort(stored.sort) ? stored.sort : DEFAULT_PREFS.sort,
    libraryOpen: flag(stored.libraryOpen, DEFAULT_PREFS.libraryOpen),
    lensesOpen: flag(stored.lensesOpen, DEFAULT_PREFS.lensesOpen),
    lensWidth:
      typeof stored.lensWidth === 'number'
        ? clampLensWidth(stored.lensWidth)
        : DEFAULT_PREFS.lensWidth,
  }
}
