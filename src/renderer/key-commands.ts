import type { MenuCommand } from '../shared/api'

/** The parts of a keydown event that decide its command (a plain object in tests). */
export interface KeyPress {
  readonly key: string
  readonly shiftKey: boolean
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
  readonly target: EventTarget | null
}

const LETTER_COMMANDS: Readonly<Record<string, MenuCommand>> = {
  j: 'next-change',
  k: 'previous-change',
  s: 'swap-sides',
  i: 'toggle-inline',
}

/**
 * The command a key press triggers, or null. Letters only act outside text fields and without
 * modifiers, so typing in search or a dialog never jumps around; F7 works everywhere.
 */
export function keyCommand(press: KeyPress): MenuCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null
  if (press.key === 'F7') return press.shiftKey ? 'previous-change' : 'next-change'
  if (press.shiftKey || isTextField(press.target)) return null
  return LETTER_COMMANDS[press.key] ?? null
}

function isTextField(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; isContentEditable?: boolean; type?: string } | null
  if (!element?.tagName) return false
  if (element.isContentEditable) return true
  const tag = element.tagName.toUpperCase()
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(element.type ?? 'text')
}
