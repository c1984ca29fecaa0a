import type { Paragraph, ParagraphKind } from '../types'
import { boilerplateSpans, isBoilerplateLine } from './boilerplate'
import { splitSentenceRanges } from '../text/sentences'
import { countSpacedRuns } from '../text/words'
import { isEmphasisLine, isMarkdownHeading, isTitleCase, stripHeadingMarkup } from './headings'

// Markdown and typographic bullets, "1." / "1)" numbering and "a)" lettering. Letters with a full
// stop are left out: "J. D. Vance said…" opens with an initial, not a list marker.
const LIST_ITEM = /^(?:[-*+•‣◦▪●]|\d{1,3}[.)]|[a-z]\))\s+\S/u

// A sentence ends in . ! ? : ; or … possibly followed by closing quotes or brackets; a heading
// does not (a colon introduces what follows, so it is not a heading either).
const SENTENCE_FINAL = /[.!?:;…](?:\s*["'”’»)\]])*$/u
// A heading ends in a word, a number or a closing mark. A trailing comma, dash or opening bracket
// means the line was hard-wrapped mid-sentence.
const HEADING_END = /[\p{L}\p{N}\p{M})\]"'”’»%]$/u
// A question or exclamation with no closing quote after it (a quoted one is speech).
const QUESTION_END = /[?!]$/u
const DOUBLE_QUOTE_MARK = /["“”„«»]/u
const STARTS_LOWER_CASE = /^\p{Ll}/u

// Headlines run longer than subheadings (news style guides cap them near 20 words); subheadings
// are a short phrase. Question-form subheadings ("What's next?") are shorter still.
const HEADLINE_MAX_WORDS = 25
const HEADLINE_MAX_CHARS = 200
const SUBHEADING_MAX_WORDS = 15
const SUBHEADING_MAX_CHARS = 120
const QUESTION_MAX_WORDS = 12

/** Splits text into its non-empty lines, trimmed; BOM and LF, CRLF or CR line ends handled. */
export function splitNonEmptyLines(text: string): ReadonlyArray<string> {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** Splits an article into paragraphs: its non-empty lines, each with a kind. */
export function segmentArticle(text: string): ReadonlyArray<Paragraph> {
  const lines = splitNonEmptyLines(text)
  const furniture = lines.map(isFurniture)
  const context: LineContext = {
    lines,
    furniture,
    firstContent: furniture.indexOf(false),
    nextContent: nextContentIndices(furniture),
  }
  return lines.map((line, index) => ({ index, text: line, kind: classifyLine(context, index) }))
}

interface LineContext {
  readonly lines: ReadonlyArray<string>
  readonly furniture: ReadonlyArray<boolean>
  /** Index of the first line that is not furniture (-1: none). */
  readonly firstContent: number
  /** For each line, the index of the next line that is not furniture (-1: none). */
  readonly nextContent: ReadonlyArray<number>
}

// A furniture line is one whose boilerplate spans cover it whole. Besides a boilerplate line, only
// a parenthesised credit standing alone can do that, so the credit patterns run on such lines only.
const OPENS_WITH_PARENTHESIS = /^\s*\(/u

function isFurniture(line: string): boolean {
  if (isBoilerplateLine(line)) return true
  if (!OPENS_WITH_PARENTHESIS.test(line)) return false
  const spans = boilerplateSpans(line)
  return spans.length === 1 && spans[0]?.start === 0 && spans[0].end === line.length
}

function nextContentIndices(furniture: ReadonlyArray<boolean>): ReadonlyArray<number> {
  const next = new Array<number>(furniture.length).fill(-1)
  for (let index = furniture.length - 2; index >= 0; index -= 1) {
    next[index] = furniture[index + 1] ? (next[index + 1] ?? -1) : index + 1
  }
  return next
}

function classifyLine(context: LineContext, index: number): ParagraphKind {
  const line = context.lines[index] ?? ''
  if (isMarkdownHeading(line)) return 'heading'
  if (context.furniture[index]) return 'boilerplate'
  if (LIST_ITEM.test(line)) return 'list-item'
  return looksLikeHeading(context, index) ? 'heading' : 'paragraph'
}

/**
 * A heading is a short line that introduces a longer passage: it has no sentence-final
 * punctuation (or is a short Title-Cased question with no quotation in it), and the next line of
 * content is longer and does not continue it in lower case. The last line never is one: a heading
 * heads something. The first line of content may be longer, since that is where the headline sits.
 */
function looksLikeHeading(context: LineContext, index: number): boolean {
  const raw = context.lines[index] ?? ''
  const line = stripHeadingMarkup(raw)
  const next = context.lines[context.nextContent[index] ?? -1]
  if (next === undefined || STARTS_LOWER_CASE.test(next)) return false
  // Every way to a heading below needs at most HEADLINE_MAX_WORDS words, so longer lines (most
  // of an article) are settled without counting them, or the next line, to the end.
  const words = countSpacedRuns(line, HEADLINE_MAX_WORDS + 1)
  if (words > HEADLINE_MAX_WORDS) return false
  if (countSpacedRuns(stripHeadingMarkup(next), words + 1) <= words) return false
  if (isEmphasisLine(raw)) return words <= SUBHEADING_MAX_WORDS
  if (QUESTION_END.test(line)) {
    return words <= QUESTION_MAX_WORDS && !DOUBLE_QUOTE_MARK.test(line) && isTitleCase(line)
  }
  if (SENTENCE_FINAL.test(line) || !HEADING_END.test(line)) return false
  const short =
    index === context.firstContent
      ? words <= HEADLINE_MAX_WORDS && line.length <= HEADLINE_MAX_CHARS
      : words <= SUBHEADING_MAX_WORDS && line.length <= SUBHEADING_MAX_CHARS
  // A heading is one phrase: a line holding a finished sentence and more is body text.
  return short && splitSentenceRanges(line).length === 1
}
