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

/** Commands only the window's keys give (the menu has no entry for them). */
export type WindowCommand = 'toggle-library' | 'toggle-lenses' | 'show-shortcuts'

/** What a key press can ask for. */
export type KeyCommand = MenuCommand | WindowCommand

const LETTER_COMMANDS: Readonly<Record<string, KeyCommand>> = {
  j: 'next-change',
  k: 'previous-change',
  s: 'swap-sides',
  i: 'toggle-inline',
  '[': 'toggle-library',
  ']': 'toggle-lenses',
}

/** One line of the keyboard help: the keys as people press them and what they do. */
export interface Shortcut {
  readonly keys: ReadonlyArray<string>
  readonly action: string
}

/** Every shortcut, in the order the help lists them. */
export const SHORTCUTS: ReadonlyArray<Shortcut> = [
  { keys: ['J', 'F7'], action: 'Next change' },
  { keys: ['K', 'Shift+F7'], action: 'Previous change' },
  { keys: ['S'], action: 'Swap sides' },
  { keys: ['I'], action: 'Inline view on or off' },
  { keys: ['['], action: 'Show or hide the library' },
  { keys: [']'], action: 'Show or hide the lenses' },
  { keys: ['?'], action: 'This list of shortcuts' },
  { keys: ['Esc'], action: 'Close a dialog' },
]

/**
 * The command a key press triggers, or null. Letters only act outside text fields and without
 * modifiers, so typing in search or a dialog never jumps around; F7 works everywhere.
 */
export function keyCommand(press: KeyPress): KeyCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null
  if (press.key === 'F7') return press.shiftKey ? 'previous-change' : 'next-change'
  if (isTextField(press.target)) return null
  // "?" needs Shift on most layouts, so it is matched before Shift rules the letters out.
  if (press.key === '?') return 'show-shortcuts'
  if (press.shiftKey) return null
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
