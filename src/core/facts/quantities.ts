import type { Fact } from './fact'
import { normalizeFactText } from './fact'
import { WORD_LEXICON } from '../text/word-lexicon'

/*
 * Numbers and dates are found with regular expressions rather than compromise's `numbers()`:
 * on news text it drops the unit of "30-day" (returning "30-"), glues "$5bn and £3 million" into
 * one value and misses "£3 million" as money; its tagger also costs ~20 ms a paragraph, and
 * spelled-out numbers need only the small parser below.
 */

/** English month names in calendar order, lower-cased. */
export const MONTHS: ReadonlyArray<string> = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const PERIOD = `(?:week|weekend|month|year|decade|spring|summer|autumn|fall|winter|${MONTH}|${WEEKDAY})`
const NUMBER_WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)'
// "and" joins number words only after a scale ("two hundred and fifty"); "nine and sixteen" are two.
const WORD_NUMBER = `\\b${NUMBER_WORD}(?:(?:[\\s-]+|(?<=(?:hundred|thousand|million|billion))[\\s-]+and[\\s-]+)${NUMBER_WORD})*\\b`
// Thousands grouped by commas ("1,200") or by spaces ("70 000"); a comma after a digit continues a
// number, but "films,18 million" (a missing space) starts one.
const DIGITS =
  '(?<![\\w.]|\\d,)\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|(?<![\\w.]|\\d[,\\s])\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d,.]?\\d)|(?<![\\w.]|\\d,)\\d+(?:\\.\\d+)?(?![\\d,]\\d)'
// Thousands with a spaced comma, as tokenised wire copy writes them ("170, 000 people"), never
// after a month ("March 3, 250 people"), in a height ("5-foot-11, 220 pounds") or in a list ("113,
// 115 and 117"). Only texts that have one are read with this longer pattern.
const SPACED_DIGITS = `(?<![\\w.-]|\\d,\\s|-\\s|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s)\\d{1,3}(?:, \\d{3})+(?=\\s?[\\p{L}.;:)]|$)(?!\\s(?:and|or)\\b)`
const SPACED_THOUSANDS = /\d, \d{3}(?!\d)/u
// "m" and "k" are a scale after money ("£14m") or before a noun ("5m people"), else a unit ("2m").
const SCALE = '(?:[\\s-]?(?:trillion|billion|million|thousand|tn|trn|bn|mn|m|k)\\b)'
// Tokenised wire copy also spaces its decimal point ("a 6. 4 magnitude quake", "$2. 6 million").
// In other text a full stop and a space after a number end a sentence ("in 1948. 24 workers"),
// so this reading is used only in texts that space their punctuation (`spacesPunctuation`).
const SPACED_DECIMAL = '(?<![\\w.]|\\d,)\\d{1,3}\\. \\d+(?![\\d,]\\d)'
// Signs that a text is tokenised wire copy: a spaced possessive or negation ("world ’ s", "do
// n't"), a spaced colon in a time ("2: 09"), spaced thousands ("31, 000", not a list "113, 115
// and"), and a spaced decimal no sentence could start after ("6. 4.", "2. 7GHz", "$2. 6").
const SPACED_PUNCTUATION =
  /\p{L} ['\u2019] s\b|\p{L} n['\u2019]t\b|\b\d{1,2}: \d{2}\b|(?<![\d,])\d{1,3}, \d{3}(?![\d,])(?!,? (?:and|or)\b)|(?<![\d.])\d{1,3}\. \d+(?:[.,;:%)]|\p{L})|[$£€¥]\d{1,3}\. \d/u
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
])
const SCALES: ReadonlyMap<string, number> = new Map([
  ['trillion', 1e12],
  ['tn', 1e12],
  ['trn', 1e12],
  ['billion', 1e9],
  ['bn', 1e9],
  ['million', 1e6],
  ['mn', 1e6],
  ['m', 1e6],
  ['thousand', 1e3],
  ['k', 1e3],
])
const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['$', 'usd'],
  ['us$', 'usd'],
  ['£', 'gbp'],
  ['€', 'eur'],
  ['¥', 'jpy'],
  ['dollar', 'usd'],
  ['pound', 'gbp'],
  ['euro', 'eur'],
  ['rouble', 'rub'],
  ['ruble', 'rub'],
  ['hryvnia', 'uah'],
])
// Words after a number that do not say what it counts.
const NOT_UNITS = new Set([
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'the',
  'a',
  'per',
  'than',
  'for',
  'by',
  'from',
  'with',
  'more',
  'less',
  'other',
])

interface Candidate extends Fact {
  /** Higher wins when two candidates overlap (money over a bare number). */
  readonly priority: number
}

const SMALL_NUMBERS: ReadonlyArray<string> = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
const TENS: ReadonlyArray<string> = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
]

/** Parses "1,200", "2.5", "twenty-one", "three hundred thousand" to a number, or NaN. */
export function parseAmount(text: string): number {
  const digits = text.replace(/[,\s\u00A0\u202F]/gu, '')
  if (/^\d+(?:\.\d+)?$/.test(digits)) return Number(digits)
  let total = 0
  let current = 0
  for (const word of text.toLowerCase().split(/[\s-]+/)) {
    if (word === 'and' || word === '') continue
    const small = SMALL_NUMBERS.indexOf(word)
    const tens = TENS.indexOf(word)
    if (small >= 0) current += small
    else if (tens >= 2) current += tens * 10
    else if (word === 'dozen') current = (current || 1) * 12
    else if (word === 'hundred') current = (current || 1) * 100
    else if (SCALES.has(word)) {
      total += (current || 1) * (SCALES.get(word) ?? 1)
      current = 0
    } else return Number.NaN
  }
  return total + current
}

function scaled(amount: string, scale: string | undefined): number {
  const base = parseAmount(amount.trim())
  const factor = scale ? (SCALES.get(scale.replace(/^[\s-]+/u, '').toLowerCase()) ?? 1) : 1
  return base * factor
}

function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : 'NaN'
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y'
  if (/(?:ss|us|is)$/.test(word)) return word
  if (/(?:s|x|ch|sh)es$/.test(word)) return word.slice(0, -2)
  return word.replace(/s$/, '')
}

/** What a number counts: the noun after it ("3 soldiers" → "soldier"), or '' when unclear. */
function unitAfter(text: string, end: number): string {
  const match = /^[\s-]+(?:[a-z]+-)?(\p{L}+)/u.exec(text.slice(end, end + 40))
  const word = match?.[1]?.toLowerCase()
  if (!word || NOT_UNITS.has(word)) return ''
  return singular(word)
}

/**
 * `collect`, run only when the text holds what every match of the pattern holds (`necessary`):
 * patterns with \b or lookbehinds under /iu try each position slowly, and most paragraphs have no
 * ordinal, fraction or "yesterday"; plain words are found several times faster.
 */
function collectWhere(
  text: string,
  necessary: RegExp,
  pattern: RegExp,
  build: (match: RegExpExecArray) => Built | null,
): ReadonlyArray<Candidate> {
  return necessary.test(text) ? collect(text, pattern, build) : []
}

function collect(
  text: string,
  pattern: RegExp,
  build: (match: RegExpExecArray) => Built | null,
): ReadonlyArray<Candidate> {
  const found: Candidate[] = []
  for (const match of text.matchAll(pattern)) {
    const built = build(match)
    if (!built || match.index === undefined) continue
    // Fields listed, not spread: the spread's copy made a new hidden class per builder, slower to
    // build and to read.
    found.push({
      kind: built.kind,
      key: built.key,
      value: built.value,
      priority: built.priority,
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    })
  }
  return found
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '')
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1
}

function dayValue(month: string, day: string, year: string | undefined): string {
  const parts = [String(monthNumber(month)).padStart(2, '0'), day.padStart(2, '0')]
  return year ? `${year}-${parts.join('-')}` : parts.join('-')
}

const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4}))?(?!\\w)`,
  'gu',
)
const MONTH_DAY = new RegExp(
  `\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4}))?(?!\\w)`,
  'gu',
)
const MONTH_YEAR = new RegExp(`\\b(${MONTH})\\s+(\\d{4})\\b`, 'gu')
const RELATIVE_DATE = new RegExp(
  `\\b(?:(?:last|next|this|early|late|mid|earlier this|later this)[\\s-]+${PERIOD}|${PERIOD}[\\s-]+(?:last|next))\\b`,
  'giu',
)
const MONTH_OR_DAY = new RegExp(`^(?:${MONTH}|${WEEKDAY})$`, 'u')
const LONE_DAY_OR_MONTH = new RegExp(`\\b(?:${WEEKDAY}|${MONTH.replace('May|', '')})(?!\\w)`, 'gu')
const DEICTIC_DATE =
  /\b(?:yesterday|today|tomorrow|tonight|overnight|this (?:morning|afternoon|evening))\b/giu
// What each match of DEICTIC_DATE holds (see collectWhere).
const DEICTIC_WORD =
  /yesterday|today|tomorrow|tonight|overnight|this (?:morning|afternoon|evening)/iu
const YEAR = /\b(?:19|20)\d{2}\b(?!\s*(?:%|per))/gu
// Some wire copy spaces the colon and the dots ("5: 46 pm", "10: 30 a. m."); with "am"/"pm"
// after it that is still a time, and so is a spaced "h: mm" ("with 4: 43 to play") unless a
// capitalised word before it makes it a heading's number ("Day 3: 16 killed").
const CLOCK_TIME = /\b\d{1,2}(?:: ?\d{2})?\s?(?:a\. ?m\.|p\. ?m\.|am|pm)(?!\w)|\b\d{1,2}:\d{2}\b/giu
const SPACED_CLOCK_TIME = /(?<!\p{Lu}\p{Ll}*\s)\b(?:[01]?\d|2[0-3]): [0-5]\d\b/gu

type Built = Omit<Candidate, 'start' | 'end' | 'text'>

function dayOfMonth(
  day: string | undefined,
  month: string | undefined,
  year?: string,
): Built | null {
  const number = Number(day ?? 0)
  if (number < 1 || number > 31 || !day || !month) return null
  return { kind: 'date', key: 'day', value: dayValue(month, day, year), priority: 5 }
}

function dates(text: string): ReadonlyArray<Candidate> {
  // Most patterns need a digit; testing for one first skips them on most paragraphs.
  const digits = /\d/u.test(text)
  const withDigits = (pattern: RegExp, build: (match: RegExpExecArray) => Built | null) =>
    digits ? collect(text, pattern, build) : []
  return [
    ...withDigits(DAY_MONTH, (match) => dayOfMonth(match[1], match[2], match[3])),
    ...withDigits(MONTH_DAY, (match) => dayOfMonth(match[2], match[1], match[3])),
    ...withDigits(MONTH_YEAR, (match) => ({
      kind: 'date',
      key: 'period',
      value: `${match[2]}-${String(monthNumber(match[1] ?? '')).padStart(2, '0')}`,
      priority: 4,
    })),
    ...collect(text, RELATIVE_DATE, (match) => ({
      kind: 'date',
      key: /day$/i.test(match[0]) ? 'day' : 'period',
      value: normalizeFactText(match[0]).replace(/-/g, ' '),
      priority: 4,
    })),
    ...collectWhere(text, DEICTIC_WORD, DEICTIC_DATE, (match) => ({
      kind: 'date',
      key: 'day',
      value: normalizeFactText(match[0]),
      priority: 3,
    })),
    ...collect(text, LONE_DAY_OR_MONTH, (match) => ({
      kind: 'date',
      key: /day$/.test(match[0]) ? 'day' : 'period',
      value: /day$/.test(match[0])
        ? match[0].toLowerCase()
        : (MONTHS[monthNumber(match[0]) - 1] ?? match[0].toLowerCase()),
      priority: 2,
    })),
    ...withDigits(YEAR, (match) => ({
      kind: 'date',
      key: 'period',
      value: match[0],
      priority: 2,
    })),
    ...[CLOCK_TIME, SPACED_CLOCK_TIME].flatMap((pattern) =>
      withDigits(pattern, (match) => ({
        kind: 'date',
        key: 'time',
        value: normalizeFactText(match[0]).replace(/\s|\./g, ''),
        priority: 5,
      })),
    ),
  ]
}

const CURRENCY_SYMBOL = /[$£€¥]/u
const BARE_SCALE = /^(?:hundred|thousand|million|billion|trillion|dozen)$/iu
const YEARS_IN: ReadonlyMap<string, number> = new Map([
  ['decade', 10],
  ['century', 100],
  ['centurie', 100],
])
const ORDINAL_DIGITS = /\b(\d+)(?:st|nd|rd|th)\b/gu
const ORDINAL_WORD = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/giu
// "twenty-first" is one ordinal, not "twenty" of a unit "first".
const COMPOUND_ORDINAL =
  /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/giu
// What each match of ORDINAL_WORD and of COMPOUND_ORDINAL holds (see collectWhere).
const ORDINAL_WORD_ANYWHERE = /first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth/iu
const TENS_HYPHEN = /ty-/iu
// One scan for every amount; what follows it tells a percentage, money or a unit apart.

/** The patterns that read amounts, for text with or without spaced thousands. */
interface AmountPatterns {
  readonly amount: RegExp
  readonly spacedAmount: RegExp
  readonly money: RegExp
  readonly spacedMoney: RegExp
}

function amountPatterns(digits: string): AmountPatterns {
  const spacedDigits = `${SPACED_DIGITS}|${digits}`
  return {
    amount: new RegExp(`((?:${digits}|${WORD_NUMBER}))(${SCALE})?`, 'giu'),
    spacedAmount: new RegExp(`((?:${spacedDigits}|${WORD_NUMBER}))(${SCALE})?`, 'giu'),
    money: new RegExp(`(US\\$|[$£€¥])\\s?(${digits})(${SCALE})?`, 'gu'),
    spacedMoney: new RegExp(`(US\\$|[$£€¥])\\s?(${spacedDigits})(${SCALE})?`, 'gu'),
  }
}

const PLAIN_AMOUNTS = amountPatterns(DIGITS)
const WIRE_AMOUNTS = amountPatterns(`${SPACED_DECIMAL}|${DIGITS}`)

// Every sign of `SPACED_PUNCTUATION` holds a digit or an apostrophe; most paragraphs have neither,
// and this scan is far cheaper than that pattern's.
const MAY_SPACE_PUNCTUATION = /[\d'\u2019]/u
/** True when a text spaces its punctuation as tokenised wire copy does ("world ’ s", "31, 000"). */
export function spacesPunctuation(text: string): boolean {
  return MAY_SPACE_PUNCTUATION.test(text) && SPACED_PUNCTUATION.test(text)
}
const PERCENT_AFTER = /^\s?(?:%|per\s?cent\b|percent\b)/iu
// "from 10 to 20%", "20-30%": the first number of a range is a percentage too.
const PERCENT_RANGE_AFTER = /^\s?(?:-|–|to|and|or)\s?\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)/iu
const CURRENCY_AFTER = /^\s+(?:US\s+|American\s+)?(dollar|pound|euro|rouble|ruble|hryvnia)s?\b/iu
const UNIT_AFTER = /^-(\p{Ll}+)/u

const SLASH_BEFORE = /\d\s?\/\s?$/u
const SLASH_AFTER = /^\s?\/\s?\d/u
// Nouns a number labels rather than counts ("page 4", "versions 6, 7, 8, and 9", "Weeks 14 - 16"),
// with the list of numbers that may follow them.
const LABEL_BEFORE =
  /\b(?:versions?|models?|pages?|chapters?|sections?|articles?|rooms?|flights?|routes?|episodes?|phases?|levels?|grades?|stages?|rounds?|games?|gates?|platforms?|figures?|tables?|weeks?)\s+(?:\d+(?:\.\d+)?\s?(?:,\s?(?:and\s|or\s)?|\s(?:and|or|to)\s|-|\u2013)\s?)*$/iu
// The word a number follows, by a space or a hyphen ("Series 4", "I-75", "AK - 47").
const WORD_BEFORE = /(\S+?)(?:\s|\s?-\s?)$/u
// A score or a range ("35-21", "65 - 53"): a count of its own, whatever name comes before.
const RANGE_AFTER = /^\s?[-\u2013]\s?\d/u
const SENTENCE_BEFORE = /(?:^|[.!?]["'\u201D\u2019)]*\s+)$/u

/**
 * True when the number at `start`–`end` is part of a name: "Series 4", "IE 11", "I-75", "the No. 5
 * Saints" and "a 10U server" number a thing rather than count it. A capitalised word that opens a
 * sentence ("In 300 cases") does not, unless it is an acronym.
 */
function namesWith(text: string, start: number, end: number): boolean {
  // Names number things in digits: "Married three times" counts.
  if (!/^\d/u.test(text.slice(start, end))) return false
  if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true
  if (/^\p{Lu}/u.test(text.slice(end, end + 1))) return true
  if (RANGE_AFTER.test(text.slice(end, end + 4))) return false
  const lead = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))
  const word = (lead?.[1] ?? '').replace(/^["'([\u201C\u2018]+|[\uFFFD\u00AE\u2122]+$/gu, '')
  if (!/^\p{Lu}[\p{L}.]*$/u.test(word) || MONTH_OR_DAY.test(word)) return false
  const wordStart = start - (lead?.[0].length ?? 0)
  const opensSentence = SENTENCE_BEFORE.test(text.slice(Math.max(0, wordStart - 4), wordStart))
  return !opensSentence || !leadsNumber(word)
}

// Words that open a sentence before a count ("About 300", "In 20 cases", "Only 5", "Nearly 40"), by
// their tags; the lexicon lacks some adverbs of degree.
const LEADING_TAGS = [
  'Preposition',
  'Determiner',
  'Adverb',
  'Conjunction',
  'Adjective',
  'Comparative',
  'Pronoun',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
]

function leadsNumber(word: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return false
  if (/ly$|^less$/iu.test(word)) return true
  const entry = WORD_LEXICON[word.toLowerCase()]
  const tags = typeof entry === 'string' ? [entry] : (entry ?? [])
  return tags.some((tag) => LEADING_TAGS.includes(tag))
}

function amounts(text: string, patterns: AmountPatterns): ReadonlyArray<Candidate> {
  const found: Candidate[] = []
  const pattern = SPACED_THOUSANDS.test(text) ? patterns.spacedAmount : patterns.amount
  for (const match of text.matchAll(pattern)) {
    const amount = match[1] ?? ''
    const before = text.slice(Math.max(0, match.index - 8), match.index)
    // A scale word alone is a number only as "a million" ("millions of" never reaches here).
    const article = BARE_SCALE.test(amount) ? /\b(?:a|one) $/iu.exec(before) : null
    if (BARE_SCALE.test(amount) && !article) continue
    // "2m" before a preposition or a full stop is two metres; "5m people" five million.
    const letterScale = /^[\s-]?[mk]$/iu.test(match[2] ?? '')
    const unitLetter =
      letterScale && unitAfter(text, match.index + match[0].length) === ''
        ? (match[2] ?? '').replace(/^[\s-]/u, '').toLowerCase()
        : ''
    const scale = unitLetter === '' ? match[2] : undefined
    // "half a million" is 500,000, not the million the amount alone reads as.
    const half = /\bhalf an? $/iu.exec(before)
    const start = match.index - (half?.[0].length ?? article?.[0].length ?? 0)
    const end = match.index + match[0].length
    const rest = text.slice(end, end + 24)
    // "24/7", odds of "2 / 1", "3 / 27 / 2012": numbers joined by a slash count nothing.
    if (SLASH_BEFORE.test(before) || SLASH_AFTER.test(rest)) continue
    const percent = PERCENT_AFTER.exec(rest)
    const currency = CURRENCY_AFTER.exec(rest)
    const unit = scale ? null : UNIT_AFTER.exec(rest)
    const value = scaled(amount, scale) * (half ? 0.5 : 1)
    if (!Number.isFinite(value)) continue
    const candidate = (length: number, key: string, shown: number, priority: number): Candidate => {
      // "two decades" is twenty years: rewrites swap the two ("over 20 years", "over two decades").
      const years = YEARS_IN.get(key)
      return {
        kind: 'number',
        text: text.slice(start, end + length),
        key: years === undefined ? key : 'year',
        value: formatNumber(shown * (years ?? 1)),
        start,
        end: end + length,
        priority,
      }
    }
    if (percent) found.push(candidate(percent[0].length, '%', value, 6))
    else if (PERCENT_RANGE_AFTER.test(rest)) found.push(candidate(0, '%', value, 6))
    else if (currency) {
      const code = CURRENCIES.get((currency[1] ?? '').toLowerCase()) ?? ''
      const money = candidate(currency[0].length, 'money', value, 6)
      found.push({ ...money, value: `${code} ${money.value}` })
    } else if (unit) found.push(candidate(unit[0].length, singular(unit[1] ?? ''), value, 2))
    // "one" alone is mostly a pronoun or idiom ("on one side", "no one"), rarely a count.
    else if (!/^(?:one|a)$/i.test(match[0].trim()) && !namesWith(text, start, end)) {
      found.push(candidate(0, unitLetter || unitAfter(text, end), value, 1))
    }
  }
  return found
}

/**
 * A capitalised ordinal inside a sentence is part of a name ("the Fourth Assessment Report", "the
 * Second World War"), and so is one that opens a sentence with a capitalised word after it ("First
 * Lady Michelle Obama"): it ranks nothing the article counts. "First, they dug" still ranks.
 */
function inTitle(text: string, start: number, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false
  if (!SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return true
  return /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(start + word.length, start + word.length + 4))
}

function numbers(text: string, patterns: AmountPatterns): ReadonlyArray<Candidate> {
  const digits = /\d/u.test(text)
  return [
    ...(digits && CURRENCY_SYMBOL.test(text)
      ? collect(
          text,
          SPACED_THOUSANDS.test(text) ? patterns.spacedMoney : patterns.money,
          (match) => ({
            kind: 'number',
            key: 'money',
            value: `${CURRENCIES.get((match[1] ?? '').toLowerCase())} ${formatNumber(scaled(match[2] ?? '', match[3]))}`,
            priority: 6,
          }),
        )
      : []),
    ...(digits
      ? collect(text, ORDINAL_DIGITS, (match) => ({
          kind: 'number',
          key: 'ordinal',
          value: match[1] ?? '',
          priority: 3,
        }))
      : []),
    ...collectWhere(text, TENS_HYPHEN, COMPOUND_ORDINAL, (match) => ({
      kind: 'number',
      key: 'ordinal',
      value: String(
        TENS.indexOf((match[1] ?? '').toLowerCase()) * 10 +
          (ORDINAL_WORDS.get((match[2] ?? '').toLowerCase()) ?? 0),
      ),
      priority: 3,
    })),
    ...collectWhere(text, ORDINAL_WORD_ANYWHERE, ORDINAL_WORD, (match) =>
      inTitle(text, match.index, match[0])
        ? null
        : {
            kind: 'number',
            key: 'ordinal',
            value: String(ORDINAL_WORDS.get(match[0].toLowerCase()) ?? ''),
            priority: 1,
          },
    ),
    ...amounts(text, patterns),
  ]
}

/**
 * Words before a number that make it a bound or an estimate, by what they claim: rewrites trade
 * "up to 150" for "more than 100", and an exact count for "about" one, so the qualifier is part of
 * the value. "Almost", "nearly" and "up to" all say "no more than".
 */
const QUALIFIER_BEFORE =
  /(?<![\p{L}])(up to|as many as|as much as|almost|nearly|close to|fewer than|less than|under|just under|below|more than|over|above|at least|upwards of|just over|well over|in excess of|about|around|approximately|roughly|some|an estimated|estimated)\s+$/iu
const QUALIFIER_SIGNS: ReadonlyMap<string, string> = new Map([
  ['up to', '≤'],
  ['as many as', '≤'],
  ['as much as', '≤'],
  ['almost', '≤'],
  ['nearly', '≤'],
  ['close to', '≤'],
  ['fewer than', '<'],
  ['less than', '<'],
  ['under', '<'],
  ['just under', '<'],
  ['below', '<'],
  ['more than', '>'],
  ['over', '>'],
  ['above', '>'],
  ['at least', '>'],
  ['upwards of', '>'],
  ['just over', '>'],
  ['well over', '>'],
  ['in excess of', '>'],
  ['about', '~'],
  ['around', '~'],
  ['approximately', '~'],
  ['roughly', '~'],
  ['some', '~'],
  ['an estimated', '~'],
  ['estimated', '~'],
])

/** A count or amount with the qualifier written before it, when there is one. */
function qualified(text: string, candidate: Candidate): Candidate {
  if (candidate.kind !== 'number' || candidate.key === 'ordinal') return candidate
  const before = QUALIFIER_BEFORE.exec(
    text.slice(Math.max(0, candidate.start - 16), candidate.start),
  )
  const sign = before ? QUALIFIER_SIGNS.get((before[1] ?? '').toLowerCase()) : undefined
  if (!before || !sign) return candidate
  const start = candidate.start - before[0].length
  return {
    ...candidate,
    text: text.slice(start, candidate.end),
    value: `${sign} ${candidate.value}`,
    start,
  }
}

const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['third', 3],
  ['quarter', 4],
  ['fourth', 4],
  ['fifth', 5],
  ['tenth', 10],
])
const FRACTION_COUNTS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
])
// "a fifth" and "one in five" are shares a rewrite turns into "20%": both are read as percentages;
// "One in 2014" is a year.
// "a third" is a share only before "of", a verb or a stop, or after "by" ("a third term" is an
// ordinal); "Fifth of" opens a headline.
const FRACTION =
  /(?<![\p{L}])(?:(an?|one|two|three|four)[\s-]+(half|third|quarter|fourth|fifth|tenth)s?(?=\s+(?:of|are|is|were|was|have|has|say|said)\b|[.,;:!?)]|$)|(?<=\bby\s)(an?|one|two|three)[\s-]+(half|third|quarter|fifth|tenth)s?\b|(one|\d+)\s+in\s+(two|three|four|five|six|seven|eight|nine|ten|(?!(?:1[89]|20)\d\d\b)\d+)\b|(?<=^|[.!?:;]\s+)(half|third|quarter|fifth|tenth)(?=\s+of\b))/giu

// What each match of FRACTION holds (see collectWhere): a fraction's word, or "one in", "5 in".
const FRACTION_WORD = /half|third|quarter|fourth|fifth|tenth|(?:one|\d)\s+in\s/iu

function fractions(text: string): ReadonlyArray<Candidate> {
  return collectWhere(text, FRACTION_WORD, FRACTION, (match) => {
    // A headline drops the article: "Fifth of young adults live with their parents".
    const count = match[7] ? 1 : FRACTION_COUNTS.get((match[1] ?? match[3] ?? '').toLowerCase())
    const part = FRACTION_WORDS.get((match[2] ?? match[4] ?? match[7] ?? '').toLowerCase())
    const share =
      count !== undefined && part !== undefined
        ? count / part
        : parseAmount(match[5] ?? '') / parseAmount(match[6] ?? '')
    if (!Number.isFinite(share) || share <= 0 || share > 1) return null
    return { kind: 'number', key: '%', value: formatNumber(share * 100), priority: 7 }
  })
}

/**
 * Numbers (counts, percentages, money, ordinals) and dates or times written in a text.
 * `spacedDecimals`: the text is wire copy (see `spacesPunctuation`), so "6. 4" is one number; by
 * default the text is judged on its own, but an article is best judged whole.
 */
export function extractQuantities(
  text: string,
  spacedDecimals = spacesPunctuation(text),
): ReadonlyArray<Fact> {
  const patterns = spacedDecimals ? WIRE_AMOUNTS : PLAIN_AMOUNTS
  const candidates = [...dates(text), ...numbers(text, patterns), ...fractions(text)].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  )
  const kept: Candidate[] = []
  for (const candidate of candidates) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue
    kept.push(candidate)
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map((candidate) => qualified(text, candidate))
    .map(({ kind, text: written, key, value, start, end }) => ({
      kind,
      text: written,
      key,
      value,
      start,
      end,
    }))
}
