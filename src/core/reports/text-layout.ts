import { needsChangeSeparator } from '../diff/format-diff'
/** How a piece of terminal text is shown. */
export type TextStyle =
  'plain' | 'removed' | 'added' | 'strong' | 'muted' | 'note' | 'removed-label' | 'added-label'

/** A run of text in one style. */
export interface StyledText {
  readonly text: string
  readonly style: TextStyle
}

/** How styled text becomes lines: colour or plain markers, wrapping width and indents. */
export interface LayoutOptions {
  readonly color: boolean
  /** Wrap lines at this many columns; no wrapping when absent. */
  readonly width?: number
  /** Put before the first line. */
  readonly firstIndent: string
  /** Put before every following line (wrapped or after a newline in the text). */
  readonly indent: string
}

const RESET = '\u001b[0m'
// Strike-through and underline as well as colour, so the diff reads without colour vision too.
const ANSI: Readonly<Record<TextStyle, string>> = {
  plain: '',
  removed: '\u001b[31;9m',
  added: '\u001b[32;4m',
  strong: '\u001b[1m',
  muted: '\u001b[2m',
  note: '\u001b[36m',
  'removed-label': '\u001b[31m',
  'added-label': '\u001b[32m',
}

/** One styled fragment of a word or a space run. */
type Fragment = StyledText

// eslint-disable-next-line no-control-regex -- finding control characters is the point here
const TERMINAL_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/**
 * Makes article text safe to print on a terminal: control characters (escape sequences could
 * recolour or rewrite the screen) become their visible Unicode control pictures; tabs become spaces;
 * bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) become U+FFFD, since a hostile
 * article could use them to print a line in another order than it is stored ("Trojan Source",
 * CVE-2021-42574). Right-to-left letters themselves are kept.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (char) => {
    const code = char.charCodeAt(0)
    if (code === 0x09) return ' '
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    return code === 0x7f ? '\u2421' : '\ufffd'
  })
}

/**
 * The pieces with a plain space between a removed and an added piece that touch: with colour the
 * two styles alone would run the words together (markers already keep them apart).
 */
export function separateChanges(
  pieces: ReadonlyArray<StyledText>,
  color: boolean,
): ReadonlyArray<StyledText> {
  if (!color) return pieces
  const typeOf = (piece: StyledText): 'equal' | 'added' | 'removed' =>
    piece.style === 'added' || piece.style === 'removed' ? piece.style : 'equal'
  return pieces.flatMap((piece, index) => {
    const previous = pieces[index - 1]
    const apart =
      previous !== undefined &&
      needsChangeSeparator(
        { type: typeOf(previous), text: previous.text },
        { type: typeOf(piece), text: piece.text },
      )
    return apart ? [{ style: 'plain' as const, text: ' ' }, piece] : [piece]
  })
}

/** Wraps a piece in git's `--word-diff=plain` markers when there is no colour to show it. */
export function markDiff(piece: StyledText, color: boolean): StyledText {
  if (color) return piece
  if (piece.style === 'removed') return { ...piece, text: `[-${piece.text}-]` }
  if (piece.style === 'added') return { ...piece, text: `{+${piece.text}+}` }
  return piece
}

/** Lays styled text out as terminal lines: ANSI styles or plain text, wrapped between words. */
export function layoutText(pieces: ReadonlyArray<StyledText>, options: LayoutOptions): string {
  const lines: Fragment[][] = [[]]
  const widths: number[] = [visibleWidth(options.firstIndent)]
  let pendingSpace: Fragment[] = []

  const current = (): Fragment[] => lines[lines.length - 1] ?? []
  const newLine = (): void => {
    lines.push([])
    widths.push(visibleWidth(options.indent))
    pendingSpace = []
  }
  const place = (word: ReadonlyArray<Fragment>): void => {
    const wordWidth = word.reduce((sum, part) => sum + visibleWidth(part.text), 0)
    const spaceWidth = pendingSpace.reduce((sum, part) => sum + visibleWidth(part.text), 0)
    const lineWidth = widths[widths.length - 1] ?? 0
    const hasContent = current().length > 0
    if (
      options.width !== undefined &&
      hasContent &&
      lineWidth + spaceWidth + wordWidth > options.width
    ) {
      newLine()
    } else {
      current().push(...pendingSpace)
      widths[widths.length - 1] = lineWidth + spaceWidth
    }
    pendingSpace = []
    current().push(...word)
    widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + wordWidth
  }

  let word: Fragment[] = []
  const flushWord = (): void => {
    if (word.length > 0) place(word)
    word = []
  }
  for (const piece of pieces) {
    for (const atom of sanitizeForTerminal(piece.text).match(/\n| +|[^ \n]+/g) ?? []) {
      if (atom === '\n') {
        flushWord()
        newLine()
      } else if (atom.startsWith(' ')) {
        flushWord()
        // Leading spaces of a line are kept only when nothing was wrapped before them.
        pendingSpace.push({ text: atom, style: piece.style })
      } else {
        word.push({ text: atom, style: piece.style })
      }
    }
  }
  flushWord()
  current().push(...pendingSpace)

  return lines
    .map((line, index) => {
      const indent = index === 0 ? options.firstIndent : options.indent
      return (indent + renderLine(line, options.color)).trimEnd()
    })
    .join('\n')
}

function renderLine(line: ReadonlyArray<Fragment>, color: boolean): string {
  if (!color) return line.map((part) => part.text).join('')
  const merged: Fragment[] = []
  for (const part of line) {
    const last = merged[merged.length - 1]
    if (last && last.style === part.style)
      merged[merged.length - 1] = { ...last, text: last.text + part.text }
    else merged.push(part)
  }
  return merged
    .map((part) => (part.style === 'plain' ? part.text : `${ANSI[part.style]}${part.text}${RESET}`))
    .join('')
}

function visibleWidth(text: string): number {
  // Code points, not UTF-16 units: close enough for wrapping prose (wide CJK glyphs may overrun).
  if (!/[\uD800-\uDFFF]/.test(text)) return text.length
  let width = 0
  for (const _ of text) width += 1
  return width
}
