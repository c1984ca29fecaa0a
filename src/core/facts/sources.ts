import type { Fact } from './fact'
import { normalizeFactText } from './fact'

/*
 * Attribution of information, which compromise has no notion of. Rewrites often blur or sharpen
 * who said something ("a source" → "a BBC source", "reportedly" → "Reports from Russian state
 * media"), so each way of naming a source is a fact. Named speakers ("X said") are the quotes
 * lens's business and are not repeated here.
 */

// Words that may describe a source: "a senior government source", "Russian state media".
const DESCRIBERS = String.raw`(?:\p{Lu}[\p{L}.'’-]*|senior|government|military|diplomatic|intelligence|security|western|official|informed|anonymous|unnamed|knowledgeable|state|local|independent|regional|local)`
const DETERMINER = String.raw`(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]ultiple|[Mm]any|[Oo]ther|[Ss]ome|[Tt]he)`
const MEDIA = String.raw`(?:media|television|TV|news agency|news agencies|outlets?|newspapers?|press|broadcaster)`

const UNNAMED_SOURCE = new RegExp(
  String.raw`(?<![\p{L}])(?:${DETERMINER}\s+)?(?:${DESCRIBERS}\s+){0,3}sources?\b(?!\s+of\b)`,
  'gu',
)
const ACCORDING_TO = /\b[Aa]ccording to\s+([^,.;:!?"“”]{2,80})/gu
const REPORTS_FROM = new RegExp(
  String.raw`\b[Rr]eports?\s+(?:from|in|by)\s+((?:the\s+)?(?:${DESCRIBERS}\s+){0,3}(?:${MEDIA}|${DESCRIBERS}))`,
  'gu',
)
const MEDIA_SAID = new RegExp(
  String.raw`(?<![\p{L}])((?:${DESCRIBERS}\s+){1,3}${MEDIA})\s+(?:ha(?:ve|s|d)\s+)?(reported|said|showed|claimed|quoted|cited)\b`,
  'gu',
)
const REPORTEDLY = /\b[Rr]eportedly\b/gu
// A body that put out what the article shows: "Kremlin-released footage", "Pentagon-supplied
// images", "the Kremlin released footage".
const SHOWN = String.raw`(?:footage|videos?|images|photos|photographs|pictures|film|recordings?|audio)`
const RELEASED_BY = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}.'’]*)-(?:released|supplied|provided|issued|distributed|published)\s+${SHOWN}\b`,
  'gu',
)
const BODY_RELEASED = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])((?:[Tt]he\s+)?\p{Lu}[\p{L}'’]*)\s+(?:has\s+|had\s+)?(?:released|published|aired|broadcast)\s+${SHOWN}\b`,
  'gu',
)
// What each pattern's matches must contain, tested first: most texts have none of it, and each
// pattern tries every word of a text that has. The patterns are case-sensitive, and so are these.
const UNNAMED_SOURCE_NEEDS = /source/u
const ACCORDING_TO_NEEDS = /[Aa]ccording to\s/u
const REPORTS_FROM_NEEDS = /[Rr]eports?\s+(?:from|in|by)\s/u
const MEDIA_SAID_NEEDS = new RegExp(
  String.raw`${MEDIA}\s+(?:ha(?:ve|s|d)\s+)?(?:reported|said|showed|claimed|quoted|cited)`,
  'u',
)
const RELEASED_BY_NEEDS = new RegExp(
  String.raw`-(?:released|supplied|provided|issued|distributed|published)\s+${SHOWN}`,
  'u',
)
const BODY_RELEASED_NEEDS = new RegExp(
  String.raw`(?:released|published|aired|broadcast)\s+${SHOWN}`,
  'u',
)
const REPORTEDLY_NEEDS = /[Rr]eportedly/u

// A determiner or pronoun not after a preposition starts the clause the attribution opens:
// "according to the IEA's report the world will burn…" names the report, not the world.
const CLAUSE_START =
  /(?<!\b(?:of|at|in|for|from|on|by|to|with|and))\s+(?:the|a|an|this|that|these|those|it|he|she|they|we|there|its|his|her|their)\s/iu

/** The words of an attribution's target before the clause that follows it. */
function clauseStart(target: string): string {
  const clause = CLAUSE_START.exec(target)
  return clause && clause.index > 0 ? target.slice(0, clause.index) : target
}

function sourceFact(text: string, start: number, value: string, key = 'source'): Fact {
  return { kind: 'source', text, key, value, start, end: start + text.length }
}

/**
 * The key of a source that put out what the article shows ("Kremlin-released footage", "Russian
 * state television showed"): a rewrite swaps it for another such source, never for whoever a
 * claim was credited to ("reportedly").
 */
export const FOOTAGE_SOURCE_KEY = 'footage'

function valueOf(text: string): string {
  return normalizeFactText(text)
    .replace(/^(?:a|an|the|one)\s+/, '')
    .replace(/^according to\s+(?:the\s+)?/, '')
    .replace(/^reports?\s+(?:from|in|by)\s+(?:the\s+)?/, 'reports from ')
}

/**
 * How a text attributes what it reports: unnamed sources, "according to …", "reports from …",
 * media that reported something, "reportedly". `isPerson` tells whether a span names a person.
 */
export function extractSources(
  text: string,
  isPerson: (start: number, end: number) => boolean,
): ReadonlyArray<Fact> {
  const facts: Fact[] = []
  // Each pattern scans from every word; skipping texts without what it needs keeps this cheap.
  const scan = (pattern: RegExp, needs: RegExp): IterableIterator<RegExpExecArray> | [] =>
    needs.test(text) ? text.matchAll(pattern) : []
  for (const match of scan(UNNAMED_SOURCE, UNNAMED_SOURCE_NEEDS)) {
    const written = match[0].trim()
    // "the source" alone points back at something ("the source of the blast"), naming no one.
    if (/^the\s+sources?$/iu.test(written)) continue
    // A bare "source" is a noun of some other phrase ("the mysterious source for …").
    if (written === 'source') continue
    facts.push(sourceFact(written, match.index, valueOf(written)))
  }
  for (const match of scan(ACCORDING_TO, ACCORDING_TO_NEEDS)) {
    const target = clauseStart((match[1] ?? '').trim())
    const targetStart = match.index + match[0].indexOf(target)
    // "according to Kremlin spokesperson Dmitry Peskov" names a speaker, as a quote would.
    if (isPerson(targetStart, targetStart + target.length)) continue
    const written = `${match[0].slice(0, match[0].indexOf(target))}${target}`
    facts.push(sourceFact(written, match.index, valueOf(written)))
  }
  for (const match of scan(REPORTS_FROM, REPORTS_FROM_NEEDS)) {
    const written = match[0].trim()
    facts.push(sourceFact(written, match.index, valueOf(written)))
  }
  for (const match of scan(MEDIA_SAID, MEDIA_SAID_NEEDS)) {
    const written = (match[1] ?? '').trim()
    const key = match[2] === 'showed' ? FOOTAGE_SOURCE_KEY : 'source'
    facts.push(sourceFact(written, match.index, valueOf(written), key))
  }
  for (const match of scan(RELEASED_BY, RELEASED_BY_NEEDS)) {
    const body = match[1] ?? ''
    const written = match[0].slice(0, match[0].search(/\s/u))
    facts.push(sourceFact(written, match.index, normalizeFactText(body), FOOTAGE_SOURCE_KEY))
  }
  for (const match of scan(BODY_RELEASED, BODY_RELEASED_NEEDS)) {
    const body = normalizeFactText(match[1] ?? '').replace(/^the\s+/u, '')
    if (NOT_SOURCES.has(body)) continue
    const written = match[0].slice(0, match[0].lastIndexOf(' ')).trimEnd()
    facts.push(sourceFact(written, match.index, body, FOOTAGE_SOURCE_KEY))
  }
  for (const match of scan(REPORTEDLY, REPORTEDLY_NEEDS)) {
    facts.push(sourceFact(match[0], match.index, 'reportedly'))
  }
  const sorted = facts.sort((a, b) => a.start - b.start || b.end - a.end)
  return sorted.filter(
    (fact, index) =>
      !sorted.some((other, at) => at < index && other.start <= fact.start && fact.end <= other.end),
  )
}

// A verb of claiming, and the name or body written just before it: "the Kremlin claimed that…",
// "Peskov stated that…", "with Peskov claiming they…". "Said" is left out: it credits every
// quotation, the quotes lens's business.
const CLAIM_VERB =
  /(?<=\s)(?:claimed|claims|claiming|stated|states|stating|reported|reports|reporting|insisted|insists|insisting|asserted|alleged|maintained)\b/gu
const CLAIMED_BY =
  /(?<![\p{L}\p{N}])((?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+$/u
// How far before its verb a source is looked for: "the" and four capitalised words.
const SOURCE_REACH = 80
// Capitalised words that open a sentence before a verb without naming anyone.
const NOT_SOURCES: ReadonlySet<string> = new Set(
  'he she they it we i you this that these those who which there it’s officials police'.split(' '),
)

/**
 * Who each claim of a text is credited to ("the Kremlin claimed", "Peskov stated"), valued by the
 * source's last word so that "Dmitry Peskov" and "Peskov" are one source. Only a claim whose source
 * a rewrite changes is a fact to report; who said what is otherwise the quotes lens's business.
 */
export function extractAttributions(text: string): ReadonlyArray<Fact> {
  const facts: Fact[] = []
  for (const verb of text.matchAll(CLAIM_VERB)) {
    const from = Math.max(0, verb.index - SOURCE_REACH)
    const match = CLAIMED_BY.exec(text.slice(from, verb.index))
    if (!match) continue
    const subject = match[1] ?? ''
    const words = normalizeFactText(subject)
      .replace(/['’]s$/u, '')
      .split(' ')
      .filter((word) => word !== 'the')
    const last = words[words.length - 1] ?? ''
    if (words.length === 0 || words.some((word) => NOT_SOURCES.has(word))) continue
    const start = from + match.index
    const end = verb.index + verb[0].length
    facts.push({
      kind: 'source',
      text: text.slice(start, end),
      key: 'attribution',
      value: last,
      start,
      end,
    })
  }
  return facts
}
