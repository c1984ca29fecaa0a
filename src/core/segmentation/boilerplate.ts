import type { TextSpan } from '../text/sentences'
import { countSpacedRuns } from '../text/words'
import type { Paragraph } from '../types'

// Picture agencies and wires whose names make up photo credits. A credit names one of these, which
// is what tells "(Getty Images)" apart from an ordinary parenthesis.
const AGENCY = String.raw`(?:Getty\s+Images|Getty|Reuters|AP\s+Photo|Associated\s+Press|AP|AFP|Agence\s+France-Presse|EPA(?:-EFE)?|Shutterstock|Alamy|PA\s+Media|PA\s+Wire|PA|Bloomberg|NurPhoto|Anadolu(?:\s+Agency)?|TASS|Sputnik|Xinhua|iStock|SOPA\s+Images|LightRocket|Sipa)`

// Lines that are page furniture rather than article text: comment counters, share and follow
// prompts, newsletter calls, ad labels, link lists, captions and credits, bylines and timestamps.
// Each is anchored to the whole line, and the open-ended ones only accept short lines (below), so
// a sentence that merely starts with "Share" or "Follow" stays content.
const FURNITURE_LINES: ReadonlyArray<RegExp> = [
  /^[\d,.]+[kKmM]?\s*(?:comments?|shares?|replies|responses)$/i,
  /^(?:no|view|show|hide|load|read|leave\s+a|add\s+a|post\s+a|join\s+the)?\s*(?:comments?|conversation)(?:\s*\(\d+\))?$/i,
  /^share(?:\s+(?:this|on|via|with)\b.*)?$/i,
  /^(?:subscribe|sign\s+up|newsletter)\b.*/i,
  /^follow\s+(?:us|me)\b.*/i,
  /^follow\s+.{1,60}\bon\s+(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|telegram|threads|bluesky|whatsapp)\b.*/i,
  /^(?:advertisement|advert|ad|sponsored(?:\s+content)?|promoted|paid\s+content|story\s+continues\s+below(?:\s+advertisement)?)$/i,
  /^(?:read\s+more|related(?:\s+(?:articles?|stories|topics|content|coverage))?|see\s+also|more\s+on\s+this\s+story|also\s+read|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+read|top\s+stories)(?:\s*[:…].*)?$/i,
  /^(?:photo|photograph|image|picture|pictured|video|credit|image\s+source|image\s+caption|media\s+caption|caption)(?:\s+credit)?\s*[:,].*/i,
  /^(?:reporting|writing|editing|additional\s+reporting|compiled)\s+by\b.*/i,
  /^(?:published|updated|last\s+updated|posted)\b.{0,60}\d.{0,60}$/i,
  // A page's own stamp ("Story Created: Aug 7, 2012 …", "Originally published 05/03/2013 …"); a
  // bare "Created" or "Modified" only with its colon, so "Created in 2012, the fund…" stays content.
  /^(?:(?:originally|first)\s+published\b|story\s+(?:created|updated|published)\b|(?:created|modified)\s*:).{0,60}\d.{0,60}$/i,
  new RegExp(
    String.raw`^\(?(?:(?:photo|image|picture)(?:\s+credit)?\s*[:,]?\s*)?(?:[^()]{0,60}?/\s*)?${AGENCY}(?:\s*/\s*[^()]{0,40})?\)?$`,
    'i',
  ),
  new RegExp(String.raw`^(?:embed\s+from\s+)?${AGENCY}$`, 'i'),
]

// A byline is "By" and a few capitalised names, optionally followed by a desk or outlet.
const BYLINE =
  /^(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,5}(?:\s*[,|–—-]\s*.{0,60})?$/u

// A dateline: a line made only of a date and time (weekday, month, day, year, clock time, zone,
// "Updated", "@"), the page's timestamp rather than article text.
const DATE_WORD = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`
const DATELINE = new RegExp(
  // Each alternative ends where the next cannot begin (no letter or digit follows), so the
  // repetition never backtracks.
  String.raw`^(?:(?:${DATE_WORD}|[ap]\.?\s?m\.?|at|on|last|updated|published|posted|gmt|utc|bst|cet|uk|(?:ak|ha|a[ce]|[ecmp])[sd]?t)(?![a-z])|\d+(?:st|nd|rd|th|[ap]m)?(?![\da-z])|[\s,.:/|()@+-])+$`,
  'i',
)
const HAS_DATE = new RegExp(
  String.raw`\b(?:${DATE_WORD})\b|\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}`,
  'i',
)

// A date line that names the place after a dash ("March 14, 2013 - UNITED STATES -"), the place in
// capitals as wires write it.
const PLACED_DATELINE = /^(.+?)\s*[-–—]\s*(?:\p{Lu}[\p{Lu}.'’-]+\s*){1,3}[-–—]?$/u

// Furniture is short: a line longer than this is article text even if it opens like a prompt.
const MAX_FURNITURE_WORDS = 20

// A credit at the very start of a paragraph, often glued to the first word when a page is copied
// ("Embed from Getty ImagesWhile Trump…"), so it is matched without needing a space after it.
const LEADING_CREDIT = new RegExp(String.raw`^embed\s+from\s+${AGENCY}`, 'i')

// A parenthesised credit anywhere: "(Getty Images)", "(Photo: AFP)", the wire tag "(Reuters)".
const INLINE_CREDIT = new RegExp(
  String.raw`\s*\((?:(?:photo|image|picture)(?:\s+credit)?\s*[:,]?\s*)?(?:[^()]{0,60}?/\s*)?${AGENCY}\)`,
  'gi',
)

/** True when the whole line is page furniture (comment counts, share prompts, credits, bylines). */
export function isBoilerplateLine(text: string): boolean {
  const line = text.trim()
  if (line === '' || countSpacedRuns(line, MAX_FURNITURE_WORDS + 1) > MAX_FURNITURE_WORDS)
    return false
  return (
    FURNITURE_LINES.some((pattern) => pattern.test(line)) ||
    BYLINE.test(line) ||
    isDateline(line) ||
    isDateline(PLACED_DATELINE.exec(line)?.[1] ?? '')
  )
}

function isDateline(line: string): boolean {
  return DATELINE.test(line) && HAS_DATE.test(line)
}

/**
 * The parts of a paragraph's text that are page furniture, in order and not overlapping: the whole
 * text for a furniture line, else a leading credit (glued or not) and parenthesised credits.
 */
export function boilerplateSpans(text: string): ReadonlyArray<TextSpan> {
  if (text.trim() === '') return []
  if (isBoilerplateLine(text)) return [{ start: 0, end: text.length }]
  const spans: TextSpan[] = []
  const leading = LEADING_CREDIT.exec(text)
  if (leading) {
    const end = leading[0].length
    spans.push({ start: 0, end: end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0) })
  }
  for (const match of text.matchAll(INLINE_CREDIT)) {
    const start = match.index
    const end = start + match[0].length
    if (spans.some((span) => start < span.end && end > span.start)) continue
    spans.push({ start, end })
  }
  spans.sort((a, b) => a.start - b.start)
  const covered = spans.reduce(
    (sum, span) => sum + text.slice(span.start, span.end).trim().length,
    0,
  )
  return covered >= text.trim().length ? [{ start: 0, end: text.length }] : spans
}

/** Removes the given spans from a text and trims it. */
export function removeSpans(text: string, spans: ReadonlyArray<TextSpan>): string {
  let result = ''
  let cursor = 0
  for (const span of spans) {
    result += text.slice(cursor, span.start)
    cursor = span.end
  }
  return (result + text.slice(cursor)).trim()
}

/** A paragraph's text without its page furniture: '' for a boilerplate paragraph. */
export function contentText(paragraph: Paragraph): string {
  if (paragraph.kind === 'boilerplate') return ''
  return removeSpans(paragraph.text, boilerplateSpans(paragraph.text))
}
