/** The writing direction of a text, as a reader lays it out. */
export type TextDirection = 'ltr' | 'rtl'

// Letters of the right-to-left scripts (bidi classes R and AL): Hebrew, Arabic, Syriac, Thaana,
// N'Ko, Samaritan, Mandaic, their presentation forms, and the historic RTL blocks of plane 1.
const RTL_LETTER =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u
const LETTER = /\p{L}/u

/**
 * The direction most of a text's letters run in: right-to-left when letters of RTL scripts
 * outnumber the others (a Hebrew article quoting "NATO" stays RTL), else left-to-right.
 */
export function textDirection(text: string): TextDirection {
  let rtl = 0
  let ltr = 0
  for (const char of text) {
    if (RTL_LETTER.test(char)) rtl += 1
    else if (LETTER.test(char)) ltr += 1
  }
  return rtl > ltr ? 'rtl' : 'ltr'
}
