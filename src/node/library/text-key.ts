import { createHash } from 'node:crypto'

/**
 * A fingerprint of an article's text that ignores what does not change the words: Unicode form,
 * case, curly versus straight quotes, dash and ellipsis styles, and all whitespace and line breaks.
 * Two files with the same key are the same article for the library's duplicate check.
 */
export function textKeyOf(text: string): string {
  const normalized = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
  return createHash('sha256').update(normalized).digest('hex')
}
