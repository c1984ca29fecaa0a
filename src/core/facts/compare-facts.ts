import { FACT_CONTEXT_STOP_WORDS } from '../text/stop-words'
import { stemWord } from '../text/stem'
import { firstSpanFrom } from '../text/words'
import type { AlignedRow, CompareOptions, FactChange, Paragraph, SideText } from '../types'
import type { Fact, NameLexicon } from './fact'
import { normalizeFactText } from './fact'
import { analyseText, learnNames } from './entities'
import type { AnalysedText, Token } from './entities'
import { extractFacts } from './extract-facts'
import { MONTHS, spacesPunctuation } from './quantities'
import { FOOTAGE_SOURCE_KEY, extractAttributions } from './sources'
import { assertNever } from '../assert-never'
import { WORD_LEXICON } from '../text/word-lexicon'
import { HeldReading } from '../segmentation/analyse-article'
import type { ArticleReading, ComparedReading } from '../segmentation/analyse-article'
import { progressCounter, progressSpan } from '../progress'
import type { ProgressReport } from '../progress'

/** A fact and the paragraph it was found in. */
interface Located {
  readonly fact: Fact
  readonly paragraph: number
  /** The facts of the paragraph's text, this one at `at`: its context is found from them. */
  readonly text: TextFacts
  readonly at: number
}

/**
 * Content-word stems of the sentence around the fact, for pairing facts that changed; found on
 * first use, as most facts are stated alike on both sides and never paired.
 */
function contextOf(located: Located): Context {
  return contextsOf(located.text)[located.at] ?? NO_CONTEXT
}

/**
 * The content-word stems of a fact's sentence, and those of its words not capitalised. The lists
 * hold each stem once and are short (a sentence's words): arrays rather than sets, as a long
 * one-sided article pairs every fact across rows and a set per list was ~100 MB of 180,000 facts.
 */
interface Context {
  readonly stems: ReadonlyArray<string>
  /**
   * Stems of words written in lower case: what happened, rather than who it happened to. Listed
   * for dates only, the one kind whose pairing reads them (`sameEvent`).
   */
  readonly common: ReadonlyArray<string>
  /** Stems of the whole paragraph, the fact's own words included (one set per paragraph text). */
  readonly paragraph: ReadonlySet<string>
  /**
   * Stems of the fact's own words. Listed for dates and claims only, the kinds whose pairing
   * reads them (`sharedParagraph`, `sharedWithin`).
   */
  readonly own: ReadonlyArray<string>
}

const NO_STEMS: ReadonlyArray<string> = []

const NO_CONTEXT: Context = {
  stems: NO_STEMS,
  common: NO_STEMS,
  paragraph: new Set(),
  own: NO_STEMS,
}

interface Side {
  readonly paragraphs: ReadonlyArray<Paragraph>
  /** Facts per paragraph index; boilerplate and headings have none (see `isFactual`). */
  readonly facts: ReadonlyArray<ReadonlyArray<Located>>
  /** The `valueKeys` of every fact the article states anywhere, headings and boilerplate included. */
  readonly values: ReadonlySet<string>
  /** The values of every source the article names anywhere. */
  readonly sources: ReadonlyArray<string>
  /**
   * Every run of up to four words of the article that starts with a capital, lower-cased; built
   * on first use, as most comparisons never need it.
   */
  readonly grams: () => ReadonlySet<string>
}

// Two facts of one kind and key are only a change of each other when their sentences share at
// least this many content words; otherwise "on Wednesday" and "on Tuesday" in different sentences
// of a merged row would be reported as a change of date. Three is the fewest that still pairs
// "last year" with "last August" in the seeds' Kursk sentences (visit, region, Ukraine).
const MIN_SHARED_CONTEXT = 3

/** A content word of a sentence with its crude stem. */
interface Stemmed {
  readonly token: Token
  readonly stem: string
  /** Says who or what the sentence is about rather than what happened: a name, an age. */
  readonly naming: boolean
}

/**
 * A word's key in a sentence's context: the one stemmer's stem ("cities", "city" → "city"), cut to
 * five letters so that derived words meet too ("Ukraine"/"Ukrainian", "specialist"/"specialized"),
 * which two versions of a sentence swap more than inflections.
 */
function contextStem(token: Token): string {
  return contextStemOf(token.form.lower)
}

/** `contextStem` of a lower-case word. */
function contextStemOf(lower: string): string {
  let stem = CONTEXT_STEMS.get(lower)
  if (stem === undefined) {
    stem = stemWord(lower).slice(0, 5)
    if (CONTEXT_STEMS.size >= MAX_CONTEXT_STEMS) CONTEXT_STEMS.clear()
    CONTEXT_STEMS.set(lower, stem)
  }
  return stem
}

// Articles repeat their words: each spelling is stemmed once (cleared when full).
const CONTEXT_STEMS = new Map<string, string>()
const MAX_CONTEXT_STEMS = 50_000

// Numbers a word may be hyphenated to ("38-year-old", "26 - year - old", "eight-year").
const NUMBER_TOKEN =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$/u
const HYPHEN = /^\s?-\s?$/u

/**
 * The content words of each sentence of an analysed paragraph, with their stems. Words hyphenated
 * to a number ("year" and "old" of "38-year-old") say what it counts: they stand in the context
 * only with their number ("36-year"), which says whom the sentence is about (two ages of
 * different people share "year" and "old", and one person's age is the same on both sides).
 */
function sentenceStems(analysis: AnalysedText): ReadonlyArray<ReadonlyArray<Stemmed>> {
  const sentences: Stemmed[][] = []
  const { tokens } = analysis
  // Inside the words hyphenated to a number, after the first.
  let inUnit = false
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!
    const previous = tokens[index - 1]
    const words = sentences[token.sentence] ?? []
    sentences[token.sentence] = words
    const hyphenated =
      previous !== undefined && previous.sentence === token.sentence && HYPHEN.test(previous.post)
    if (hyphenated && inUnit) continue
    if (hyphenated && NUMBER_TOKEN.test(previous.form.lower)) {
      inUnit = true
      words.push({
        token: previous,
        stem: `${previous.form.lower}-${token.form.lower}`,
        naming: true,
      })
      continue
    }
    inUnit = false
    if (
      token.form.lower.length >= 3 &&
      /^\p{L}/u.test(token.form.lower) &&
      !FACT_CONTEXT_STOP_WORDS.has(token.form.lower)
    ) {
      words.push({ token, stem: contextStem(token), naming: token.form.capitalised })
    }
  }
  return sentences
}

/** The stems of the fact's sentence, without the fact's own words. */
function factContext(
  analysis: AnalysedText,
  sentences: ReadonlyArray<ReadonlyArray<Stemmed>>,
  paragraph: ReadonlySet<string>,
  fact: Fact,
): Context {
  const { tokens } = analysis
  const at = firstSpanFrom(tokens, fact.start)
  const own = new Set<string>()
  for (let next = at; next < tokens.length && tokens[next]!.end <= fact.end; next += 1) {
    own.add(contextStem(tokens[next]!))
  }
  const stems = new Set<string>()
  const common = new Set<string>()
  // The other facts of a long one-sided article (every one is paired across rows) would hold two
  // lists each that nothing reads: 120,000 numbers and names, ~15 MB.
  const dated = fact.kind === 'date'
  for (const { token, stem, naming } of sentences[tokens[at]?.sentence ?? -1] ?? []) {
    if (own.has(stem) || (token.start >= fact.start && token.end <= fact.end)) continue
    stems.add(stem)
    if (!naming && dated) common.add(stem)
  }
  return {
    stems: listOf(stems),
    common: listOf(common),
    paragraph,
    own: dated || isAttribution(fact) ? listOf(own) : NO_STEMS,
  }
}

/** A set's members in its order, in an array of their number (an empty one shared). */
function listOf(stems: ReadonlySet<string>): ReadonlyArray<string> {
  return stems.size === 0 ? NO_STEMS : Array.from(stems)
}

/** Every run of one to four words starting with a capital, for finding a name anywhere. */
function nameGrams(analyses: ReadonlyArray<AnalysedText | null>): ReadonlySet<string> {
  const grams = new Set<string>()
  for (const analysis of analyses) {
    if (!analysis) continue
    const { tokens } = analysis
    tokens.forEach((token, start) => {
      if (!token.form.capitalised) return
      let gram = token.form.lower
      grams.add(gram)
      for (let next = start + 1; next < start + 4 && next < tokens.length; next += 1) {
        gram = `${gram} ${tokens[next]?.form.lower ?? ''}`
        grams.add(gram)
      }
    })
  }
  return grams
}

function identityOf(fact: Fact): string {
  // A person is the same person whatever title they are given; a title change is a `changed`.
  return fact.kind === 'person' ? `person:${fact.key}` : `${fact.kind}:${fact.key}=${fact.value}`
}

/** What a number measures: counts of any noun compare with each other, percentages do not. */
function measureOf(fact: Fact): string {
  return fact.key === '%' || fact.key === 'money' || fact.key === 'ordinal' ? fact.key : 'count'
}

/** How a number is looked up in the other article: a rank states its count ("at 89", "89th"). */
function statedMeasureOf(fact: Fact): string {
  const measure = measureOf(fact)
  return measure === 'ordinal' ? 'count' : measure
}

/** A number's value without the qualifier ("more than 100" → "100"). */
function amountOf(fact: Fact): string {
  return fact.value.replace(/^[<>≤~] /u, '')
}

// Units of measurement as `unitAfter` spells them (singular, lower case), by what they measure.
const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ...['kilometre', 'kilometer', 'km'].map((unit) => [unit, 'km'] as const),
  ...['metre', 'meter'].map((unit) => [unit, 'm'] as const),
  ...['mile', 'mi'].map((unit) => [unit, 'mile'] as const),
  ...['foot', 'feet', 'ft'].map((unit) => [unit, 'foot'] as const),
  ...['inch', 'in'].map((unit) => [unit, 'inch'] as const),
  ...['yard', 'yd'].map((unit) => [unit, 'yard'] as const),
  ...['second', 'sec'].map((unit) => [unit, 'second'] as const),
  ...['minute', 'min'].map((unit) => [unit, 'minute'] as const),
  ...['hour', 'hr'].map((unit) => [unit, 'hour'] as const),
  ...['day', 'week', 'month', 'year'].map((unit) => [unit, unit] as const),
  ...['kilogram', 'kg', 'kilo'].map((unit) => [unit, 'kg'] as const),
  ...['tonne', 'ton'].map((unit) => [unit, 'tonne'] as const),
  ...['gallon', 'litre', 'liter', 'mph', 'kph', 'degree', 'acre', 'hectare'].map(
    (unit) => [unit, unit] as const,
  ),
])

const LETTER_SCALES: ReadonlyMap<string, number> = new Map([
  ['m', 1e6],
  ['k', 1e3],
])
const DAY_WITH_YEAR = /^(\d{4})-(\d{2}-\d{2})$/u
const DAY_WITHOUT_YEAR = /^\d{2}-\d{2}$/u
const WEEKDAY_IN = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/u

/**
 * The forms under which a fact is stated, so that a fact the other article writes in other words
 * is never reported added or removed (issue 6): a number by its value whatever noun follows it
 * ("150,000 deaths", "150,000 people"), a day with or without its year.
 */
function valueKeys(fact: Fact): ReadonlyArray<string> {
  switch (fact.kind) {
    case 'number': {
      const own = `number:${statedMeasureOf(fact)}:${amountOf(fact)}`
      // "70m" with no noun after it is metres or millions; either reading states it.
      const scale = LETTER_SCALES.get(fact.key)
      return scale === undefined
        ? [own]
        : [own, `number:count:${Math.round(Number(amountOf(fact)) * scale * 1000) / 1000}`]
    }
    case 'date': {
      const dated = DAY_WITH_YEAR.exec(fact.value)
      const own = dated
        ? [`date:${fact.value}`, `date:*-${dated[2]}`]
        : DAY_WITHOUT_YEAR.test(fact.value)
          ? [`date:${fact.value}`, `date:*-${fact.value}`]
          : [`date:${fact.value}`]
      // The parts a date states: "April 2007" states the year 2007, "late Thursday" Thursday.
      const { month, year } = calendarParts(fact.value)
      const weekday = WEEKDAY_IN.exec(fact.value)
      return [
        ...own,
        ...(year > 0 ? [`date:part:${year}`] : []),
        ...(month > 0 ? [`date:part:${MONTHS[month - 1] ?? ''}`] : []),
        ...(weekday ? [`date:part:${weekday[0]}`] : []),
      ]
    }
    case 'source':
      // Who showed the footage states that source as much as a claim credited to it does.
      return fact.key === FOOTAGE_SOURCE_KEY
        ? [identityOf(fact), `source:source=${fact.value}`]
        : [identityOf(fact)]
    case 'person':
    case 'place':
    case 'organization':
      return [identityOf(fact)]
    default:
      return assertNever(fact.kind)
  }
}

/** True when `keys` (the `valueKeys` of another text's facts) state this fact's value. */
function holds(keys: ReadonlySet<string>, fact: Fact): boolean {
  if (fact.kind === 'date') {
    // A day with a year is stated by itself or by the day written without one; a day without a
    // year by that day in any year.
    const dated = DAY_WITH_YEAR.exec(fact.value)
    if (dated) return keys.has(`date:${fact.value}`) || keys.has(`date:${dated[2]}`)
    if (DAY_WITHOUT_YEAR.test(fact.value)) return keys.has(`date:*-${fact.value}`)
    // A bare year, month or weekday is also stated by any date that names it.
    const bare = /^(?:\d{4}|[a-z]+)$/u.test(fact.value) && keys.has(`date:part:${fact.value}`)
    // "last Friday" is stated by the weekday alone ("found Friday"); "late Thursday" says more.
    const weekday = /^(?:last|this|next) (\w+day)$/u.exec(fact.value)?.[1]
    const sameDay = weekday !== undefined && keys.has(`date:${weekday}`)
    return bare || sameDay || keys.has(`date:${fact.value}`)
  }
  return valueKeys(fact).some((key) => keys.has(key))
}

/**
 * Headings are left to the titles lens (it shows their word diff), and title case defeats the
 * capitalisation cues names are found by; boilerplate is never reported.
 */
function isFactual(paragraph: Paragraph): boolean {
  return paragraph.kind === 'paragraph' || paragraph.kind === 'list-item'
}

// A verb of saying right before a date: the date is the statement's.
const SAYING_VERBS =
  'said|says|told|tells|announced|announces|confirmed|confirms|stated|states|added|adds|reported|reports|declared|declares'
const STATEMENT_BEFORE = new RegExp(
  `\\b(?:${SAYING_VERBS})\\s+(?:on\\s+|late\\s+|early\\s+)?$`,
  'iu',
)
const STATEMENT_AFTER = new RegExp(`^\\s+(?:${SAYING_VERBS})\\b`, 'iu')
const HYPHENATED_UNIT = /\d\s?-\s?\p{L}/u
const HYPHEN_AFTER = /^\s?-\s?\p{L}/u

/**
 * The facts of one analysed text and each one's context, found once however often it recurs.
 * Plain data and module functions rather than a class: the map of a class's instances is held only
 * while one lives, so every full collection between comparisons threw away the optimised code that
 * read them (`describeSide`, `located`) and it was compiled again; an object literal's map lives
 * with the code that creates it.
 */
interface TextFacts {
  readonly facts: ReadonlyArray<Fact>
  /** The `valueKeys` of every fact. */
  readonly keys: ReadonlyArray<string>
  /** The values of the sources among the facts. */
  readonly sources: ReadonlyArray<string>
  /**
   * Per fact (by its position in `facts`), whether it is a date of when something was said ("a
   * police sergeant said Wednesday", "Trump confirmed on Wednesday"), not of what it reports.
   */
  readonly datesStatement: ReadonlyArray<boolean>
  /**
   * Per fact, whether it is a number hyphenated to the noun it stands before ("32-bit versions",
   * "a 12 - page report"): it says what kind of thing that is, not how many of anything there are.
   */
  readonly describesNoun: ReadonlyArray<boolean>
  /**
   * Per fact, the participle after a count's noun that says which quantity of it the count is
   * ("rushing" of "716 yards rushing", "injured" of "20 people injured"); '' when none.
   */
  readonly qualifiers: ReadonlyArray<string>
  readonly analysis: AnalysedText
  /** Each fact's context, in the order of `facts`, found on first use (see `contextsOf`). */
  found: ReadonlyArray<Context> | null
}

function describeText(
  analysis: AnalysedText,
  lexicon: NameLexicon,
  spacedDecimals: boolean,
): TextFacts {
  // Who claims are credited to, for pairing only: an attribution no other replaces is not reported.
  const facts = [
    ...extractFacts(analysis, lexicon, spacedDecimals),
    ...extractAttributions(analysis.text),
  ]
  const keys: string[] = []
  const sources: string[] = []
  const datesStatement: boolean[] = []
  const describesNoun: boolean[] = []
  const qualifiers: string[] = []
  for (const fact of facts) {
    for (const key of valueKeys(fact)) keys.push(key)
    if (fact.kind === 'source') sources.push(fact.value)
    datesStatement.push(isStatementDate(analysis.text, fact))
    describesNoun.push(isNounDescription(analysis.text, fact))
    qualifiers.push(qualifierOf(analysis.text, fact))
  }
  return { facts, keys, sources, datesStatement, describesNoun, qualifiers, analysis, found: null }
}

// A count's noun, then a participle in lower case: "918 yards receiving", "20 people injured".
const NOUN_THEN_PARTICIPLE = /^[\s-]+(?:[a-z]+-)?(\p{L}+)\s+(\p{Ll}{2,}(?:ing|ed))\b/u

function qualifierOf(text: string, fact: Fact): string {
  if (fact.kind !== 'number' || fact.key.length < 3) return ''
  const match = NOUN_THEN_PARTICIPLE.exec(text.slice(fact.end, fact.end + 40))
  const [noun, participle] = [match?.[1]?.toLowerCase() ?? '', match?.[2] ?? '']
  // "yards during the season": a preposition spelt like a participle qualifies nothing.
  if (!noun.startsWith(fact.key.slice(0, 3)) || WORD_LEXICON[participle] === 'Preposition') {
    return ''
  }
  return participle
}

function isStatementDate(text: string, fact: Fact): boolean {
  if (fact.kind !== 'date') return false
  return (
    STATEMENT_BEFORE.test(text.slice(Math.max(0, fact.start - 24), fact.start)) ||
    STATEMENT_AFTER.test(text.slice(fact.end, fact.end + 16))
  )
}

function isNounDescription(text: string, fact: Fact): boolean {
  if (fact.kind !== 'number') return false
  return HYPHENATED_UNIT.test(fact.text) || HYPHEN_AFTER.test(text.slice(fact.end, fact.end + 4))
}

/** The facts of a text as stated in paragraph `paragraph`. */
function locatedIn(text: TextFacts, paragraph: number): ReadonlyArray<Located> {
  const located: Located[] = []
  for (let at = 0; at < text.facts.length; at += 1) {
    located.push({ fact: text.facts[at]!, paragraph, text, at })
  }
  return located
}

/** Each fact's context, in the order of `facts`. */
function contextsOf(text: TextFacts): ReadonlyArray<Context> {
  if (text.found === null) {
    const { analysis } = text
    const sentences = sentenceStems(analysis)
    const paragraph = new Set(sentences.flatMap((words) => words.map(({ stem }) => stem)))
    text.found = text.facts.map((fact) => factContext(analysis, sentences, paragraph, fact))
  }
  return text.found
}

function describeSide(
  paragraphs: ReadonlyArray<Paragraph>,
  analyses: ReadonlyArray<AnalysedText | null>,
  lexicon: NameLexicon,
  known: Map<AnalysedText, TextFacts>,
  spacedDecimals: boolean,
  progress?: ProgressReport,
): Side {
  const values = new Set<string>()
  const sources = new Set<string>()
  const described = progressCounter(progress, paragraphs.length)
  // Loops rather than callbacks here and in the row loop: a closure made per comparison loses its
  // optimised code at each full collection and is compiled again (the bench collects before each run).
  const facts: Array<ReadonlyArray<Located>> = []
  for (let position = 0; position < paragraphs.length; position += 1) {
    described(position)
    const paragraph = paragraphs[position]!
    const analysis = analyses[position]
    let text = analysis ? known.get(analysis) : undefined
    if (analysis && text === undefined) {
      text = describeText(analysis, lexicon, spacedDecimals)
      known.set(analysis, text)
    }
    if (text === undefined) {
      facts.push([])
      continue
    }
    for (const key of text.keys) values.add(key)
    for (const source of text.sources) sources.add(source)
    facts.push(isFactual(paragraph) ? locatedIn(text, paragraph.index) : [])
  }
  let grams: ReadonlySet<string> | null = null
  return {
    paragraphs,
    facts,
    values,
    sources: [...sources],
    grams: () => (grams ??= nameGrams(distinctAnalyses(analyses))),
  }
}

/** Each analysis once: a paragraph repeated (within or across the articles) shares its analysis. */
function distinctAnalyses<T extends AnalysedText | null>(analyses: ReadonlyArray<T>): T[] {
  return [...new Set(analyses)]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

/** True when the other article states this fact somewhere (so it is not new, only moved). */
function statedIn(side: Side, fact: Fact): boolean {
  if (holds(side.values, fact)) return true
  // "according to the IEA" is stated by "according to the IEA's coal market report".
  if (fact.kind === 'source') {
    const words = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(fact.value)}(?![\\p{L}\\p{N}])`,
      'u',
    )
    return side.sources.some((value) => words.test(value))
  }
  if (fact.kind === 'place' || fact.kind === 'organization' || fact.kind === 'person') {
    const name = fact.kind === 'person' ? fact.key : normalizeFactText(fact.text)
    return side.grams().has(
      analyseText(name)
        .tokens.map((token) => token.form.lower)
        .join(' '),
    )
  }
  return false
}

function sideText(located: Located): SideText {
  const { fact, paragraph } = located
  return {
    text: fact.text,
    paragraph,
    spans: [{ paragraph, start: fact.start, end: fact.end }],
  }
}

function shared(a: ReadonlyArray<string>, b: ReadonlyArray<string>): number {
  let count = 0
  for (const stem of a) if (b.includes(stem)) count += 1
  return count
}

/** Drops repeated mentions of one value within one side of a row. */
function distinct(facts: ReadonlyArray<Located>): ReadonlyArray<Located> {
  const seen = new Set<string>()
  return facts.filter(({ fact }) => {
    if (holds(seen, fact)) return false
    for (const key of valueKeys(fact)) seen.add(key)
    return true
  })
}

interface Pairing<T extends Located> {
  readonly changed: ReadonlyArray<readonly [T, T]>
  readonly removed: ReadonlyArray<T>
  readonly added: ReadonlyArray<T>
}

/**
 * How two facts of one kind may be one fact changed: `subject` when they say something about the
 * same thing (a count of one noun, a date of one grain or month, one source), `related` when only
 * their kind of value agrees (two counts of different nouns: "150 fire fighters" and "more than
 * 100 firefighters"), null when a change of one into the other makes no sense.
 */
function relationOf(a: Fact, b: Fact): 'subject' | 'related' | null {
  if (a.kind !== b.kind) return null
  switch (a.kind) {
    case 'number': {
      if (measureOf(a) !== measureOf(b)) return null
      // A sum converted to another currency states it: "£1.7m" is no "two million euros" changed.
      if (a.key === 'money' && currencyOf(a) !== currencyOf(b)) return null
      // A decimal is a reading on a scale ("about 6.0 on the Richter scale"): it is no count of
      // another noun nor of anything written in words ("seven of its villages"), and of the same
      // unit it is only a whole number rounded ("5.2 yards a carry" is no "6,728 yards").
      if (isReading(a) !== isReading(b)) {
        const sameUnit = a.key === b.key && a.key !== '' && DIGIT.test(a.text) && DIGIT.test(b.text)
        if (!sameUnit || !alikeInSize(a, b)) return null
      }
      // Two numbers of which nothing tells what they count ("30 of the 80 wounded", "seven of its
      // villages") are only alike in kind; so are two ranks ("first baseman", "third baseman").
      if (a.key === b.key && a.key !== '' && a.key !== 'ordinal') return 'subject'
      // A length, a duration or a weight is no count of people or things, nor of another unit:
      // "10 kilometres" never became "24 people", nor "roughly 100 people" "about 10 minutes".
      const [unitA, unitB] = [MEASURE_UNITS.get(a.key), MEASURE_UNITS.get(b.key)]
      if (unitA !== undefined || unitB !== undefined) return unitA === unitB ? 'subject' : null
      return 'related'
    }
    case 'date':
      // "3 March" → "early March": an exact day that became vaguer is a change of that date; so
      // are two dates of one grain, or two counted from now ("last year" → "last August").
      return grainOf(a.value) === grainOf(b.value) ||
        blurredDay(a.value, b.value) ||
        blurredDay(b.value, a.value) ||
        sharesCalendarPart(a.value, b.value) ||
        relativeAnchor(a.value) === relativeAnchor(b.value)
        ? 'subject'
        : null
    case 'person':
    case 'place':
    case 'organization':
    case 'source':
      return a.key === b.key ? 'subject' : null
    default:
      return assertNever(a.kind)
  }
}

const DIGIT = /\d/u
const DECIMAL = /\d\.\s?\d/u
const SCALE_WORD = /\d[\s-]?(?:thousand|million|billion|trillion|tn|trn|bn|mn|m|k)\b/iu

/** The currency code a money value starts with ("gbp 1700000"). */
function currencyOf(fact: Fact): string {
  return fact.value.replace(/^[<>≤~] /u, '').split(' ')[0] ?? ''
}

/** A number written with decimals and no scale ("6.0", "4. 5"; not "2.5 million"). */
function isReading(fact: Fact): boolean {
  return DECIMAL.test(fact.text) && !SCALE_WORD.test(fact.text)
}

const MONTH_WORDS = MONTHS.map((month) => new RegExp(`\\b${month}\\b`, 'u'))

/** The month (1–12) and year a normalised date value names, where it names them. */
function calendarParts(value: string): { readonly month: number; readonly year: number } {
  const numeric = /^(?:(\d{4})-)?(\d{2})(?:-\d{2})?$/u.exec(value)
  if (numeric) return { month: Number(numeric[2]), year: Number(numeric[1] ?? 0) }
  const named = MONTH_WORDS.findIndex((month) => month.test(value))
  const year = /\b(?:19|20)\d{2}\b/u.exec(value)
  return { month: named + 1, year: Number(year?.[0] ?? 0) }
}

/**
 * How fine a date is: a year and "this week" are both periods, yet one never becomes the other in
 * a rewrite, so dates pair by grain rather than by their key.
 */
function grainOf(value: string): string {
  if (/^\d{1,2}(?::\d{2})?(?:am|pm)?$/u.test(value)) return 'time'
  if (/^(?:\d{4}-)?\d{2}-\d{2}$/u.test(value) || WEEKDAY_IN.test(value)) return 'day'
  if (/\b(?:today|yesterday|tomorrow|tonight|overnight|morning|afternoon|evening)\b/u.test(value)) {
    return 'day'
  }
  if (/\bweek(?:end)?\b/u.test(value)) return 'week'
  if (/^\d{4}-\d{2}$/u.test(value) || calendarParts(value).month > 0) return 'month'
  if (/^\d{4}$|\byear\b/u.test(value)) return 'year'
  return value.replace(/^(?:last|next|this|early|late|mid|earlier this|later this) /u, '')
}

/**
 * A day told as the week counted from now ("on Wednesday" → "this week"), or a time as its day;
 * "by 2035" → "this week" and "next month" → "2003" are no rewrite of one date.
 */
function blurredDay(exact: string, vague: string): boolean {
  const [fine, coarse] = [grainOf(exact), grainOf(vague)]
  const blurs = (fine === 'day' && coarse === 'week') || (fine === 'time' && coarse === 'day')
  return blurs && !relativeAnchor(vague).startsWith('absolute:')
}

/** "last" of "last year": dates counted from the same moment; an absolute date is its own anchor. */
function relativeAnchor(value: string): string {
  return /^(?:last|next|this)\b/u.exec(value)?.[0] ?? `absolute:${value}`
}

function sharesCalendarPart(a: string, b: string): boolean {
  const [x, y] = [calendarParts(a), calendarParts(b)]
  return (x.month > 0 && x.month === y.month) || (x.year > 0 && x.year === y.year)
}

// A count rewritten under another noun is rounded or updated, not multiplied: the rewrites read in
// the corpora change such counts by at most half again ("Up to 150 fire fighters" → "more than
// 100 firefighters", "5000 people" → "6000 protesters"), while counts of different things in one
// sentence differ more ("two Britons" → "five of them", "four of its updates" → "13 bulletins").
const MAX_RELATED_RATIO = 2

/** True when two numbers are within `MAX_RELATED_RATIO` of each other. */
function alikeInSize(a: Fact, b: Fact): boolean {
  const [x, y] = [sizeOf(a), sizeOf(b)]
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= MAX_RELATED_RATIO
}

function sizeOf(fact: Fact): number {
  return Number(amountOf(fact).replace(/^\D+/u, ''))
}

// Two dates are one date changed only when their sentences tell one event: they share words in
// lower case (a verb, a common noun: "overturned", "arrested … speeding"), not only the names of
// whom it happened to ("Lohan … Betty Ford on June 8" is no "Lohan … Betty Ford late Thursday").
const MIN_SHARED_EVENT_WORDS = 2

function sameEvent(a: Located, b: Located): boolean {
  return (
    a.fact.kind !== 'date' ||
    shared(contextOf(a).common, contextOf(b).common) >= MIN_SHARED_EVENT_WORDS
  )
}

/** How close two facts' subjects are, to choose between pairings with equal context. */
function affinity(a: Fact, b: Fact): number {
  if (a.kind !== 'number' || b.kind !== 'number') return 0
  const unit = a.key === b.key ? 2 : a.key.slice(0, 4) === b.key.slice(0, 4) && a.key ? 1 : 0
  // Of two candidate numbers the one of like size is likelier the same count changed.
  const [x, y] = [sizeOf(a), sizeOf(b)]
  const size = x > 0 && y > 0 ? 1 / (1 + Math.abs(Math.log10(x / y))) : 0
  return unit + size
}

/**
 * Pairs facts that may be one fact changed and whose sentences are about one thing. A pair of
 * merely `related` facts also needs both values absent from the other article (`stated*`), so a
 * value that moved elsewhere is never passed off as a change.
 */
function pairByContext<T extends Located>(
  left: ReadonlyArray<T>,
  right: ReadonlyArray<T>,
  /** The article a left fact's value is looked up in, if any (`statedIn`); likewise a right one's. */
  leftLookedUpIn: Side | null,
  rightLookedUpIn: Side | null,
): Pairing<T> {
  const candidates: Array<Candidate<T>> = []
  // Context stems shared with each right fact, counted through an index of the right facts' stems:
  // pairing across rows sets every fact of a long one-sided article against the other's.
  const byStem = new Map<string, number[]>()
  if (left.length > 0) {
    for (let at = 0; at < right.length; at += 1) {
      for (const stem of contextOf(right[at]!).stems) {
        const holders = byStem.get(stem)
        if (holders === undefined) byStem.set(stem, [at])
        else holders.push(at)
      }
    }
  }
  const scores = new Array<number>(right.length).fill(0)
  for (const a of left) {
    for (const stem of contextOf(a).stems) {
      for (const at of byStem.get(stem) ?? []) scores[at]! += 1
    }
    for (let at = 0; at < right.length; at += 1) {
      const b = right[at]!
      const score = scores[at]!
      scores[at] = 0
      if (score < MIN_SHARED_CONTEXT) continue
      const relation = relationOf(a.fact, b.fact)
      if (relation === 'subject' && !plausibleChange(a, b, score)) continue
      if (qualifiedOtherwise(a, b) || qualifiedOtherwise(b, a)) continue
      // When something was said is no date of what it reports ("said Wednesday" / "fired last week").
      if (a.text.datesStatement[a.at] !== b.text.datesStatement[b.at]) continue
      if (
        sameEvent(a, b) &&
        (relation === 'subject' || (relation === 'related' && countsAlike(a, b))) &&
        // Two counts of different nouns, or a date the other article states elsewhere ("6 am"
        // was the first blast, "6:24am" a later one), are no value changed.
        ((relation === 'subject' && a.fact.kind !== 'date') ||
          (!statedElsewhere(leftLookedUpIn, a) && !statedElsewhere(rightLookedUpIn, b)))
      ) {
        candidates.push({ a, b, score, tie: affinity(a.fact, b.fact) })
      }
    }
  }
  candidates.sort(byScoreThenTie)
  const changed = takeBestPairs(candidates)
  const paired = new Set(changed.flat())
  return {
    changed,
    removed: left.filter((located) => !paired.has(located)),
    added: right.filter((located) => !paired.has(located)),
  }
}

/**
 * The candidate pairs in their order (best first), skipping any whose fact an earlier pair took:
 * each fact is in one pair at most. A left and a right fact are never the same object.
 */
function takeBestPairs<T>(
  candidates: Iterable<{ readonly a: T; readonly b: T }>,
): Array<readonly [T, T]> {
  const used = new Set<T>()
  const pairs: Array<readonly [T, T]> = []
  for (const { a, b } of candidates) {
    if (used.has(a) || used.has(b)) continue
    used.add(a)
    used.add(b)
    pairs.push([a, b])
  }
  return pairs
}

// A count rewritten under its own noun far from its size ("six games" → "16 games", "700 miles"
// → "35 miles") is more often another count of the same noun in a sentence about something else;
// it is one count changed only when the two sentences share at least this share of the shorter's
// content words (a toll updated from 3 to 15 dead is told in the same words).
const MIN_SHARED_FOR_FAR_COUNTS = 0.5

/** False for two counts of one noun far apart in size whose sentences share too little. */
function plausibleChange(a: Located, b: Located, score: number): boolean {
  if (a.fact.kind !== 'number' || alikeInSize(a.fact, b.fact)) return true
  const shorter = Math.min(contextOf(a).stems.length, contextOf(b).stems.length)
  return score >= shorter * MIN_SHARED_FOR_FAR_COUNTS
}

/**
 * True when `b`'s count is qualified ("716 yards rushing") as another count of the same noun in
 * `a`'s text is ("6,728 yards rushing") and `a` itself is not ("918 yards … receiving"): two
 * quantities of one noun, and `b` is the other one rewritten.
 */
function qualifiedOtherwise(a: Located, b: Located): boolean {
  const wanted = b.text.qualifiers[b.at] ?? ''
  if (wanted === '' || a.text.qualifiers[a.at] === wanted) return false
  const { facts, qualifiers } = a.text
  for (let at = 0; at < facts.length; at += 1) {
    if (at !== a.at && qualifiers[at] === wanted && facts[at]!.key === a.fact.key) return true
  }
  return false
}

/**
 * Counts of two different nouns alike enough in size to be one count rewritten; a number
 * hyphenated to its noun counts nothing ("47 vulnerabilities" never became "32-bit versions"),
 * and a count whose sentence speaks of the other's noun when the other's sentence never speaks of
 * its own is no rewrite of it ("29 catches" beside "10 total games" never became "16 games"; "55
 * varieties of vegetables" did become "50 vegetable varieties").
 */
function countsAlike(a: Located, b: Located): boolean {
  return (
    alikeInSize(a.fact, b.fact) &&
    !a.text.describesNoun[a.at] &&
    !b.text.describesNoun[b.at] &&
    (sameNoun(a.fact.key, b.fact.key) || speaksOf(a, b.fact.key) === speaksOf(b, a.fact.key))
  )
}

/** True when a fact's sentence names the noun `key` outside the fact ("games" of "10 total games"). */
function speaksOf(located: Located, key: string): boolean {
  return key !== '' && contextOf(located).stems.includes(contextStemOf(key))
}

/** Two keys of one noun spelled apart or compounded ("fire" of "fire fighters", "firefighter"). */
function sameNoun(a: string, b: string): boolean {
  return a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4)
}

interface Candidate<T extends Located> {
  readonly a: T
  readonly b: T
  readonly score: number
  readonly tie: number
}

function byScoreThenTie<T extends Located>(x: Candidate<T>, y: Candidate<T>): number {
  return y.score - x.score || y.tie - x.tie
}

function statedElsewhere(side: Side | null, located: Located): boolean {
  return side !== null && statedIn(side, located.fact)
}

/** The facts one side of a row states that the other side does not, in any words. */
function unmatched(
  facts: ReadonlyArray<Located>,
  other: ReadonlyArray<Located>,
): ReadonlyArray<Located> {
  const values = new Set(other.flatMap(({ fact }) => valueKeys(fact)))
  return facts.filter(({ fact }) => !holds(values, fact))
}

/**
 * A job title differs when the person's titles on the other side (in the row when it names them
 * with a title, else anywhere in the article) all differ from it.
 */
function titleCounterpart(
  mention: Located,
  row: ReadonlyArray<Located>,
  article: ReadonlyMap<string, ReadonlyArray<Located>>,
): Located | null {
  const inRow = row.filter(
    ({ fact }) => fact.kind === 'person' && fact.key === mention.fact.key && fact.value !== '',
  )
  const others = inRow.length > 0 ? inRow : (article.get(mention.fact.key) ?? [])
  if (others.length === 0 || others.some(({ fact }) => sameTitle(fact, mention.fact))) {
    return null
  }
  return others[0] ?? null
}

/**
 * True when two job titles name one job: the same status and office, and the same body it belongs
 * to ("Minister of Defence" is a "Defence Minister", whose body is written before the office); of
 * two titles joined by "and", either.
 */
function sameTitle(a: Fact, b: Fact): boolean {
  if (a.value === b.value) return true
  const [officeA = '', bodyA = ''] = a.value.split(' of ')
  const [officeB = '', bodyB = ''] = b.value.split(' of ')
  // "CEO and co-founder" holds the job of a "Chief Executive".
  const partsA = officeA.split(' and ')
  const partsB = officeB.split(' and ')
  if (partsA.length > 1 || partsB.length > 1) return partsA.some((part) => partsB.includes(part))
  if (officeA !== officeB || (bodyA !== '' && bodyB !== '')) return false
  const [body, other] = bodyA === '' ? [bodyB, a] : [bodyA, b]
  const words = new Set(normalizeFactText(other.text).split(/[^\p{L}]+/u))
  return body.split(' ').every((word) => words.has(word))
}

/** Every mention of a person with a job title, by surname. */
function titledPeople(side: Side): ReadonlyMap<string, ReadonlyArray<Located>> {
  const bySurname = new Map<string, Located[]>()
  for (const located of side.facts.flat()) {
    if (located.fact.kind !== 'person' || located.fact.value === '') continue
    const mentions = bySurname.get(located.fact.key) ?? []
    mentions.push(located)
    bySurname.set(located.fact.key, mentions)
  }
  return bySurname
}

// The days of a month that "early", "mid" and "late" name.
const MONTH_PARTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['early', [1, 10]],
  ['mid', [10, 20]],
  ['late', [20, 31]],
])
const VAGUE_MONTH = new RegExp(`^(?:(early|mid|late) )?(${MONTHS.join('|')})$`, 'u')
const RELATIVE_MONTH = new RegExp(`^(last|this|next) (${MONTHS.join('|')})$`, 'u')

/**
 * True when the date `vague` holds the date `exact`: "late February" holds 28 February, and "last
 * year" holds "last August". A rewrite that blurs or sharpens a date writes one of these.
 */
function holdsDate(vague: string, exact: string): boolean {
  const day = /^(?:\d{4}-)?(\d{2})-(\d{2})$/u.exec(exact)
  if (day) {
    const month = VAGUE_MONTH.exec(vague)
    if (!month || MONTHS.indexOf(month[2] ?? '') + 1 !== Number(day[1])) return false
    const [from, to] = MONTH_PARTS.get(month[1] ?? '') ?? [1, 31]
    return Number(day[2]) >= from && Number(day[2]) <= to
  }
  const relative = RELATIVE_MONTH.exec(exact)
  return relative !== null && vague === `${relative[1] ?? ''} year`
}

/** Stems two facts' paragraphs share, the facts' own words left out. */
function sharedParagraph(a: Context, b: Context): number {
  let count = 0
  for (const stem of a.paragraph) {
    if (b.paragraph.has(stem) && !a.own.includes(stem) && !b.own.includes(stem)) count += 1
  }
  return count
}

/**
 * A date one article gives exactly and the other more vaguely ("28 February" → "late February",
 * "last year" → "last August") is one date changed wherever the alignment put the two paragraphs,
 * when they tell of the same things.
 */
function pairHeldDates<T extends Located>(
  removed: ReadonlyArray<T>,
  added: ReadonlyArray<T>,
): ReadonlyArray<readonly [T, T]> {
  const dates = (facts: ReadonlyArray<T>): ReadonlyArray<T> =>
    facts.filter(({ fact }) => fact.kind === 'date')
  const addedDates = dates(added)
  // The values are compared first: scoring builds both facts' contexts, and few dates hold others.
  const candidates = dates(removed)
    .flatMap((a) =>
      addedDates
        .filter(
          (b) => holdsDate(a.fact.value, b.fact.value) || holdsDate(b.fact.value, a.fact.value),
        )
        .map((b) => ({ a, b, score: sharedParagraph(contextOf(a), contextOf(b)) })),
    )
    .filter(({ score }) => score >= MIN_SHARED_CONTEXT)
    .sort((x, y) => y.score - x.score)
  return takeBestPairs(candidates)
}

const MAX_FOOTAGE_PAIRS = 10_000

/**
 * Footage credited to another source ("the Kremlin released footage" → "Russian state television
 * showed footage"), wherever the alignment put the two: like a claim, it is one footage when the
 * paragraphs share its content (`sharedClaim`), the most shared first.
 */
function pairFootage<T extends Located>(
  removed: ReadonlyArray<T>,
  added: ReadonlyArray<T>,
): ReadonlyArray<readonly [T, T]> {
  const footage = (facts: ReadonlyArray<T>): ReadonlyArray<T> =>
    facts.filter(({ fact }) => fact.kind === 'source' && fact.key === FOOTAGE_SOURCE_KEY)
  const addedFootage = footage(added)
  const removedFootage = addedFootage.length === 0 ? [] : footage(removed)
  // Every pair is scored: a hostile article naming thousands of sources on each side is left alone.
  if (removedFootage.length * addedFootage.length > MAX_FOOTAGE_PAIRS) return []
  const candidates = removedFootage
    .flatMap((a) =>
      addedFootage.map((b) => ({ a, b, score: sharedClaim(contextOf(a), contextOf(b)) })),
    )
    .filter(({ score }) => score >= MIN_SHARED_CLAIM)
    .sort((x, y) => y.score - x.score)
  return takeBestPairs(candidates)
}

/** Who a claim is credited to: reported only when a rewrite credits it to another source. */
function isAttribution(fact: Fact): boolean {
  return fact.kind === 'source' && fact.key === 'attribution'
}

// Content stems two paragraphs must share for a claim in each to be one claim: more than for a
// date, as a claim has no value of its own to match.
const MIN_SHARED_CLAIM = 4

/** Stems `sentence`'s sentence shares with `paragraph`'s paragraph, the latter's own words left out. */
function sharedWithin(sentence: Context, paragraph: Context): number {
  let count = 0
  for (const stem of sentence.stems) {
    if (paragraph.paragraph.has(stem) && !paragraph.own.includes(stem)) count += 1
  }
  return count
}

/**
 * Stems one claim's sentence shares with the other claim's paragraph, the better way round: a
 * rewrite may spread a sentence over its paragraph ("…reclaiming areas. Peskov stated that…").
 */
function sharedClaim(a: Context, b: Context): number {
  return Math.max(sharedWithin(a, b), sharedWithin(b, a))
}

/** Attributions that share a context and a source: a paragraph repeated states the same claim. */
interface ClaimGroup {
  readonly context: Context
  readonly value: string
  /** Positions in the side's attributions, ascending. */
  readonly members: number[]
}

/** The attributions of the paragraphs each row gives `which` side, in row order. */
function attributionsOf(
  side: Side,
  rows: ReadonlyArray<AlignedRow>,
  which: 'left' | 'right',
): ReadonlyArray<Pending> {
  const found: Pending[] = []
  for (let index = 0; index < rows.length; index += 1) {
    for (const paragraph of rows[index]![which]) {
      for (const located of side.facts[paragraph] ?? []) {
        if (isAttribution(located.fact)) found.push(pendingOf(located, index, false))
      }
    }
  }
  return found
}

function claimGroups(claims: ReadonlyArray<Pending>): ReadonlyArray<ClaimGroup> {
  const byContext = new Map<Context, Map<string, ClaimGroup>>()
  const groups: ClaimGroup[] = []
  claims.forEach((claim, position) => {
    const context = contextOf(claim)
    let byValue = byContext.get(context)
    if (byValue === undefined) {
      byValue = new Map()
      byContext.set(context, byValue)
    }
    let group = byValue.get(claim.fact.value)
    if (group === undefined) {
      group = { context, value: claim.fact.value, members: [] }
      byValue.set(claim.fact.value, group)
      groups.push(group)
    }
    group.members.push(position)
  })
  return groups
}

/**
 * Claims credited to another source ("the Kremlin claimed" → "Peskov stated"), wherever the
 * alignment put them: each attribution pairs with the one of the other article whose paragraph
 * shares the most content (ties: the same source first, then the earlier claims), and is reported
 * only when the two credit different sources. A paragraph repeated many times (a long article)
 * has one context, so pairs are scored once per distinct claim rather than once per two mentions.
 */
function pairAttributions(
  left: Side,
  right: Side,
  rows: ReadonlyArray<AlignedRow>,
): ReadonlyArray<readonly [Pending, Pending]> {
  const before = attributionsOf(left, rows, 'left')
  const after = before.length === 0 ? [] : attributionsOf(right, rows, 'right')
  if (after.length === 0) return []
  const beforeGroups = claimGroups(before)
  const afterGroups = claimGroups(after)
  const groupOf = new Array<number>(before.length)
  beforeGroups.forEach((group, at) => {
    for (const member of group.members) groupOf[member] = at
  })
  // Each tier is a score and whether the sources differ, best first: the order pairs are taken in.
  const tiers: number[][] = beforeGroups.map((a) =>
    afterGroups.map((b) => {
      const score = sharedClaim(a.context, b.context)
      return score >= MIN_SHARED_CLAIM ? score * 2 - Number(a.value !== b.value) : -1
    }),
  )
  const order = [...new Set(tiers.flat().filter((tier) => tier >= 0))].sort((x, y) => y - x)
  const usedBefore = new Array<boolean>(before.length).fill(false)
  const usedAfter = new Array<boolean>(after.length).fill(false)
  // Where each after group's first unused member may be: members only ever become used.
  const next = afterGroups.map(() => 0)
  const changed: Array<readonly [Pending, Pending]> = []
  for (const tier of order) {
    for (let at = 0; at < before.length; at += 1) {
      if (usedBefore[at]) continue
      const row = tiers[groupOf[at]!]!
      let taken = -1
      for (let index = 0; index < afterGroups.length; index += 1) {
        if (row[index] !== tier) continue
        const { members } = afterGroups[index]!
        let first = next[index]!
        while (first < members.length && usedAfter[members[first]!]) first += 1
        next[index] = first
        const member = members[first]
        if (member !== undefined && (taken < 0 || member < taken)) taken = member
      }
      if (taken < 0) continue
      usedBefore[at] = true
      usedAfter[taken] = true
      const [a, b] = [before[at]!, after[taken]!]
      if (a.fact.value !== b.fact.value) changed.push([a, b])
    }
  }
  return changed
}

/** A fact one row added or removed, before pairing across rows. */
interface Pending extends Located {
  readonly row: number
  /** The row has paragraphs on one side only (an added or removed row). */
  readonly oneSided: boolean
}

/**
 * A located fact of row `row`. Fields listed, not spread: V8 gave each spread copy a hidden class of
 * its own (60,000 one-sided facts, 9 MB of classes).
 */
function pendingOf(located: Located, row: number, oneSided: boolean): Pending {
  const { fact, paragraph, text, at } = located
  return { fact, paragraph, text, at, row, oneSided }
}

/**
 * Each paragraph's analysis, each distinct text analysed once (`analysed`). Boilerplate is
 * analysed too, though never reported: a dateline ("Nov 11 - Mumbai") states facts the other
 * article must not be told it lacks.
 */
function analyseParagraphs(
  paragraphs: ReadonlyArray<Paragraph>,
  reading: ArticleReading | undefined,
  analysed: Map<string, AnalysedText>,
  scanned: (done: number) => void,
  offset: number,
): ReadonlyArray<AnalysedText> {
  const analyses: AnalysedText[] = []
  for (let position = 0; position < paragraphs.length; position += 1) {
    scanned(offset + position)
    const paragraph = paragraphs[position]!
    let known = analysed.get(paragraph.text)
    if (known === undefined) {
      const read = reading?.[position]
      const same = read?.paragraph.text === paragraph.text ? read : undefined
      // Boilerplate has no sentences in the analysis; facts still read it (datelines).
      const sentences = paragraph.kind === 'boilerplate' ? undefined : same?.sentences
      known = analyseText(paragraph.text, same?.words, sentences)
      analysed.set(paragraph.text, known)
    }
    analyses.push(known)
  }
  return analyses
}

/**
 * Both sides' analyses. A held reading is taken here, so that the stage lets the articles' words
 * go once they are read (see `HeldReading`).
 */
function analyseSides(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  analysis: ComparedReading | HeldReading | undefined,
  progress: ProgressReport | undefined,
): readonly [ReadonlyArray<AnalysedText>, ReadonlyArray<AnalysedText>] {
  const reading = analysis instanceof HeldReading ? analysis.take() : analysis
  // Most paragraphs of a rewrite are unchanged: each distinct text is analysed once.
  const analysed = new Map<string, AnalysedText>()
  const scanned = progressCounter(progress, left.length + right.length)
  return [
    analyseParagraphs(left, reading?.left, analysed, scanned, 0),
    analyseParagraphs(right, reading?.right, analysed, scanned, left.length),
  ]
}

function rowFacts(side: Side, indices: ReadonlyArray<number>): ReadonlyArray<Located> {
  return indices.flatMap((index) => side.facts[index] ?? [])
}

/**
 * Facts (numbers, dates, people, organisations, places, sources) that differ per aligned row.
 * Values are compared normalised (case, typography, "US"/"United States"), whatever the options.
 * With the comparison's analysis, words are read from it rather than tokenized again.
 */
export function compareFacts(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  rows: ReadonlyArray<AlignedRow>,
  _options: CompareOptions,
  analysis?: ComparedReading | HeldReading,
  progress?: ProgressReport,
): ReadonlyArray<FactChange> {
  // Shares of the stage measured on a generated 1 MB pair: analysing ~15%, naming ~5%, finding
  // each side's facts ~50%, pairing them row by row the rest.
  const [leftAnalyses, rightAnalyses] = analyseSides(
    left,
    right,
    analysis,
    progressSpan(progress, 0, 0.15),
  )
  const factual = (
    paragraphs: ReadonlyArray<Paragraph>,
    analyses: ReadonlyArray<AnalysedText | null>,
  ): ReadonlyArray<AnalysedText> =>
    analyses.filter(
      (analysis, position): analysis is AnalysedText =>
        analysis !== null && paragraphs[position] !== undefined && isFactual(paragraphs[position]),
    )
  // Names are learned from both articles: "Donald Trump" on one side makes "Trump" a person on both.
  // Learning from a text twice learns nothing more.
  const lexicon = learnNames(
    distinctAnalyses([...factual(left, leftAnalyses), ...factual(right, rightAnalyses)]),
  )
  // Wire copy spaces its decimals ("6. 4") in some paragraphs and shows it is wire copy in others.
  const leftWire = left.some((paragraph) => spacesPunctuation(paragraph.text))
  const rightWire = right.some((paragraph) => spacesPunctuation(paragraph.text))
  const textFacts = [new Map<AnalysedText, TextFacts>(), new Map<AnalysedText, TextFacts>()]
  const factsOf = (wire: boolean): Map<AnalysedText, TextFacts> => textFacts[wire ? 1 : 0]!
  const leftSide = describeSide(
    left,
    leftAnalyses,
    lexicon,
    factsOf(leftWire),
    leftWire,
    progressSpan(progress, 0.2, 0.4),
  )
  const rightSide = describeSide(
    right,
    rightAnalyses,
    lexicon,
    factsOf(rightWire),
    rightWire,
    progressSpan(progress, 0.4, 0.7),
  )
  const leftTitles = titledPeople(leftSide)
  const rightTitles = titledPeople(rightSide)
  const reported = new Set<string>()
  const events: Array<{ readonly row: number; readonly change: FactChange }> = []
  const report = (row: number, key: string, change: FactChange): void => {
    if (reported.has(key)) return
    reported.add(key)
    events.push({ row, change })
  }
  const removedLeft: Pending[] = []
  const addedRight: Pending[] = []

  const rowsDone = progressCounter(progressSpan(progress, 0.7, 1), rows.length)
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex += 1) {
    rowsDone(rowIndex)
    const row = rows[rowIndex]!
    const leftRow = rowFacts(leftSide, row.left)
    const rightRow = rowFacts(rightSide, row.right)
    for (const mention of leftRow) {
      if (mention.fact.kind !== 'person' || mention.fact.value === '') continue
      const other = titleCounterpart(mention, rightRow, rightTitles)
      if (!other) continue
      report(rowIndex, `title:${mention.fact.key}:${mention.fact.value}>${other.fact.value}`, {
        kind: 'person',
        status: 'changed',
        left: sideText(mention),
        right: sideText(other),
      })
    }
    for (const mention of rightRow) {
      if (mention.fact.kind !== 'person' || mention.fact.value === '') continue
      const other = titleCounterpart(mention, leftRow, leftTitles)
      if (!other) continue
      report(rowIndex, `title:${mention.fact.key}:${other.fact.value}>${mention.fact.value}`, {
        kind: 'person',
        status: 'changed',
        left: sideText(other),
        right: sideText(mention),
      })
    }
    const leftFacts = distinct(leftRow.filter(({ fact }) => !isAttribution(fact)))
    const rightFacts = distinct(rightRow.filter(({ fact }) => !isAttribution(fact)))
    const paired = pairByContext(
      unmatched(leftFacts, rightFacts),
      unmatched(rightFacts, leftFacts),
      rightSide,
      leftSide,
    )
    const oneSided = row.left.length === 0 || row.right.length === 0
    for (const [a, b] of paired.changed) {
      report(rowIndex, `changed:${identityOf(a.fact)}>${identityOf(b.fact)}`, {
        kind: a.fact.kind,
        status: 'changed',
        left: sideText(a),
        right: sideText(b),
      })
    }
    // A fact stated elsewhere in the other article moved rather than appeared or vanished.
    for (const located of paired.removed) {
      if (!statedIn(rightSide, located.fact)) {
        removedLeft.push(pendingOf(located, rowIndex, oneSided))
      }
    }
    for (const located of paired.added) {
      if (!statedIn(leftSide, located.fact)) {
        addedRight.push(pendingOf(located, rowIndex, oneSided))
      }
    }
  }

  // A statement the alignment left unlinked (a removed row here, an added row there) may carry a
  // changed fact ("last year" → "last August"); only such rows are paired across, so facts of rows
  // the alignment did pair are never matched with unrelated ones elsewhere.
  const across = pairByContext(
    removedLeft.filter((located) => located.oneSided),
    addedRight.filter((located) => located.oneSided),
    null,
    null,
  )
  for (const [a, b] of across.changed) {
    report(Math.min(a.row, b.row), `changed:${identityOf(a.fact)}>${identityOf(b.fact)}`, {
      kind: a.fact.kind,
      status: 'changed',
      left: sideText(a),
      right: sideText(b),
    })
  }
  const pairedAcross = new Set<Pending>(across.changed.flat())
  const dates = pairHeldDates(
    removedLeft.filter((pending) => !pairedAcross.has(pending)),
    addedRight.filter((pending) => !pairedAcross.has(pending)),
  )
  for (const [a, b] of dates) {
    report(Math.min(a.row, b.row), `changed:${identityOf(a.fact)}>${identityOf(b.fact)}`, {
      kind: 'date',
      status: 'changed',
      left: sideText(a),
      right: sideText(b),
    })
    pairedAcross.add(a)
    pairedAcross.add(b)
  }
  for (const [a, b] of pairFootage(
    removedLeft.filter((pending) => !pairedAcross.has(pending)),
    addedRight.filter((pending) => !pairedAcross.has(pending)),
  )) {
    report(Math.min(a.row, b.row), `changed:${identityOf(a.fact)}>${identityOf(b.fact)}`, {
      kind: 'source',
      status: 'changed',
      left: sideText(a),
      right: sideText(b),
    })
    pairedAcross.add(a)
    pairedAcross.add(b)
  }
  for (const located of removedLeft.filter((pending) => !pairedAcross.has(pending))) {
    report(located.row, `removed:${identityOf(located.fact)}`, {
      kind: located.fact.kind,
      status: 'removed',
      left: sideText(located),
      right: null,
    })
  }
  for (const located of addedRight.filter((pending) => !pairedAcross.has(pending))) {
    report(located.row, `added:${identityOf(located.fact)}`, {
      kind: located.fact.kind,
      status: 'added',
      left: null,
      right: sideText(located),
    })
  }
  for (const [a, b] of pairAttributions(leftSide, rightSide, rows)) {
    report(Math.min(a.row, b.row), `changed:${identityOf(a.fact)}>${identityOf(b.fact)}`, {
      kind: 'source',
      status: 'changed',
      left: sideText(a),
      right: sideText(b),
    })
  }
  // Stable sort: within a row, title changes, then changed, removed and added facts.
  return events.sort((a, b) => a.row - b.row).map(({ change }) => change)
}
