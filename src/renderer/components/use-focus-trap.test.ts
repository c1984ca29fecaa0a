import { describe, expect, it } from 'vitest'
import { nextStop } from './use-focus-trap'
import type { TrapRegion } from './use-focus-trap'

const panel: TrapRegion<string> = { region: 'panel', stops: ['search', 'list', 'import'] }
const toasts: TrapRegion<string> = { region: 'toasts', stops: ['undo', 'dismiss'] }
const noToasts: TrapRegion<string> = { region: 'toasts', stops: [] }

describe('nextStop (the focus trap’s Tab order)', () => {
  it('leaves Tab to the browser inside a region', () => {
    expect(nextStop([panel, toasts], 0, 'search', false)).toEqual({ kind: 'native' })
    expect(nextStop([panel, toasts], 0, 'list', true)).toEqual({ kind: 'native' })
    expect(nextStop([panel, toasts], 1, 'undo', false)).toEqual({ kind: 'native' })
  })

  it('goes from the panel’s last stop to the toasts and from the toasts back round', () => {
    expect(nextStop([panel, toasts], 0, 'import', false)).toEqual({ kind: 'focus', target: 'undo' })
    expect(nextStop([panel, toasts], 1, 'dismiss', false)).toEqual({
      kind: 'focus',
      target: 'search',
    })
    expect(nextStop([panel, toasts], 0, 'search', true)).toEqual({
      kind: 'focus',
      target: 'dismiss',
    })
    expect(nextStop([panel, toasts], 1, 'undo', true)).toEqual({ kind: 'focus', target: 'import' })
  })

  it('wraps inside the panel when no toast is shown', () => {
    expect(nextStop([panel, noToasts], 0, 'import', false)).toEqual({
      kind: 'focus',
      target: 'search',
    })
    expect(nextStop([panel, noToasts], 0, 'search', true)).toEqual({
      kind: 'focus',
      target: 'import',
    })
  })

  it('brings focus from outside to the first stop, or the last one backwards', () => {
    expect(nextStop([panel, toasts], -1, 'reader', false)).toEqual({
      kind: 'focus',
      target: 'search',
    })
    expect(nextStop([panel, toasts], -1, 'reader', true)).toEqual({
      kind: 'focus',
      target: 'dismiss',
    })
  })

  it('treats the region itself as before its first stop', () => {
    expect(nextStop([panel, toasts], 0, 'panel', false)).toEqual({ kind: 'native' })
    expect(nextStop([panel, toasts], 0, 'panel', true)).toEqual({
      kind: 'focus',
      target: 'dismiss',
    })
  })

  it('focuses the container when nothing has a stop', () => {
    const empty: TrapRegion<string> = { region: 'panel', stops: [] }
    expect(nextStop([empty, noToasts], 0, 'panel', false)).toEqual({ kind: 'container' })
    expect(nextStop([empty], -1, null, true)).toEqual({ kind: 'container' })
  })
})
