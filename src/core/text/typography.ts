/**
 * Typographic variants that writers, CMSs and LLM rewrites swap freely without changing meaning.
 * Each function maps a family of variants onto one plain ASCII spelling; lengths may change, so
 * these are for comparing text, never for the text that is shown.
 */

// Double marks: curly, low-9, reversed, angle (guillemets), full-width and the double prime that
// OCR and some CMSs produce for '"'.
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g
// Single marks: curly (also the apostrophe), low-9, reversed, single angle, prime, modifier letter
// apostrophe and grave/acute accents typed in place of an apostrophe.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2039\u203A\u2032\u02BC\u0060\u00B4\uFF07]/g
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small and
// full-width hyphen-minus: editors pick one house style, the words do not change.
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g
// Typewriter convention for a dash: two or three hyphens.
const TYPED_DASH = /-{2,3}/g
const ELLIPSIS = /\u2026/g
// Zero-width space, word joiner, BOM and soft hyphen are invisible; they only survive copy and
// paste. The zero-width (non-)joiners are kept: they change emoji and Persian spelling.
const INVISIBLES = /[\u00AD\u200B\u2060\uFEFF]/g
// \s covers NBSP, the narrow and figure spaces (U+2000..U+200A, U+202F), U+3000 and line ends.
const WHITESPACE_RUN = /\s+/g

/** Maps curly, angle, low-9 and prime quotation marks and apostrophes onto `"` and `'`. */
export function normalizeQuotes(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'")
}

/** Maps hyphens, en/em dashes, the bar and the minus sign, and a typed "--", onto `-`. */
export function normalizeDashes(text: string): string {
  return text.replace(DASHES, '-').replace(TYPED_DASH, '-')
}

/** Spells the ellipsis character `…` as three full stops. */
export function normalizeEllipsis(text: string): string {
  return text.replace(ELLIPSIS, '...')
}

/** Drops invisible characters and collapses every whitespace run (NBSP included) to one space. */
export function normalizeSpaces(text: string): string {
  return text.replace(INVISIBLES, '').replace(WHITESPACE_RUN, ' ')
}

// Printable ASCII but the backtick (an apostrophe variant), spaces included: text made only of
// these has no variant to fold unless it holds a typed dash or a run of spaces.
const PLAIN_ASCII = /^[\x20-\x5F\x61-\x7E]*$/

/** Applies every typographic normalisation: quotes, dashes, ellipsis, spaces and Unicode NFC. */
export function normalizeTypography(text: string): string {
  // Most words are plain ASCII: skipping the seven passes for them saves most of the diff's time.
  if (PLAIN_ASCII.test(text) && !text.includes('--') && !text.includes('  ')) return text
  return normalizeSpaces(normalizeEllipsis(normalizeDashes(normalizeQuotes(text.normalize('NFC')))))
}
