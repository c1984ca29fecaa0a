import { describe, expect, it } from 'vitest'
import { layoutText, sanitizeForTerminal } from './text-layout'

describe('layoutText', () => {
  it('wraps between words with a hanging indent and keeps diff markers with their words', () => {
    const text = layoutText(
      [
        { text: 'one two three ', style: 'plain' },
        { text: '[-four-]', style: 'removed' },
        { text: '{+five+}', style: 'added' },
        { text: ' six seven', style: 'plain' },
      ],
      { color: false, width: 16, firstIndent: '* ', indent: '  ' },
    )
    expect(text).toBe('* one two three\n  [-four-]{+five+}\n  six seven')
  })

  it('starts a new indented line at each newline in the text', () => {
    expect(
      layoutText([{ text: 'a\nb', style: 'plain' }], {
        color: false,
        firstIndent: '  ',
        indent: '  ',
      }),
    ).toBe('  a\n  b')
  })

  it('colours each styled run and resets it before the line ends', () => {
    const text = layoutText(
      [
        { text: 'keep ', style: 'plain' },
        { text: 'gone', style: 'removed' },
      ],
      { color: true, firstIndent: '', indent: '' },
    )
    expect(text).toBe('keep \u001b[31;9mgone\u001b[0m')
  })
})

describe('sanitizeForTerminal', () => {
  it('shows control characters as symbols and keeps newlines', () => {
    expect(sanitizeForTerminal('a\u001b[31mb\u0007c\td\ne\u009bf')).toBe('a␛[31mb␇c d\ne\ufffdf')
  })

  it('shows bidi overrides and isolates instead of letting them reorder the line', () => {
    // "Trojan Source": a right-to-left override in an article would print a line in another order.
    const hostile = 'price \u202e0001\u202c and \u2067x\u2069 \u202aok\u202b'
    const shown = sanitizeForTerminal(hostile)
    expect(shown).toBe('price \ufffd0001\ufffd and \ufffdx\ufffd \ufffdok\ufffd')
    expect(sanitizeForTerminal('שלום עולם')).toBe('שלום עולם')
  })
})
