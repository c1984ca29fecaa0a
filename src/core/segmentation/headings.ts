import type { Paragraph } from '../types'

const MARKDOWN_HEADING = /^#{1,6}(?:\s+|$)/
// "**Bold line**" or "__Bold line__": how Markdown and pasted rich text mark an unnumbered heading.
const EMPHASIS_WRAPPER = /^(\*\*|__)(.+)\1$/

/** True for an ATX Markdown heading line: one to six '#' then a space ("## Subheading"). */
export function isMarkdownHeading(text: string): boolean {
  return MARKDOWN_HEADING.test(text.trim()) && text.replace(/#/g, '').trim() !== ''
}

/** A heading's words without Markdown markers: leading/closing '#'s and bold wrappers removed. */
export function headingText(paragraph: Paragraph): string {
  return stripHeadingMarkup(paragraph.text)
}

/** Removes Markdown heading markers and a bold wrapper from a line. */
export function stripHeadingMarkup(text: string): string {
  let line = text.trim()
  if (MARKDOWN_HEADING.test(line)) line = line.replace(MARKDOWN_HEADING, '').replace(/\s+#+$/, '')
  const emphasis = EMPHASIS_WRAPPER.exec(line.trim())
  return (emphasis?.[2] ?? line).trim()
}

/** True when the line is wrapped in bold markers, the way rich text marks a plain heading. */
export function isEmphasisLine(text: string): boolean {
  return EMPHASIS_WRAPPER.test(text.trim())
}

// Minor words stay lower-case in Title Case (AP/Chicago: articles, short prepositions and
// conjunctions); every longer word is capitalised.
const TITLE_CASE_MIN_LENGTH = 4

/** True when the first word and every word of four letters or more start with a capital or digit. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []
  const first = words[0]
  if (first === undefined || !/^[\p{Lu}\p{N}]/u.test(first)) return false
  return words.every(
    (word) => [...word].length < TITLE_CASE_MIN_LENGTH || /^[\p{Lu}\p{N}]/u.test(word),
  )
}
