import { describe, expect, it } from 'vitest'
import { SHORTCUTS, keyCommand } from './key-commands'
import type { KeyPress } from './key-commands'

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: null,
  ...extra,
})
const field = (tagName: string, type?: string) => ({ tagName, type }) as unknown as EventTarget

describe('keyCommand', () => {
  it('maps F7, Shift+F7, j, k, s and i', () => {
    expect(keyCommand(press('F7'))).toBe('next-change')
    expect(keyCommand(press('F7', { shiftKey: true }))).toBe('previous-change')
    expect(keyCommand(press('j'))).toBe('next-change')
    expect(keyCommand(press('k'))).toBe('previous-change')
    expect(keyCommand(press('s'))).toBe('swap-sides')
    expect(keyCommand(press('i'))).toBe('toggle-inline')
  })

  it('leaves letters alone while typing, but not F7', () => {
    expect(keyCommand(press('j', { target: field('INPUT', 'search') }))).toBeNull()
    expect(keyCommand(press('s', { target: field('TEXTAREA') }))).toBeNull()
    expect(keyCommand(press('F7', { target: field('INPUT', 'search') }))).toBe('next-change')
    expect(keyCommand(press('j', { target: field('INPUT', 'checkbox') }))).toBe('next-change')
  })

  it('ignores shortcuts with modifiers and other keys', () => {
    expect(keyCommand(press('s', { ctrlKey: true }))).toBeNull()
    expect(keyCommand(press('J', { shiftKey: true }))).toBeNull()
    expect(keyCommand(press('x'))).toBeNull()
  })

  it('toggles the side panels with [ and ] and opens the help with ?', () => {
    expect(keyCommand(press('['))).toBe('toggle-library')
    expect(keyCommand(press(']'))).toBe('toggle-lenses')
    expect(keyCommand(press('?', { shiftKey: true }))).toBe('show-shortcuts')
    expect(keyCommand(press('?', { target: field('INPUT', 'search') }))).toBeNull()
  })
})

describe('SHORTCUTS', () => {
  it('lists only keys that do something', () => {
    const single = SHORTCUTS.flatMap((shortcut) => shortcut.keys).filter((key) => key.length === 1)
    for (const key of single) {
      expect(keyCommand(press(key === '?' ? key : key.toLowerCase()))).not.toBeNull()
    }
  })
})
