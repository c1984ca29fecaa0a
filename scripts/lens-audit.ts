/**
 * Audits the lenses of one comparison against its own articles, for `npm run eval:lenses`: facts and
 * quotes reported added/removed although their words stand in the other article, quote sides whose
 * spans do not hold their text (words that are not the article's own), and speaker labels that
 * name nobody.
 */
import { normalizeTypography, QUOTE_PART_SEPARATOR, WORD_LEXICON } from '../src/core'
import type {
  ComparedArticle,
  Comparison,
  FactChange,
  FactKind,
  QuoteChange,
  SideText,
} from '../src/core'

/** One lens entry found wanting, with where to read it. */
export interface LensCase {
  readonly side: 'left' | 'right'
  readonly paragraph: number
  readonly text: string
  /** What the entry was (a fact kind, a quote status). */
  readonly label: string
}

/**
 * How a speaker label reads: a person's name, a role phrase, shaped like a name but with no sign
 * in the articles that it names a person (a place, brand or group: "Instagram", "Sardinia"), or
 * neither.
 */
export type SpeakerVerdict = 'name' | 'role' | 'unverified' | 'not-a-speaker'

/** Everything the audit found in one comparison. */
export interface LensAudit {
  /** Facts reported added or removed. */
  readonly factsReported: number
  /** ...of which the text stands word for word in the other article. */
  readonly factsVerbatim: ReadonlyArray<LensCase>
  readonly quotesReported: number
  readonly quotesVerbatim: ReadonlyArray<LensCase>
  /** Quote sides (left and right of every quote entry). */
  readonly quoteSides: number
  /** ...whose text, or one of its parts, is not a contiguous stretch of its article. */
  readonly quotesNotContiguous: ReadonlyArray<LensCase>
  /** Every speaker label of a quote entry, with its verdict. */
  readonly speakers: ReadonlyArray<{ readonly label: string; readonly verdict: SpeakerVerdict }>
}

/** Audits one comparison's fact and quote lenses against the articles it compared. */
export function auditComparison(comparison: Comparison): LensAudit {
  const leftText = foldedArticle(comparison.left)
  const rightText = foldedArticle(comparison.right)
  const otherText = (side: 'left' | 'right'): string => (side === 'left' ? rightText : leftText)

  const reportedFacts = oneSided(comparison.facts)
  const leftPlain = plainArticle(comparison.left)
  const rightPlain = plainArticle(comparison.right)
  const factsVerbatim = reportedFacts
    .filter(({ change, side }) =>
      side === 'left'
        ? statesFactIn(rightText, rightPlain, change.kind, change.left!.text)
        : statesFactIn(leftText, leftPlain, change.kind, change.right!.text),
    )
    .map(({ change, side }) => caseOf(change[side]!, side, change.kind))

  const reportedQuotes = oneSided(comparison.quotes)
  const quotesVerbatim = reportedQuotes
    .filter(({ change, side }) =>
      partsOf(change[side]!).every((part) => containsFolded(otherText(side), part)),
    )
    .map(({ change, side }) => caseOf(change[side]!, side, change.status))

  const sides = comparison.quotes.flatMap((change) =>
    (['left', 'right'] as const).flatMap((side) => {
      const text = change[side]
      return text ? [{ change, side, text }] : []
    }),
  )
  const articleOf = (side: 'left' | 'right'): ComparedArticle =>
    side === 'left' ? comparison.left : comparison.right
  const quotesNotContiguous = sides
    .filter(({ side, text }) => !spansHoldText(articleOf(side), text))
    .map(({ change, side, text }) => caseOf(text, side, change.status))

  const bothTexts = `${articleText(comparison.left)}\n${articleText(comparison.right)}`
  // A re-attributed quote names a speaker on each side: both are shown, so both are judged.
  const speakers = comparison.quotes.flatMap((change) =>
    [
      ...new Set([change.speaker, change.speakers?.left ?? null, change.speakers?.right ?? null]),
    ].flatMap((label) =>
      label === null ? [] : [{ label, verdict: judgeSpeaker(label, bothTexts) }],
    ),
  )
  return {
    factsReported: reportedFacts.length,
    factsVerbatim,
    quotesReported: reportedQuotes.length,
    quotesVerbatim,
    quoteSides: sides.length,
    quotesNotContiguous,
    speakers,
  }
}

interface OneSided<T> {
  readonly change: T
  readonly side: 'left' | 'right'
}

/** The entries reported on one side only (added or removed), with that side. */
function oneSided<T extends FactChange | QuoteChange>(
  changes: ReadonlyArray<T>,
): ReadonlyArray<OneSided<T>> {
  return changes.flatMap((change): ReadonlyArray<OneSided<T>> => {
    if (change.status === 'removed' && change.left) return [{ change, side: 'left' }]
    if (change.status === 'added' && change.right) return [{ change, side: 'right' }]
    return []
  })
}

function caseOf(text: SideText, side: 'left' | 'right', label: string): LensCase {
  return { side, paragraph: text.paragraph, text: text.text, label }
}

/** True when the side's spans lie in its article and their words, joined, are its text. */
function spansHoldText(article: ComparedArticle, text: SideText): boolean {
  // @1 comparisons had no spans: their text must then be a stretch of the article.
  const spans = text.spans as SideText['spans'] | undefined
  if (spans === undefined) return foldedArticle(article).includes(fold(text.text))
  const words = spans.map((span) => {
    const paragraph = article.paragraphs[span.paragraph]?.text
    if (paragraph === undefined || span.start < 0 || span.end > paragraph.length) return null
    return paragraph.slice(span.start, span.end)
  })
  return (
    spans.length > 0 &&
    words.every((word) => word !== null && word.trim() !== '') &&
    words.join(QUOTE_PART_SEPARATOR) === text.text
  )
}

function partsOf(text: SideText): ReadonlyArray<string> {
  return text.text.split(QUOTE_PART_SEPARATOR).filter((part) => part.trim() !== '')
}

function fold(text: string): string {
  return normalizeTypography(text).toLowerCase()
}

function articleText(article: ComparedArticle): string {
  return article.paragraphs.map((paragraph) => paragraph.text).join('\n')
}

function plainArticle(article: ComparedArticle): string {
  return normalizeTypography(articleText(article))
}

function foldedArticle(article: ComparedArticle): string {
  return plainArticle(article).toLowerCase()
}

/**
 * True when `text` states a fact written `words`: its words stand there as whole words, up to case
 * and typography, and say the same thing. A count is not stated by the same digits or word inside
 * a longer quantity ("four" in "four million", "100" in "100%", "8" in "8: 33 AM", "12" in "Nov
 * 12"), and an acronym is not stated by the same letters in lower case ("US" by "us").
 */
export function statesFact(text: string, kind: FactKind, words: string): boolean {
  const plain = normalizeTypography(text)
  return statesFactIn(plain.toLowerCase(), plain, kind, words)
}

function statesFactIn(folded: string, plain: string, kind: FactKind, words: string): boolean {
  const written = normalizeTypography(words).trim()
  if (/^\p{Lu}(?:\.?\p{Lu})+\.?$/u.test(written)) return wordHits(plain, written).length > 0
  const needle = fold(words).trim()
  const hits = wordHits(folded, needle)
  if (kind !== 'number') return hits.length > 0
  return hits.some((at) => !insideQuantity(folded, at, at + needle.length, needle))
}

const SCALE_AFTER = /^(?:[\s-]*(?:thousand|million|billion|trillion)\b|\s?(?:bn|mn|tn|m|k)\b)/u
const PERCENT_AFTER = /^\s?(?:%|per\s?cent\b|percent\b)/u
const FRACTION_AFTER = /^[\s-]+(?:halves|half|thirds?|quarters?|fifths?|tenths?)\b/u
const SHARE_BEFORE = /\b(?:a|an|one|two|three|four)[\s-]+$/u
const ORDINAL = /^(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/u
const CLOCK_AFTER = /^(?:\s?:\s?\d|\s?(?:a\.?\s?m\b|p\.?\s?m\b))/u
const CLOCK_BEFORE = /\d\s?:\s?$/u
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s$/u
const MONTH_AFTER = /^\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/u
const SLASH_AFTER = /^\s?\/\s?\d/u
const SLASH_BEFORE = /\d\s?\/\s?$/u

/** True when the number at `start`–`end` of folded text is part of another quantity. */
function insideQuantity(text: string, start: number, end: number, needle: string): boolean {
  const before = text.slice(Math.max(0, start - 16), start)
  const after = text.slice(end, end + 16)
  const digits = /^\d+$/u.test(needle)
  return (
    SCALE_AFTER.test(after) ||
    PERCENT_AFTER.test(after) ||
    FRACTION_AFTER.test(after) ||
    (ORDINAL.test(needle) && SHARE_BEFORE.test(before)) ||
    CLOCK_AFTER.test(after) ||
    CLOCK_BEFORE.test(before) ||
    (digits && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) ||
    SLASH_AFTER.test(after) ||
    SLASH_BEFORE.test(before)
  )
}

/**
 * True when `words` stands in `text` as whole words up to case and typography: "5" is not in
 * "15 people", and "Two" is in "two officers".
 */
export function containsWords(text: string, words: string): boolean {
  return containsFolded(fold(text), words)
}

function containsFolded(foldedText: string, words: string): boolean {
  return wordHits(foldedText, fold(words).trim()).length > 0
}

/** Where `needle` stands in `text` as whole words, not as part of a longer number. */
function wordHits(text: string, needle: string): ReadonlyArray<number> {
  if (needle === '') return []
  const wordChar = /[\p{L}\p{N}]/u
  const hits: number[] = []
  let at = text.indexOf(needle)
  while (at >= 0) {
    const before = text[at - 1]
    const after = text[at + needle.length]
    const startsWord = !wordChar.test(needle[0]!) || before === undefined || !wordChar.test(before)
    const endsWord =
      !wordChar.test(needle[needle.length - 1]!) || after === undefined || !wordChar.test(after)
    if (startsWord && endsWord && !insideNumber(text, at, at + needle.length)) hits.push(at)
    at = text.indexOf(needle, at + 1)
  }
  return hits
}

// A digit run that goes on across a thousands or decimal separator is one number: "40" is not
// in "£40,000" nor "11" in "11.7%".
function insideNumber(text: string, start: number, end: number): boolean {
  const digit = /\p{N}/u
  const continuesAfter =
    digit.test(text[end - 1] ?? '') &&
    /[.,]/u.test(text[end] ?? '') &&
    digit.test(text[end + 1] ?? '')
  const continuesBefore =
    digit.test(text[start] ?? '') &&
    /[.,]/u.test(text[start - 1] ?? '') &&
    digit.test(text[start - 2] ?? '')
  return continuesAfter || continuesBefore
}

/**
 * The rows that pair content of the two articles (every op but added and removed; rows of
 * boilerplate only are left out, as the same furniture line on both sides is no claim): for two
 * unrelated articles there should be none.
 */
export function pairedRows(comparison: Comparison): ReadonlyArray<string> {
  const boilerplate = (side: ComparedArticle, indices: ReadonlyArray<number>): boolean =>
    indices.every((index) => side.paragraphs[index]?.kind === 'boilerplate')
  return comparison.rows
    .filter((row) => row.op !== 'added' && row.op !== 'removed')
    .filter(
      (row) =>
        !(boilerplate(comparison.left, row.left) && boilerplate(comparison.right, row.right)),
    )
    .map(
      (row) =>
        `${row.op} (${Math.round(row.similarity * 100)}%) ¶${row.left.join(',')} ~ ¶${row.right.join(',')}: ` +
        `${comparison.left.paragraphs[row.left[0] ?? -1]?.text.slice(0, 70)} ~ ` +
        `${comparison.right.paragraphs[row.right[0] ?? -1]?.text.slice(0, 70)}`,
    )
}

// Words that open a phrase which is not a person: pronouns, question words, determiners of things.
const NOT_A_SPEAKER_START = new Set(
  (
    'i me you he him she it we us they them this that these those ' +
    'there here what which who whom whose where when why how whatever something someone anyone ' +
    'everyone nobody nothing one some many all both each either neither such'
  ).split(' '),
)

// Capitalised words that open sentences but never names.
const NOT_A_NAME_WORD = new Set(
  (
    'the a an and but or if so as at in on of to for by with from after before while when what ' +
    'which who why how this that these those there here it he she they we i you his her its their ' +
    'our my your said says asked told according yes no not'
  ).split(' '),
)

// Lower-case words inside names ("Ursula von der Leyen", "Abu Bakr al-Baghdadi").
const NAME_PARTICLES = new Set(
  'de da di del della der den des du el la le van von al bin ibn dos das y e ter zu'.split(' '),
)

// Head nouns of a role phrase that stands for a person or body that speaks.
const ROLE_NOUNS = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople minister ministers president secretary ' +
    'official officials source sources officer officers chief director governor mayor senator ' +
    'lawmaker lawmakers leader leaders envoy ambassador diplomat diplomats adviser advisor ' +
    'commander general prosecutor prosecutors judge lawyer lawyers attorney police statement ' +
    'spokesmen government ministry office agency department committee council army military ' +
    'company firm union aide aides analyst analysts expert experts researcher researchers ' +
    'witness witnesses resident residents doctor doctors scientist scientists professor ' +
    'chairman chairwoman chair ceo founder manager head members member representative ' +
    'representatives campaign party kremlin white house correspondent editor reporter critics ' +
    'activist activists organisers organizers authorities authority author authors fan fans ' +
    'man woman men women person people commentator executive executives inventor publisher ' +
    'teenager widow colleagues academics owner owners worker workers student students teacher'
  ).split(' '),
)

/**
 * A person's name ("Karoline Leavitt"), a role phrase ("a Kremlin spokesman"), a name-shaped label
 * that `text` (the articles) shows no sign of being a person, or neither.
 */
export function judgeSpeaker(label: string, text: string): SpeakerVerdict {
  const words = label
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '')
  const first = words[0]
  if (first === undefined) return 'not-a-speaker'
  const lower = words.map((word) => word.toLowerCase().replace(/[’']s$/u, ''))
  if (NOT_A_SPEAKER_START.has(lower[0]!)) return 'not-a-speaker'
  const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word)
  // "el-Haite", "al-Assad": a particle joined to a capitalised name.
  const particleName = (word: string): boolean => /^\p{Ll}{1,3}-\p{Lu}/u.test(word)
  const nameLike =
    (capitalised(first) || particleName(first)) &&
    !NOT_A_NAME_WORD.has(lower[0]!) &&
    words.every(
      (word, index) =>
        ((capitalised(word) || particleName(word)) && !NOT_A_NAME_WORD.has(lower[index]!)) ||
        (index > 0 && NAME_PARTICLES.has(lower[index]!.replace(/-.*$/u, ''))),
    )
  if (nameLike) return showsPerson(words, text) ? 'name' : 'unverified'
  if (lower.some((word) => ROLE_NOUNS.has(word.replace(/[^\p{L}]/gu, '')))) return 'role'
  return 'not-a-speaker'
}

const GIVEN_OR_FAMILY_NAME = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'])
// Courtesy titles stand only before people ("Mr Sami", "Lord Grantham", "Dr. Lena Ortiz").
const HONORIFIC =
  'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Herr|Frau|Monsieur|Madame|Mme'
// A person's verbs of saying, next to the name as its subject: "Kcho told", "says Tabata".
const SAID =
  'said|says|told|tells|added|adds|explained|explains|wrote|writes|recalled|recalls|insisted|' +
  'insists|admitted|admits|argued|argues|replied|replies|warned|warns|stated|states|commented|' +
  'comments|noted|notes|declared|declares|sagte|sagt|erklärte|dit|déclare|affirme|a déclaré|a dit|a affirmé'
// A word between a title or verb and the name: "Kremlin spokesman", an initial "J.", never a
// sentence's end ("said so. Billboards").
const WORD_BETWEEN = "(?:\\p{Lu}\\.|[\\p{L}\\p{M}'’-]+)\\s+"

// Nouns that name a person (not a body): as a title before a name ("Activist Ram Hazare") or in
// apposition after it ("Anil Varma, a local property developer").
const PERSON_NOUNS = (
  'spokesman|spokeswoman|spokesperson|minister|president|secretary|official|officer|chief|' +
  'director|governor|mayor|senator|lawmaker|leader|envoy|ambassador|diplomat|adviser|advisor|' +
  'commander|general|prosecutor|judge|lawyer|attorney|aide|analyst|expert|researcher|witness|' +
  'resident|doctor|scientist|neuroscientist|psychologist|professor|chairman|chairwoman|ceo|' +
  'founder|co-founder|manager|head|member|representative|correspondent|editor|reporter|critic|' +
  'activist|campaigner|organiser|organizer|author|writer|novelist|journalist|historian|' +
  'commentator|executive|inventor|publisher|teenager|widow|colleague|owner|worker|student|' +
  'teacher|climber|politician|populist|developer|player|actor|actress|singer|musician|pianist|' +
  'artist|designer|economist|engineer|nurse|captain|coach|boss|mother|father|son|daughter|wife|' +
  'husband|brother|sister|friend|neighbour|neighbor|farmer|pilot|chef|photographer|producer'
)
  .split('|')
  // As a title the noun is capitalised: "Prime Minister George Papandreou".
  .map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`)
  .join('|')

/**
 * True when the label holds a given or family name the lexicon knows, or the text writes it as a
 * person: after a courtesy title or a person's noun, with a person's noun or a clause in
 * apposition before a verb of saying, as the subject of a verb of saying, or with an age
 * ("Sami, 45,", "Thirteen-year-old Bennett"). World knowledge is missing ("Louis Vuitton" passes on "Louis"), so
 * eval:lenses prints every label for a person to read.
 */
function showsPerson(words: ReadonlyArray<string>, text: string): boolean {
  const known = words.some((word) => {
    const entry = WORD_LEXICON[word.toLowerCase()]
    const tags = entry === undefined ? [] : typeof entry === 'string' ? [entry] : entry
    return tags.some((tag) => GIVEN_OR_FAMILY_NAME.has(tag))
  })
  if (known) return true
  const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  const label = words.map(escape).join('\\s+')
  const last = escape(words[words.length - 1]!)
  const name = `(?:${label}|${last})`
  const signs = [
    `(?<![\\p{L}\\p{M}])(?:${HONORIFIC})\\.?\\s+(?:${WORD_BETWEEN}){0,3}${last}(?![\\p{L}\\p{M}])`,
    `(?<![\\p{L}\\p{M}])${name}\\s+(?:${SAID})(?![\\p{L}\\p{M}])`,
    // "Krystian Zimerman returned moments later and declared": the second verb of the subject.
    `(?<![\\p{L}\\p{M}])${name}\\s+(?:[\\p{Ll}'’-]+\\s+){1,4}and\\s+(?:${SAID})(?![\\p{L}\\p{M}])`,
    `(?<![\\p{L}\\p{M}])(?:${SAID})\\s+(?:${WORD_BETWEEN}){0,5}${name}(?![\\p{L}\\p{M}])`,
    `(?<![\\p{L}\\p{M}])${name},\\s+(?:aged\\s+)?\\d{1,3},`,
    `(?<![\\p{L}\\p{M}])${name},\\s+an?\\s+\\d{1,3}-year-old(?![\\p{L}\\p{M}])`,
    `(?<![\\p{L}\\p{M}])(?:${PERSON_NOUNS}),?\\s+(?:${WORD_BETWEEN}){0,3}${name}(?![\\p{L}\\p{M}])`,
    // "The former mayor of Reykjavik, Jón Gnarr,": the noun, where they hold it, then the name.
    `(?<![\\p{L}\\p{M}])(?:${PERSON_NOUNS})\\s+(?:of|for|at|in)\\s+(?:${WORD_BETWEEN}){0,2}[\\p{L}\\p{M}'’-]+,\\s+${name},`,
    `(?<![\\p{L}\\p{M}])${name},\\s+(?:${WORD_BETWEEN}){0,4}(?:${PERSON_NOUNS})(?![\\p{L}\\p{M}])`,
    `(?<![\\p{L}\\p{M}])${name},[^.!?;:,]{1,80},\\s+(?:${SAID})(?![\\p{L}\\p{M}])`,
    `\\p{L}+-year-old\\s+(?:${WORD_BETWEEN}){0,3}${name}(?![\\p{L}\\p{M}])`,
  ]
  return signs.some((sign) => new RegExp(sign, 'u').test(text))
}

/** What `eval:lenses` was asked for on its command line. */
export interface EvalLensesArgs {
  /** The corpora folder given, or null for the default. */
  readonly corporaDir: string | null
  readonly cases: number
  readonly vectors: boolean
  readonly seeds: boolean
}

/** Reads `[corpora-dir] [--no-vectors] [--cases N] [--no-seeds]`, in any order. */
export function parseEvalLensesArgs(args: ReadonlyArray<string>): EvalLensesArgs {
  const casesAt = args.indexOf('--cases')
  const positional = args.filter(
    (arg, index) => !arg.startsWith('--') && (casesAt < 0 || index !== casesAt + 1),
  )
  return {
    corporaDir: positional[0] ?? null,
    cases: casesAt >= 0 ? Number(args[casesAt + 1] ?? 20) : 20,
    vectors: !args.includes('--no-vectors'),
    seeds: !args.includes('--no-seeds'),
  }
}
