import { progressCounter } from '../progress'
import type { ProgressReport } from '../progress'
import type { Paragraph } from '../types'
import { createNameTagger } from './name-tagger'
import type { NameTagger } from './name-tagger'
import type { QuoteSpan } from './quote-marks'
import { isStopWord } from './quote-words'
import { compoundWordSpans, firstSpanFrom } from '../text/words'
import type { WordSpan } from '../text/words'
import type { ParagraphSentences, ParagraphWords } from './sentence-ranges'
import {
  isWordJoiner,
  nameWordsOf,
  splitParagraphSentences,
  splitParagraphWords,
} from './sentence-ranges'
import {
  ACCORDING_TO_WORDS,
  AFTER_QUOTE_ONLY_VERBS,
  AUXILIARIES,
  AUXILIARY_BEFORE_VERB,
  INVERTED_PRONOUN,
  DETERMINERS,
  NAME_PARTICLES,
  NOUN_LIKE_VERBS,
  PRONOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
  VERB_MODIFIERS,
  isPersonTitle,
  isTitleWord,
} from './speaker-words'

/** Where the words naming a quotation's speaker were found. */
export type AttributionKind =
  /** `“…,” Trump said` / `“…,” said Peskov` / `“…,” he added`. */
  | 'after-quote'
  /** `Trump warned, “…”` / `Trump said that Russia sent “…”`. */
  | 'before-quote'
  /** `Trump: “…”`. */
  | 'colon'
  /** `according to Peskov`. */
  | 'according-to'
  /** A paragraph that is the quote, introduced by `he wrote:` at the end of the previous one. */
  | 'previous-paragraph'
  | 'none'

/** Who a quotation is attributed to, and how that was found. */
export interface Attribution {
  /** The person's name without titles, or a common-noun source as written ("a BBC source"). */
  readonly speaker: string | null
  /** The words of the attribution as written: "White House Press Secretary Karoline Leavitt", "he". */
  readonly mention: string | null
  readonly kind: AttributionKind
  /** True when the mention is a pronoun resolved to the nearest preceding named person. */
  readonly pronoun: boolean
  /** For a pronoun that stands for a person the text does not name, how it describes them ("A spokesperson"). */
  readonly described?: string
}

/** No attribution found. */
export const NO_ATTRIBUTION: Attribution = {
  speaker: null,
  mention: null,
  kind: 'none',
  pronoun: false,
}

/** A word of a masked paragraph with the text before it. */
export interface Token {
  readonly text: string
  readonly lower: string
  readonly start: number
  readonly end: number
  /** The text between the previous token (or the range start) and this one. */
  readonly gap: string
}

/** The person or pronoun a sentence is about, and where it stands. */
export interface Subject {
  /** Resolved person name, a common-noun source, or null for an unresolved pronoun. */
  readonly speaker: string | null
  readonly mention: string
  readonly pronoun: boolean
  readonly person: boolean
  /** Token index where the subject's words start. */
  readonly at: number
  /** True when the subject's verb reports speech ("Trump suggested"), not any verb ("Bananas are"). */
  readonly speaks: boolean
  /**
   * True for a person the sentence does not name ("One waiter", "the Kremlin spokesman"): the
   * speaker is the one holder of that role when the article names one, else null.
   */
  readonly unnamed: boolean
  /** The gender an unnamed subject's noun tells ("spokeswoman"), else null. */
  readonly gender: Gender | null
  /**
   * Whom a later pronoun takes an unnamed subject for: its role's holder, or for a definite
   * description ("the Irish designer") the person the text last named; null for a new person.
   */
  readonly referent: string | null
}

type Gender = 'male' | 'female'

/** What attribution needs to know about the article's people beyond one sentence. */
export interface PersonCheck {
  /** True when a name (as the article writes it) is a person's, not a place, body or thing. */
  isPerson(name: string): boolean
  /**
   * Stricter: true when a pronoun may refer to the name as a sentence's subject (a person the
   * article names mid-sentence; a single word the lexicon does not know needs a sign of a person).
   */
  isReferent(name: string): boolean
  /**
   * Strictest: true when a pronoun may refer to a name the article only mentions in passing ("a
   * town near Sardinia’s capital"): a known first name or a sign of a person is needed.
   */
  isMentionedReferent(name: string): boolean
  /** The gender of a person's first name when the lexicon knows it. */
  genderOf(name: string): Gender | null
  /**
   * The one person the article gives a role ("the Kremlin spokesman" → "Dmitry Peskov"), or null
   * when it gives the role to nobody or to several people.
   */
  resolveRole(mention: string): string | null
}

interface SentenceContext {
  /** The paragraph's text with quoted words blanked. */
  readonly text: string
  /** The paragraph's words outside its quotes. */
  readonly paragraphTokens: ReadonlyArray<Token>
  readonly tokens: ReadonlyArray<Token>
  readonly end: number
  readonly subject: Subject | null
  /** The people the text last made subjects (or named), whom a pronoun can refer to. */
  readonly referents: Referents
  readonly people: PersonCheck
}

const CAPITALISED = /^\p{Lu}/u
const AFTER_QUOTE_CHARS = 160
// How many paragraphs before a quote are read for the people its pronouns may refer to.
const PRONOUN_REACH = 3
// A capitalised word or an initial, as names are written.
const NAME_WORD = "\\p{Lu}(?:\\.|[\\p{L}\\p{M}'\\u2019-]*)"
const SENTENCE_END = /[.!?]/u
// Titles written abbreviated with a full stop, and initials: "Dr. Lena Ortiz", "Lt. Gerry Scherlinck".
const ABBREVIATED_TITLE =
  /^(?:dr|mr|mrs|ms|mme|prof|st|gen|sen|rep|gov|lt|col|capt|sgt|det|supt|insp|cllr|rev|fr|hr)$/iu
// "he was asked", "she was told": the subject is the one spoken to, not the speaker.
const PASSIVE_AUXILIARIES = new Set('was were is are be been being get gets got'.split(' '))
// "When asked “…”": a question put to someone, with no asker named.
const BEFORE_BARE_PARTICIPLE = new Set('when if after before once as while being'.split(' '))
// How many pronouns' candidates are remembered (most recent first).
const REMEMBERED_PEOPLE = 4
// German "sie" after a singular verb ("sagte sie") is "she"; "sagten sie" is rare in attributions.
const FEMININE_PRONOUNS = new Set(['she', 'elle', 'sie'])
const MASCULINE_PRONOUNS = new Set(['he', 'il', 'er'])
// Pronouns for several people or a body: never resolved to one person.
const PLURAL_PRONOUNS = new Set(['they', 'ils', 'elles'])
// Words after which a name is an object, never the subject of the verb that follows it.
const PREPOSITIONS = new Set(
  // Not "with": "with Secretary Theresa Villiers saying" makes her the subject of "saying".
  'of in at from for by to on into about among between near inside without'.split(' '),
)
// The words of an appositive between a name and its verb ("Mark Stokes, a neuroscientist at
// Oxford University, said"): a short phrase, longer ones are clauses of their own.
const MAX_APPOSITIVE_WORDS = 12
// The longest appositive read when it opens with an article: a description of a name.
const MAX_DESCRIPTION_WORDS = 30

/**
 * Attributes every quote span of an article to a speaker, in reading order so that a pronoun
 * resolves to the person the text last made the subject of a sentence (or, failing that, the last
 * person it named). The result has the same shape as `spans`: one attribution per span.
 */
export function attributeSpans(
  paragraphs: ReadonlyArray<Paragraph>,
  spans: ReadonlyArray<ReadonlyArray<QuoteSpan>>,
  tagger: NameTagger,
  people: PersonCheck,
  readings: SentenceReadings = createSentenceReadings(),
  sentencesOf: ParagraphSentences = splitParagraphSentences,
  progress?: ProgressReport,
  wordsOf: ParagraphWords = splitParagraphWords,
): ReadonlyArray<ReadonlyArray<Attribution>> {
  const read = progressCounter(progress, paragraphs.length)
  const referents = new Referents(people)
  let previous: { readonly context: SentenceContext; readonly colon: boolean } | null = null
  const byParagraph: Array<ReadonlyArray<Attribution>> = []
  for (let index = 0; index < paragraphs.length; index += 1) {
    read(index)
    const paragraph = paragraphs[index]!
    const paragraphSpans = spans[index] ?? []
    const attributions: Attribution[] = paragraphSpans.map(() => NO_ATTRIBUTION)
    byParagraph.push(attributions)
    // Sentences far from any quote cannot be what a pronoun in a quote's attribution refers to;
    // reading only those near quotes keeps long articles cheap.
    if (!quotesWithin(spans, index, index + 1 + PRONOUN_REACH)) {
      previous = null
      continue
    }
    const {
      masked,
      tokens: paragraphTokens,
      sentences,
    } = readParagraph(paragraph, paragraphSpans, sentencesOf, wordsOf, tagger, readings)
    let context: SentenceContext | null = null
    for (const reading of sentences) {
      const { start, end, tokens } = reading
      const subject = reading.subject?.pronoun
        ? {
            ...reading.subject,
            speaker: referents.personBefore(reading.subject.mention.toLowerCase()),
          }
        : reading.subject?.unnamed
          ? unnamedInContext(reading.subject, people, referents)
          : reading.subject
      const sentence: SentenceContext = {
        text: masked,
        paragraphTokens,
        tokens,
        end,
        subject,
        referents,
        people,
      }
      // "Carle’s conclusion: “…”" and "“…”, said Jay McConville" name no subject before a verb, yet
      // the one who speaks is who a later "he" is.
      let namedSpeaker: string | null = null
      for (let spanIndex = 0; spanIndex < paragraphSpans.length; spanIndex += 1) {
        const span = paragraphSpans[spanIndex]!
        if (span.open < start || span.open >= end) continue
        const found = attributeSpan(span, masked, paragraphSpans, sentence, tagger)
        attributions[spanIndex] = found
        if (
          (found.kind === 'colon' || found.kind === 'after-quote') &&
          !found.pronoun &&
          found.speaker !== null
        ) {
          namedSpeaker = found.speaker
        }
      }
      // In reading order, so that the last person named is remembered first; before the
      // subject, so that an unnamed subject is later than the names of its own sentence.
      // "Following his hunger strike, Hazare pushed Prime Minister Manmohan Singh …": when the
      // subject may be a person the article gives no sign of, whom it acts on is no one a later
      // "he" refers to in the subject's place.
      const unjudged = unjudgedSubject(people, subject, tokens)
      for (const mention of reading.mentions) {
        if (unjudged && namedAfter(tokens, mention, subject!.at)) continue
        if (people.isMentionedReferent(mention)) referents.rememberMention(mention)
      }
      if (subject?.unnamed) {
        // "One waiter, who …, said": a later "he" is the waiter, whom the article does not name.
        referents.rememberSubject(
          subject.referent,
          subject.referent === null ? subject.gender : null,
          subject.referent === null ? subject.mention : null,
        )
      } else if (
        subject?.person &&
        subject.speaker !== null &&
        (subject.pronoun || isReferent(people, subject))
      ) {
        referents.rememberSubject(subject.speaker, null)
      } else {
        // "There is a need to change attitudes, said Watts.": the subject after its verb.
        const named = namedSpeaker ?? invertedSpeaker(tokens, tagger)
        if (named !== null && people.isPerson(named)) referents.rememberSubject(named, null)
      }
      context = sentence
    }
    // A paragraph that opens with a quote may be introduced by "he wrote:" just before it.
    const first = paragraphSpans[0]
    if (
      first !== undefined &&
      attributions[0]?.kind === 'none' &&
      masked.slice(0, first.open).trim() === '' &&
      previous?.colon
    ) {
      const found = attributeBefore(previous.context.end, previous.context, tagger)
      if (found !== null) attributions[0] = { ...found, kind: 'previous-paragraph' }
    }
    previous = context && { context, colon: masked.trimEnd().endsWith(':') }
  }
  return byParagraph
}

// Determiners of a definite description ("the Irish designer", "his spokesman"): someone the
// text has already introduced, unlike "a spokesperson" or "one waiter".
const DEFINITE_DETERMINERS = new Set('the his her their this that'.split(' '))
// Fits a pronoun of any gender (see `fitsPronoun`).
const ANY_PERSON = ''

/**
 * An unnamed subject in its article: it speaks as the one holder of its role the article names
 * ("the Kremlin spokesman"), else as nobody; a later pronoun also takes a definite description
 * for the person the text last made a subject or named ("says Redmond. … the Irish designer").
 */
function unnamedInContext(subject: Subject, people: PersonCheck, referents: Referents): Subject {
  const holder = people.resolveRole(subject.mention)
  if (holder !== null) return { ...subject, speaker: holder, referent: holder }
  const determiner = subject.mention.slice(0, subject.mention.search(/\s|$/u)).toLowerCase()
  if (!DEFINITE_DETERMINERS.has(determiner)) return subject
  const pronoun =
    subject.gender === 'female' ? 'she' : subject.gender === 'male' ? 'he' : ANY_PERSON
  return { ...subject, referent: referents.personBefore(pronoun) }
}

function quotesWithin(
  spans: ReadonlyArray<ReadonlyArray<QuoteSpan>>,
  from: number,
  to: number,
): boolean {
  for (let index = from; index < to && index < spans.length; index += 1) {
    if (spans[index]!.length > 0) return true
  }
  return false
}

/** A person a pronoun may refer to: a name, or null for an unnamed subject ("one waiter"). */
interface Referent {
  readonly name: string | null
  /** The gender an unnamed person's noun tells; a name's comes from the lexicon. */
  readonly gender: Gender | null
  /** When the text last made them a subject or named them: higher is later. */
  readonly order: number
  /** How the text describes an unnamed person ("One waiter"); null for a name. */
  readonly described: string | null
}

/** The people the text last made subjects of a sentence, and last named, most recent first. */
class Referents {
  private readonly subjects: Referent[] = []
  private readonly mentions: Referent[] = []
  private order = 0

  constructor(private readonly people: PersonCheck) {}

  /**
   * The person the text last made a subject (or named) whom `pronoun` can refer to. An unnamed
   * subject ("one waiter") stands between the pronoun and the names before it: null, unless the
   * text names a fitting person after it.
   */
  personBefore(pronoun: string): string | null {
    if (PLURAL_PRONOUNS.has(pronoun)) return null
    const subject = this.fitting(this.subjects, pronoun)
    if (subject !== null && subject.name !== null) return subject.name
    const mention = this.fitting(this.mentions, pronoun)
    if (mention === null || (subject !== null && mention.order < subject.order)) return null
    return mention.name
  }

  /**
   * How the text describes the unnamed person `pronoun` refers to, when `personBefore` finds no
   * name because of them ("A spokesperson said …. “…,” she said").
   */
  describedBefore(pronoun: string): string | null {
    if (PLURAL_PRONOUNS.has(pronoun)) return null
    const subject = this.fitting(this.subjects, pronoun)
    return subject !== null && subject.name === null ? subject.described : null
  }

  /**
   * Remembers a sentence's subject as the latest: a name, or an unnamed person of `gender` the
   * text describes as `described`.
   */
  rememberSubject(
    name: string | null,
    gender: Gender | null,
    described: string | null = null,
  ): void {
    this.remember(this.subjects, name, gender, described)
  }

  /** Remembers a person the text names as the latest named. */
  rememberMention(name: string): void {
    this.remember(this.mentions, name, null, null)
  }

  private remember(
    list: Referent[],
    name: string | null,
    gender: Gender | null,
    described: string | null,
  ): void {
    const at = name === null ? -1 : list.findIndex((referent) => referent.name === name)
    if (at >= 0) list.splice(at, 1)
    this.order += 1
    list.unshift({ name, gender, order: this.order, described })
    if (list.length > REMEMBERED_PEOPLE) list.pop()
  }

  private fitting(list: ReadonlyArray<Referent>, pronoun: string): Referent | null {
    for (const referent of list) {
      const gender = referent.name === null ? referent.gender : this.people.genderOf(referent.name)
      if (fitsPronoun(gender, pronoun)) return referent
    }
    return null
  }
}

/** The name right after a verb of saying that follows a comma ("…, said Jay McConville"), or null. */
function invertedSpeaker(tokens: ReadonlyArray<Token>, tagger: NameTagger): string | null {
  for (let index = 1; index < tokens.length - 1; index += 1) {
    const verb = tokens[index]!
    if (!SPEECH_VERBS.has(verb.lower) || NOUN_LIKE_VERBS.has(verb.lower)) continue
    const next = tokens[index + 1]!
    if (!/,/u.test(verb.gap) || !/^\s+$/u.test(next.gap) || !CAPITALISED.test(next.text)) continue
    const name = stripTitles(nameRunForward(tokens, index + 1), tagger)
    const text = joinTokens(name)
    return name.length > 0 && tagger.isPersonLike(text) ? text : null
  }
  return null
}

/**
 * A sentence subject named by one word right before its verb ("Hazare pushed"), that may be a
 * person's name but that the article gives no sign of a person: no referent.
 */
function unjudgedSubject(
  people: PersonCheck,
  subject: Subject | null,
  tokens: ReadonlyArray<Token>,
): boolean {
  if (subject === null || !subject.person || subject.pronoun || subject.speaker === null) {
    return false
  }
  const name = subject.speaker
  const at = tokens.findIndex((token) => token.start === subject.at)
  const verb = tokens[at + 1]
  if (at < 0 || /\s/u.test(name) || subject.mention !== name) return false
  if (verb === undefined || !/^\s+$/u.test(verb.gap) || CAPITALISED.test(verb.text)) return false
  return !people.isReferent(name) && people.isPerson(name)
}

/** True when the sentence first writes `mention` after the offset `at` ("But, for Bennett, …" is before). */
function namedAfter(tokens: ReadonlyArray<Token>, mention: string, at: number): boolean {
  const first = mention.split(/\s+/u)[0]
  const token = tokens.find((candidate) => candidate.text === first)
  return token !== undefined && token.start > at
}

/** A sentence subject a pronoun may refer to: a person named mid-sentence, or one who speaks. */
function isReferent(people: PersonCheck, subject: Subject): boolean {
  if (subject.speaker === null) return false
  return subject.speaks ? people.isPerson(subject.speaker) : people.isReferent(subject.speaker)
}

/** One sentence of a paragraph with quoted words blanked, read without regard to its context. */
export interface SentenceReading {
  readonly start: number
  readonly end: number
  readonly tokens: ReadonlyArray<Token>
  /** The sentence's subject; a pronoun's speaker is left null, to resolve in context. */
  readonly subject: Subject | null
  /** The person-like names of the sentence, in reading order. */
  readonly mentions: ReadonlyArray<string>
}

/** A paragraph with its quoted words blanked, and its sentences read. */
interface ParagraphReading {
  readonly spans: ReadonlyArray<QuoteSpan>
  readonly masked: string
  /** The paragraph's words outside its quotes, each with the masked text before it. */
  readonly tokens: ReadonlyArray<Token>
  readonly sentences: ReadonlyArray<SentenceReading>
}

/**
 * Paragraph readings by paragraph text. A rewrite keeps many paragraphs as they were, so one cache
 * serves both articles of a comparison; a reading depends on the text and its quote spans alone.
 */
export type SentenceReadings = Map<string, ParagraphReading>

/** An empty cache of sentence readings, to share between the two articles of a comparison. */
export function createSentenceReadings(): SentenceReadings {
  return new Map()
}

function readParagraph(
  paragraph: Paragraph,
  spans: ReadonlyArray<QuoteSpan>,
  sentencesOf: ParagraphSentences,
  wordsOf: ParagraphWords,
  tagger: NameTagger,
  readings: SentenceReadings,
): ParagraphReading {
  const known = readings.get(paragraph.text)
  if (known !== undefined && sameSpans(known.spans, spans)) return known
  const masked = maskQuotes(paragraph.text, spans)
  const all = tokensOf(nameWordsOf(wordsOf(paragraph), paragraph.text), paragraph.text, masked)
  // Sentences are split on the paragraph as written: with its quoted words blanked, the splitter
  // would see no sentence break before a lower-case "he says" after a quotation.
  const sentences = sentencesOf(paragraph).map(([start, end]) => {
    const tokens = tokensWithin(all, masked, start, end)
    return {
      start,
      end,
      tokens,
      subject: mainSubject(tokens, null, tagger),
      mentions: personMentions(tokens, tagger),
    }
  })
  const read = { spans, masked, tokens: all, sentences }
  readings.set(paragraph.text, read)
  return read
}

function sameSpans(a: ReadonlyArray<QuoteSpan>, b: ReadonlyArray<QuoteSpan>): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((span, index) => {
        const other = b[index]!
        return span.start === other.start && span.end === other.end && span.open === other.open
      }))
  )
}

/**
 * The fullest form of a surname the article uses, titles dropped ("Leavitt" → "Karoline
 * Leavitt"), or null when it never gives more than the surname.
 */
export function fullNameOf(
  surname: string,
  paragraphs: ReadonlyArray<Paragraph>,
  tagger: NameTagger,
): string | null {
  // A text read once without a full form has none the second time (long files repeat paragraphs).
  const read = new Set<string>()
  for (const paragraph of paragraphs) {
    const text = paragraph.text
    if (read.has(text)) continue
    read.add(text)
    // Where the previous occurrence's run began and it ended: a run walked back to there goes on
    // to that start, so no character is walked twice.
    let previousFrom = 0
    let previousEnd = 0
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length
      // The name words before the surname lie in the run of name characters that ends there.
      const floor = Math.min(previousEnd, at)
      let from = at
      while (from > floor && inNameRun(text.charCodeAt(from - 1), surname)) from -= 1
      if (from === floor) from = previousFrom
      previousFrom = from
      previousEnd = end
      if (end < text.length && LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(end)!)))
        continue
      // "a Southwark Crown Court jury": a run that goes on past the word with a word the lexicon
      // knows as no name names something else ("Vicente Fernández Guerrero" stays a name).
      const next = CAPITALISED_NEXT.exec(text.slice(end, end + 40))?.[1]
      if (next !== undefined && tagger.isKnownOtherWord(next) && !tagger.isKnownName(next)) continue
      const before = NAME_WORDS_AT_END.exec(text.slice(from, at))
      if (before === null) continue
      const written = before[0] + surname
      const name = stripTitles(textTokens(written), tagger)
      const joined = joinTokens(name)
      if (name.length > 1 && tagger.isPersonLike(joined)) return joined
    }
  }
  return null
}

// A name run's characters: those of a name word (letters, marks, apostrophes, hyphens, full
// stops) and spaces.
const NAME_RUN_CHARACTER = /[\p{L}\p{M}'\u2019.\-\s]/u
const LETTER_OR_MARK = /[\p{L}\p{M}]/u
const CAPITALISED_NEXT = /^[ \t]+(\p{Lu}[\p{L}\p{M}]*)/u
// One pattern for every surname: a regular expression per surname costs a compilation of its
// Unicode classes each, most of a cold compare's time in this function.
const NAME_WORDS_AT_END = new RegExp(`(?:${NAME_WORD}\\s+)+$`, 'u')

function inNameRun(code: number, surname: string): boolean {
  // A surrogate stands for a letter outside the BMP as often as not: keeping it in the run only
  // makes the run longer, never loses a match.
  if (code >= 0xd800 && code <= 0xdfff) return true
  const char = String.fromCharCode(code)
  return NAME_RUN_CHARACTER.test(char) || surname.includes(char)
}

// Letters, marks and digits: outside the BMP (two UTF-16 units, blanked by two spaces) and in it.
const ASTRAL_WORD_CHARACTER = /(?=[\p{L}\p{M}\p{N}])[\u{10000}-\u{10FFFF}]/gu
const WORD_CHARACTERS = /[\p{L}\p{M}\p{N}]/gu

/** Blanks the letters and digits inside quotes so that quoted words never read as attribution. */
function maskQuotes(text: string, spans: ReadonlyArray<QuoteSpan>): string {
  if (spans.length === 0) return text
  const pieces: string[] = []
  let cursor = 0
  for (const span of spans) {
    // One space per UTF-16 unit, so that offsets into the text hold in the masked text.
    const inside = text
      .slice(span.start, span.end)
      .replace(ASTRAL_WORD_CHARACTER, '  ')
      .replace(WORD_CHARACTERS, ' ')
    pieces.push(text.slice(cursor, span.start), inside)
    cursor = span.end
  }
  pieces.push(text.slice(cursor))
  return pieces.join('')
}

/**
 * Tokens of a text's words (the one tokenizer's, as names read them: `nameWordsOf`) that stand
 * outside its quotes, each with the text before it as `masked` writes it.
 */
function tokensOf(words: ReadonlyArray<WordSpan>, text: string, masked: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  for (const word of words) {
    // A quoted word is blanked in the masked text: quoted words never read as attribution.
    if (masked.charCodeAt(word.start) !== text.charCodeAt(word.start)) continue
    tokens.push({
      text: word.text,
      lower: word.text.toLowerCase(),
      start: word.start,
      end: word.end,
      gap: masked.slice(previousEnd, word.start),
    })
    previousEnd = word.end
  }
  return tokens
}

/** The tokens of a short text such as a name ("Dr. Lena Ortiz"). */
export function textTokens(text: string): ReadonlyArray<Token> {
  return tokensOf(nameWordsOf(compoundWordSpans(text), text), text, text)
}

/** The tokens of a text whose words (`nameWordsOf`) are read already. */
export function wordTokens(words: ReadonlyArray<WordSpan>, text: string): ReadonlyArray<Token> {
  return tokensOf(words, text, text)
}

/**
 * The tokens that start between `start` and `end`, the first with the text from `start` before
 * it; a word the range cuts is read as the range alone would read it ("U.S" cut to "U").
 */
function tokensWithin(
  tokens: ReadonlyArray<Token>,
  masked: string,
  start: number,
  end: number,
): ReadonlyArray<Token> {
  const found: Token[] = []
  for (let index = firstSpanFrom(tokens, start); index < tokens.length; index += 1) {
    let token = tokens[index]!
    if (token.start >= end) break
    if (found.length === 0) token = { ...token, gap: masked.slice(start, token.start) }
    if (token.end > end) {
      let cut = end
      while (cut > token.start && isWordJoiner(masked.charCodeAt(cut - 1))) cut -= 1
      if (cut === token.start) break
      const text = masked.slice(token.start, cut)
      token = { ...token, text, lower: text.toLowerCase(), end: cut }
    }
    found.push(token)
  }
  return found
}

function attributeSpan(
  span: QuoteSpan,
  masked: string,
  spans: ReadonlyArray<QuoteSpan>,
  context: SentenceContext,
  tagger: NameTagger,
): Attribution {
  if (span.closed) {
    const after = attributeAfter(span, masked, spans, context, tagger)
    if (after !== null) return after
  }
  return (
    attributeBefore(span.open, context, tagger) ??
    attributeAccordingTo(context, tagger) ??
    NO_ATTRIBUTION
  )
}

/** `“…,” Trump said`, `“…,” said Peskov`, `“…,” he added`. */
function attributeAfter(
  span: QuoteSpan,
  masked: string,
  spans: ReadonlyArray<QuoteSpan>,
  context: SentenceContext,
  tagger: NameTagger,
): Attribution | null {
  const nextOpen = spans.find((other) => other.open > span.open)?.open ?? masked.length
  // An attribution is a short clause: a few words after the quote are all that need reading.
  const all = tokensWithin(
    context.paragraphTokens,
    masked,
    span.end + 1,
    Math.min(nextOpen, span.end + 1 + AFTER_QUOTE_CHARS),
  )
  const sentenceEnd = all.findIndex(
    (token, index) =>
      index > 0 && SENTENCE_END.test(token.gap) && !joinsName(all[index - 1], token),
  )
  const tokens = sentenceEnd < 0 ? all : all.slice(0, sentenceEnd)
  const first = tokens[0]
  if (first === undefined || /[\p{L}\p{N}.!?;:]/u.test(first.gap)) return null
  // "« … », a-t-il ajouté", "dit-elle": the subject is the pronoun joined to the verb.
  const inverted = INVERTED_PRONOUN.exec(first.lower)
  if (
    inverted?.[1] !== undefined &&
    (SPEECH_VERBS.has(first.lower.split('-')[0] ?? '') || SPEECH_VERBS.has(tokens[1]?.lower ?? ''))
  ) {
    const pronoun: Token = { ...first, text: inverted[1], lower: inverted[1] }
    return fromPhrase([pronoun], 'after-quote', context, tagger)
  }
  const verb = tokens.findIndex(
    (token, index) =>
      index < 7 &&
      (SPEECH_VERBS.has(token.text) ||
        // German "„…“, so Scholz".
        (index === 0 &&
          AFTER_QUOTE_ONLY_VERBS.has(token.lower) &&
          CAPITALISED.test(tokens[1]?.text ?? ''))),
  )
  if (verb < 0) {
    // "“…,” Tim Wood, the tournament’s chief medical officer, said": the verb stands after the
    // name's description, too far for the window above.
    const named = describedName(tokens)
    return named === null || endsQuote(masked, span)
      ? null
      : fromPhrase(named, 'after-quote', context, tagger)
  }
  if (PASSIVE_AUXILIARIES.has(tokens[verb - 1]?.lower ?? '')) return null
  // A quote that ends its sentence is followed by a new one; only a short clause such as
  // "Trump said." or "he added on Wednesday." still attributes it.
  // A question or exclamation mark closes only the quote when the words after it go on in lower
  // case: "“What is the future?” said Katerina Fikari, who …" is one sentence.
  const quoted = masked.slice(span.start, span.end)
  const endsSentence =
    /[.\u2026]\s*$/u.test(quoted) || (/[!?]\s*$/u.test(quoted) && !/^\p{Ll}/u.test(first.text))
  if (endsSentence && (verb > 3 || tokens.length - verb > 4)) return null
  // "“…,” said Peskov", "« … », a déclaré Macron": the subject follows the verb.
  if (tokens.slice(0, verb).every((token) => AUXILIARY_BEFORE_VERB.has(token.lower))) {
    if (/ing$/u.test(tokens[verb]!.lower)) return null
    const phrase = withAppositiveName(tokens, verb + 1, phraseAfter(tokens, verb + 1), context)
    return isSubjectPhrase(phrase) ? fromPhrase(phrase, 'after-quote', context, tagger) : null
  }
  // "“…” while Fox emphasised that …": a conjunction opens a clause of its own, not an attribution.
  if (CLAUSE_OPENERS.has(first.lower)) return null
  let last = verb - 1
  while (last > 0 && VERB_MODIFIERS.has(tokens[last]?.lower ?? '')) last -= 1
  const phrase = tokens.slice(0, last + 1)
  if (!isSubjectPhrase(phrase)) return null
  return fromPhrase(phrase, 'after-quote', context, tagger)
}

function endsQuote(masked: string, span: QuoteSpan): boolean {
  // "… we don’t want them killed.'”": a quote within the quote closes after the full stop.
  return /[.!?\u2026]['\u2019]?\s*$/u.test(masked.slice(span.start, span.end))
}

/** A name that opens the tokens, a description set off by commas, then a verb of saying. */
function describedName(tokens: ReadonlyArray<Token>): ReadonlyArray<Token> | null {
  const run = nameRunForward(tokens, 0)
  const opening = tokens[run.length]
  if (run.length < 2 || opening === undefined || !/^,\s+$/u.test(opening.gap)) return null
  for (let index = run.length + 1; index < tokens.length; index += 1) {
    if (index - run.length > MAX_DESCRIPTION_WORDS || /[.;:!?]/u.test(tokens[index]!.gap)) break
    if (!/,/u.test(tokens[index]!.gap)) continue
    // "Anthony Joyce, a surfer …, said: “…”" introduces the next quote, not the one before.
    const introduces = /^\s*:/u.test(tokens[index + 1]?.gap ?? '')
    return SPEECH_VERBS.has(tokens[index]!.text) &&
      /^,\s+$/u.test(tokens[index]!.gap) &&
      !introduces
      ? run
      : null
  }
  return null
}

/**
 * "a déclaré le porte-parole du Kremlin, Dmitri Peskov": when the phrase after the verb names
 * no person and a name follows it after a comma, to the end of the clause, the name is the subject.
 */
function withAppositiveName(
  tokens: ReadonlyArray<Token>,
  from: number,
  phrase: ReadonlyArray<Token>,
  context: SentenceContext,
): ReadonlyArray<Token> {
  const last = phrase[phrase.length - 1]
  if (last !== undefined && CAPITALISED.test(last.text) && context.people.isPerson(last.text)) {
    return phrase
  }
  const next = from + phrase.length
  if (!/^,\s*$/u.test(tokens[next]?.gap ?? '')) return phrase
  const run = nameRunForward(tokens, next)
  const after = tokens[next + run.length]
  const endsClause = after === undefined || /[,;:.!?()]/u.test(after.gap)
  return run.length > 1 && endsClause ? run : phrase
}

/** The last reporting verb before the quote in its sentence, and that verb's subject. */
function attributeBefore(
  offset: number,
  context: SentenceContext,
  tagger: NameTagger,
): Attribution | null {
  const tokens = context.tokens.filter((token) => token.end <= offset)
  for (let verb = tokens.length - 1; verb >= 0; verb -= 1) {
    const word = tokens[verb]!
    if (!SPEECH_VERBS.has(word.text)) continue
    if (isPutTo(tokens, verb)) return null
    const subject = subjectBefore(tokens, verb)
    const named = subject.some((token) => CAPITALISED.test(token.text) || PRONOUNS.has(token.lower))
    if (NOUN_LIKE_VERBS.has(word.text) && !named) continue
    if (subject.length === 1 && isPluralAgreement(subject[0]!, word)) {
      // "Billboards boast:": a verb in the plural says its one-word subject is no person.
      return { speaker: null, mention: subject[0]!.text, kind: 'before-quote', pronoun: false }
    }
    if (subject.length > 0) return fromPhrase(subject, 'before-quote', context, tagger)
    // A verb without its own subject shares the sentence's ("Trump acknowledged … but cautioned").
    const main = context.subject
    if (main === null || main.at >= word.start) return null
    return {
      speaker: main.speaker,
      mention: main.mention,
      kind: 'before-quote',
      pronoun: main.pronoun,
    }
  }
  // "Trump: “…”": a name and a colon stand for the reporting verb.
  const last = tokens[tokens.length - 1]
  if (last === undefined || !/:\s*$/u.test(context.text.slice(last.end, offset))) return null
  const owner = SAYING_NOUNS.has(last.lower) ? ownerBefore(tokens, tokens.length - 2) : null
  if (owner !== null) return fromPhrase(owner, 'colon', context, tagger)
  const phrase = nameRunBackward(tokens, tokens.length - 1)
  return phrase.length === 0 ? null : fromPhrase(phrase, 'colon', context, tagger)
}

// Nouns for what someone said, which a possessive name before a colon makes theirs: "Carle’s
// conclusion: “…”", "Trump’s answer: “…”".
const SAYING_NOUNS = new Set(
  'conclusion verdict answer reply response explanation advice message warning comment reaction view words plea argument'.split(
    ' ',
  ),
)
const POSSESSIVE_END = /['\u2019]s$/u

/** The name a possessive ending at `at` writes ("Benjamin Carle’s"), without its "’s". */
function ownerBefore(tokens: ReadonlyArray<Token>, at: number): ReadonlyArray<Token> | null {
  const token = tokens[at]
  if (token === undefined || !POSSESSIVE_END.test(token.text) || !CAPITALISED.test(token.text)) {
    return null
  }
  const bare: Token = {
    ...token,
    text: token.text.slice(0, -2),
    lower: token.lower.slice(0, -2),
    end: token.end - 2,
  }
  const run = nameRunBackward([...tokens.slice(0, at), bare], at)
  return run.length === 0 ? null : run
}

/**
 * True when a capitalised word is the subject of a present-tense verb in the plural ("Billboards
 * boast", "Officials say"): one person named takes "boasts", "says".
 */
function isPluralAgreement(subject: Token, verb: Token): boolean {
  return (
    CAPITALISED.test(subject.text) &&
    !PRONOUNS.has(subject.lower) &&
    !verb.lower.endsWith('s') &&
    SPEECH_VERBS.has(`${verb.lower}s`)
  )
}

/** "he was asked “…”", "When asked “…”": the quote was put to the subject, not said by them. */
function isPutTo(tokens: ReadonlyArray<Token>, verb: number): boolean {
  const word = tokens[verb]!.lower
  const before = tokens[verb - 1]?.lower
  if (before !== undefined && PASSIVE_AUXILIARIES.has(before) && /(?:ed|told)$/u.test(word)) {
    return true
  }
  return word === 'asked' && (before === undefined || BEFORE_BARE_PARTICIPLE.has(before))
}

function attributeAccordingTo(context: SentenceContext, tagger: NameTagger): Attribution | null {
  const tokens = context.tokens
  const at = tokens.findIndex(
    (token, index) =>
      (token.lower === 'according' && tokens[index + 1]?.lower === 'to') ||
      ACCORDING_TO_WORDS.has(token.lower),
  )
  if (at < 0) return null
  const phrase = phraseAfter(tokens, at + (tokens[at]!.lower === 'according' ? 2 : 1))
  return phrase.length === 0 ? null : fromPhrase(phrase, 'according-to', context, tagger)
}

/** Words after "said" or "according to" up to a comma or the sentence's end, at most six. */
function phraseAfter(tokens: ReadonlyArray<Token>, from: number): ReadonlyArray<Token> {
  const phrase: Token[] = []
  for (let index = from; index < tokens.length && phrase.length < 6; index += 1) {
    const token = tokens[index]!
    const joined = joinsName(tokens[index - 1], token)
    if (phrase.length > 0 && !joined && /[,;:.!?()\u2014\u2013]/u.test(token.gap)) break
    if (phrase.length === 0 && /[;:.!?]/u.test(token.gap)) break
    // "said Peskov on Wednesday": the name ends where a function word follows it.
    const last = phrase[phrase.length - 1]
    if (
      last !== undefined &&
      CAPITALISED.test(last.text) &&
      !NAME_PARTICLES.has(token.lower) &&
      isStopWord(token.text)
    ) {
      break
    }
    phrase.push(token)
  }
  return phrase
}

/** A subject may be a pronoun, a name with its titles, or a short noun phrase ("a BBC source"). */
function isSubjectPhrase(phrase: ReadonlyArray<Token>): boolean {
  if (phrase.length === 0 || phrase.length > 6) return false
  if (
    phrase.slice(1).some((token, index) => {
      return /[.,;:!?]/u.test(token.gap) && !joinsName(phrase[index], token)
    })
  ) {
    return false
  }
  return phrase.every(
    (token, index) =>
      CAPITALISED.test(token.text) ||
      PRONOUNS.has(token.lower) ||
      (index === 0 && DETERMINERS.has(token.lower)) ||
      (!isStopWord(token.text) && !SPEECH_VERBS.has(token.lower)) ||
      NAME_PARTICLES.has(token.lower),
  )
}

/** The subject standing right before a verb: "Trump also warned", "Syrsky, acknowledged". */
function subjectBefore(tokens: ReadonlyArray<Token>, verb: number): ReadonlyArray<Token> {
  let last = verb - 1
  while (
    last >= 0 &&
    (VERB_MODIFIERS.has(tokens[last]?.lower ?? '') ||
      AUXILIARY_BEFORE_VERB.has(tokens[last]?.lower ?? '')) &&
    !/,/u.test(tokens[last + 1]?.gap ?? '')
  ) {
    last -= 1
  }
  const token = tokens[last]
  if (token === undefined) return []
  const gap = tokens[last + 1]?.gap ?? ''
  const comma = /,/u.test(gap)
  // "…, saying": a participle after a comma belongs to the main clause's subject.
  if (/[.;:!?]/u.test(gap) || (comma && /ing$/u.test(tokens[verb]?.lower ?? ''))) return []
  if (PRONOUNS.has(token.lower)) return comma ? [] : [token]
  if (comma) return appositiveSubject(tokens, last)
  if (CAPITALISED.test(token.text)) {
    const run = nameRunBackward(tokens, last)
    // "Almost half of visitors to Britain now say": the subject is no name.
    return isObject(tokens, last + 1 - run.length, last) ? [] : run
  }
  if (isStopWord(token.text) || SPEECH_VERBS.has(token.lower)) return []
  // A common-noun source: back to its determiner, at most four words ("a senior BBC source").
  const phrase: Token[] = [token]
  for (let index = last - 1; index >= 0 && phrase.length < 4; index -= 1) {
    const word = tokens[index]!
    if (/[,;:.!?]/u.test(tokens[index + 1]?.gap ?? '')) break
    if (DETERMINERS.has(word.lower)) {
      phrase.unshift(word)
      break
    }
    if (isStopWord(word.text) || SPEECH_VERBS.has(word.lower)) break
    phrase.unshift(word)
  }
  return phrase
}

/**
 * The subject of a verb that follows an appositive ending at `last`: the name before the
 * appositive ("Mark Stokes, a neuroscientist at Oxford University, said"), or the name the
 * appositive is ("Ukraine’s military commander, Oleksandr Syrsky, acknowledged").
 */
function appositiveSubject(tokens: ReadonlyArray<Token>, last: number): ReadonlyArray<Token> {
  let open = -1
  for (let index = last; index >= 0 && last - index < MAX_APPOSITIVE_WORDS; index -= 1) {
    const gap = tokens[index]!.gap
    if (/[.;:!?()]/u.test(gap) && index > 0) return []
    if (/,/u.test(gap)) {
      open = index
      break
    }
  }
  const run = CAPITALISED.test(tokens[last]!.text) ? nameRunBackward(tokens, last) : []
  // "Oleksandr Syrsky, acknowledged": a name alone opens the sentence.
  if (open < 0) return run[0] === tokens[0] ? run : []
  const before = open > 0 ? nameRunBackward(tokens, open - 1) : []
  if (before.length > 0 && CAPITALISED.test(tokens[open - 1]!.text)) {
    // "head of the Centre for Speech, Language and the Brain, said": a name the appositive lists
    // after a preposition is no subject; the subject stands before the appositive's first comma.
    if (!isObject(tokens, open - before.length, open - 1)) return before
    return open - before.length > 0 ? appositiveSubject(tokens, open - before.length - 1) : []
  }
  return run[0] === tokens[open] ? run : []
}

/**
 * True when the name run from `first` to `last` follows a preposition ("visitors to Britain"),
 * unless a first name stands inside it ("National Officer for Steel Roy Rickhuss").
 */
function isObject(tokens: ReadonlyArray<Token>, first: number, last: number): boolean {
  if (first <= 0 || !PREPOSITIONS.has(tokens[first - 1]!.lower)) return false
  if (!/^\s+$/u.test(tokens[first]!.gap)) return false
  const tagger = createNameTagger()
  for (let index = first + 1; index <= last; index += 1) {
    if (tagger.genderOf(tokens[index]!.text) !== null) return false
  }
  return true
}

/** True when a name goes on across the gap before `token`: spaces, or a title's full stop. */
function joinsName(previous: Token | undefined, token: Token): boolean {
  if (/^\s+$/u.test(token.gap)) return true
  if (previous === undefined || !/^\.\s+$/u.test(token.gap)) return false
  return ABBREVIATED_TITLE.test(previous.text) || /^\p{Lu}$/u.test(previous.text)
}

/**
 * Capitalised words (and name particles) ending at `last`, joined only by spaces; "of" and "of
 * the" after a title stay inside ("Secretary of State Marco Rubio", "Chief of the General Staff").
 */
function nameRunBackward(tokens: ReadonlyArray<Token>, last: number): ReadonlyArray<Token> {
  const run: Token[] = []
  for (let index = last; index >= 0; index -= 1) {
    const token = tokens[index]!
    const capital = CAPITALISED.test(token.text)
    const particle = NAME_PARTICLES.has(token.lower) && run.length > 0
    if (!capital && !particle && !(run.length > 0 && isTitleLink(tokens, index))) break
    run.unshift(token)
    if (!joinsName(tokens[index - 1], token)) break
  }
  while (run.length > 0 && !CAPITALISED.test(run[0]!.text)) run.shift()
  return run
}

function isTitleLink(tokens: ReadonlyArray<Token>, index: number): boolean {
  const word = tokens[index]!.lower
  const before = tokens[index - 1]?.lower ?? ''
  if (word === 'the') return before === 'of' && TITLE_WORDS.has(tokens[index - 2]?.lower ?? '')
  return word === 'of' && TITLE_WORDS.has(before)
}

/** Capitalised words (and name particles) starting at `first`, joined only by spaces. */
export function nameRunForward(tokens: ReadonlyArray<Token>, first: number): ReadonlyArray<Token> {
  const run: Token[] = []
  for (let index = first; index < tokens.length; index += 1) {
    const token = tokens[index]!
    if (run.length > 0 && !joinsName(tokens[index - 1], token)) break
    if (!CAPITALISED.test(token.text) && !(run.length > 0 && NAME_PARTICLES.has(token.lower))) break
    run.push(token)
  }
  while (run.length > 0 && !CAPITALISED.test(run[run.length - 1]!.text)) run.pop()
  return run
}

function fromPhrase(
  phrase: ReadonlyArray<Token>,
  kind: AttributionKind,
  context: SentenceContext,
  tagger: NameTagger,
): Attribution {
  const mention = phrase.map((token, index) => (index === 0 ? '' : token.gap) + token.text).join('')
  const only = phrase[0]
  if (phrase.length === 1 && only !== undefined && PRONOUNS.has(only.lower)) {
    const main = context.subject
    // "One waiter said …. “…,” he says": the pronoun is the sentence's unnamed subject.
    if (
      main?.unnamed === true &&
      main.at < only.start &&
      fitsPronoun(
        main.referent === null ? main.gender : context.people.genderOf(main.referent),
        only.lower,
      )
    ) {
      return main.referent === null
        ? { speaker: null, mention, kind, pronoun: true, described: main.mention }
        : { speaker: main.referent, mention, kind, pronoun: true }
    }
    const speaker =
      main !== null &&
      !main.pronoun &&
      main.person &&
      main.at < only.start &&
      main.speaker !== null &&
      isReferent(context.people, main) &&
      fitsPronoun(context.people.genderOf(main.speaker), only.lower)
        ? main.speaker
        : context.referents.personBefore(only.lower)
    const described = speaker === null ? context.referents.describedBefore(only.lower) : null
    return described === null
      ? { speaker, mention, kind, pronoun: true }
      : { speaker, mention, kind, pronoun: true, described }
  }
  return { speaker: speakerName(phrase, tagger), mention, kind, pronoun: false }
}

function fitsPronoun(gender: Gender | null, pronoun: string): boolean {
  if (PLURAL_PRONOUNS.has(pronoun)) return false
  if (gender === null) return true
  return FEMININE_PRONOUNS.has(pronoun)
    ? gender === 'female'
    : !MASCULINE_PRONOUNS.has(pronoun) || gender === 'male'
}

/**
 * The person named in a phrase: the capitalised run it ends with, titles and possessives in front
 * of the name dropped ("White House Press Secretary Karoline Leavitt" → "Karoline Leavitt"); a
 * phrase ending in a common noun is a source kept as written ("a BBC source").
 */
function speakerName(phrase: ReadonlyArray<Token>, tagger: NameTagger): string {
  const last = phrase[phrase.length - 1]
  // A phrase that ends in a common noun names a source, not a person ("a BBC source").
  if (last === undefined || !CAPITALISED.test(last.text)) return joinTokens(phrase)
  const name = stripTitles(nameRunBackward(phrase, phrase.length - 1), tagger)
  return joinTokens(name.length > 0 ? name : phrase)
}

/** A name run without the titles and possessives in front of the name. */
export function stripTitles(run: ReadonlyArray<Token>, tagger: NameTagger): ReadonlyArray<Token> {
  let from = 0
  run.forEach((token, index) => {
    const word = token.lower.replace(/\.$/u, '')
    // "Thirteen-year-old Bennett": an age opening a sentence is capitalised but no name.
    if (isTitleWord(word) || /['\u2019]s$|-old$/u.test(token.lower)) from = index + 1
  })
  const name = from < run.length ? run.slice(from) : run
  let first = 0
  // "Politician Chuka Umunna": a person's noun opening the run describes the name after it.
  while (
    first < name.length - 1 &&
    (tagger.isFunctionWord(name[first]!.text) ||
      (tagger.isPersonNoun(name[first]!.text) && !tagger.isKnownName(name[first]!.text)))
  ) {
    first += 1
  }
  return name.slice(first)
}

/** Tokens as written, with the text between them. */
export function joinTokens(tokens: ReadonlyArray<Token>): string {
  return tokens.map((token, index) => (index === 0 ? '' : token.gap) + token.text).join('')
}

/**
 * The sentence's first subject that is a person or a pronoun: a name run or pronoun followed by a
 * verb-like word ("Putin has", "Syrsky, acknowledged", "he toured"). Pronouns resolve to the
 * previous sentences' person.
 */
function mainSubject(
  tokens: ReadonlyArray<Token>,
  personBefore: string | null,
  tagger: NameTagger,
): Subject | null {
  const start = mainClauseStart(tokens)
  const opening = openingPhraseEnd(tokens, start, tagger)
  // An unnamed subject stands unless a name, pronoun or description follows it after a comma
  // ("The chief of the panel, Dr. Rajendra Pachauri, admitted", "A former member of the
  // commission, he chaired").
  let unnamed: Subject | null = null
  let unnamedAt = 0
  for (let index = start; index < tokens.length; index += 1) {
    const token = tokens[index]!
    if (unnamed === null && (index === start || index === opening)) {
      unnamed = unnamedSubject(tokens, index, tagger)
      unnamedAt = index
      if (unnamed !== null) continue
    }
    if (unnamed !== null) {
      if (index - unnamedAt > MAX_NOUN_PHRASE_WORDS + MAX_APPOSITIVE_WORDS) break
      if (!/,/u.test(token.gap)) continue
      // "A commander of the army’s helicopter, the prince said": the description in apposition.
      const described = unnamedSubject(tokens, index, tagger)
      if (described !== null) return described
    }
    if (PRONOUNS.has(token.lower)) {
      const verb = verbAfter(tokens, index + 1, false, tagger)
      if (verb !== null) {
        return {
          speaker: personBefore,
          mention: token.text,
          pronoun: true,
          person: true,
          at: token.start,
          speaks: SPEECH_VERBS.has(verb.lower),
          unnamed: false,
          gender: null,
          referent: null,
        }
      }
      continue
    }
    if (!CAPITALISED.test(token.text)) continue
    const run = nameRunForward(tokens, index)
    const end = index + Math.max(run.length, 1)
    // "Some members of Ingoma Nshya are": a name after a preposition is not the subject.
    const object =
      index > 0 && PREPOSITIONS.has(tokens[index - 1]!.lower) && token.gap.trim() === ''
    const verb =
      run.length > 0 && !object ? verbAfter(tokens, afterBody(tokens, end), true, tagger) : null
    if (verb !== null) {
      const name = stripTitles(run, tagger)
      const text = joinTokens(name)
      if (name.length > 0 && tagger.isPersonLike(text)) {
        return {
          speaker: text,
          mention: joinTokens(run),
          pronoun: false,
          person: true,
          at: token.start,
          speaks: SPEECH_VERBS.has(verb.lower),
          unnamed: false,
          gender: null,
          referent: null,
        }
      }
    }
    index = end - 1
  }
  return unnamed
}

// Conjunctions that open a new clause after a quote: its subject did not say the quote.
const CLAUSE_OPENERS = new Set(
  'while whereas although though and but as when because since if unless'.split(' '),
)
// Words an opening phrase may be before a clause's subject ("But one waiter said").
const CLAUSE_CONJUNCTIONS = new Set('but and yet so meanwhile however still'.split(' '))
// Words that may follow an unnamed subject's noun: a relative clause or a prepositional phrase
// ("the man who has worked …", "a spokesperson for PizzaExpress said").
const AFTER_SUBJECT_NOUN = new Set('who whose that of for at from in with on'.split(' '))
// The words of a noun phrase from its determiner to its noun: "one disgruntled PizzaExpress employee".
const MAX_NOUN_PHRASE_WORDS = 5
// Nouns for a person that news writes as a sentence's subject and the lexicon does not list.
const PERSON_NOUNS = new Set(
  'official source spokesperson resident witness student neighbour neighbor passenger victim survivor fan parent'.split(
    ' ',
  ),
)
const FEMININE_NOUN =
  /(?:woman|ess|mother|wife|daughter|sister|girl|girlfriend|aunt|niece|queen|lady|widow|bride)$/u
const MASCULINE_NOUN =
  /(?:man|father|husband|son|brother|boy|boyfriend|uncle|nephew|king|lord|widower|groom)$/u

/**
 * Where the main clause's subject may stand after a conjunction or a short opening phrase that
 * starts with a function word ("But one waiter said", "On Wednesday, a spokesman said"), or -1.
 */
function openingPhraseEnd(tokens: ReadonlyArray<Token>, start: number, tagger: NameTagger): number {
  const first = tokens[start]
  if (first === undefined) return -1
  if (CLAUSE_CONJUNCTIONS.has(first.lower)) return start + 1
  if (!tagger.isFunctionWord(first.text)) return -1
  for (let index = start + 1; index < tokens.length && index <= start + 4; index += 1) {
    const token = tokens[index]!
    if (/[.;:!?]/u.test(token.gap)) return -1
    if (/,/u.test(token.gap)) return index
    if (SPEECH_VERBS.has(token.lower)) return -1
  }
  return -1
}

/**
 * A person the sentence does not name as its subject: a determiner, a few modifiers and a noun
 * for a person ("One waiter, who …, said", "A spokesperson for PizzaExpress said", "the Kremlin
 * spokesman"), not followed by the person's name ("the spokesman, Dmitry Peskov,").
 */
function unnamedSubject(
  tokens: ReadonlyArray<Token>,
  first: number,
  tagger: NameTagger,
): Subject | null {
  const determiner = tokens[first]
  if (determiner === undefined || !DETERMINERS.has(determiner.lower)) return null
  let noun = -1
  for (
    let index = first + 1;
    index < tokens.length && index <= first + MAX_NOUN_PHRASE_WORDS;
    index += 1
  ) {
    const token = tokens[index]!
    if (!/^\s+$/u.test(token.gap) || isStopWord(token.text)) break
    if (isPersonNoun(token.lower, tagger)) noun = index
  }
  if (noun < 0) return null
  const next = tokens[noun + 1]
  if (next !== undefined) {
    // A name after the noun is the subject's ("the spokesman Dmitry Peskov", "…, Dmitry Peskov,").
    if (CAPITALISED.test(next.text)) return null
    const joined = /^\s+$/u.test(next.gap)
    const verb = verbAfter(tokens, noun + 1, true, tagger)
    if (verb === null && !(joined && AFTER_SUBJECT_NOUN.has(next.lower)) && !/,/u.test(next.gap)) {
      return null
    }
  } else {
    return null
  }
  const phrase = tokens.slice(first, noun + 1)
  const head = tokens[noun]!.lower
  return {
    speaker: null,
    mention: joinTokens(phrase),
    pronoun: false,
    person: true,
    at: determiner.start,
    speaks: false,
    unnamed: true,
    gender: nounGender(head),
    referent: null,
  }
}

function nounGender(noun: string): Gender | null {
  // "spokesperson", "chairperson" end in "son" but tell no gender.
  if (noun.endsWith('person')) return null
  return FEMININE_NOUN.test(noun) ? 'female' : MASCULINE_NOUN.test(noun) ? 'male' : null
}

function isPersonNoun(lower: string, tagger: NameTagger): boolean {
  return PERSON_NOUNS.has(lower) || isPersonTitle(lower) || tagger.isPersonNoun(lower)
}

// Conjunctions that open a subordinate clause before the main one ("Though Spiers believes …,
// McKinlay remains sceptical"): the sentence's subject comes after the clause.
const SUBORDINATORS = new Set('though although while whereas if because since unless'.split(' '))

/** Where the main clause starts: after an opening subordinate clause's comma, else at 0. */
function mainClauseStart(tokens: ReadonlyArray<Token>): number {
  if (!SUBORDINATORS.has(tokens[0]?.lower ?? '')) return 0
  for (let index = 1; index < tokens.length; index += 1) {
    const gap = tokens[index]!.gap
    if (/[.;:!?]/u.test(gap)) return 0
    if (/,/u.test(gap)) return index
  }
  return 0
}

/** The verb a subject ending before `from` governs, or null when no verb follows it. */
const SECOND_DESCRIPTION = /^(?:who|whose|which|the|a|an)$/u

function verbAfter(
  tokens: ReadonlyArray<Token>,
  from: number,
  allowComma: boolean,
  tagger: NameTagger,
): Token | null {
  let index = from
  const first = tokens[index]
  if (first === undefined) return null
  const comma = /,/u.test(first.gap)
  if (/[.;:!?]/u.test(first.gap) || (!allowComma && comma)) return null
  let described = false
  // "Jenny Flahaut, 33, who works at a children’s home, was inspired": two descriptions in a row.
  for (let skipped = 0; skipped < 2; skipped += 1) {
    const opening = tokens[index]!
    if (!/,/u.test(opening.gap)) break
    if (!/ing$/u.test(opening.lower) && isVerbLike(opening)) break
    // A second description opens with a relative pronoun or an article: "heard" after "…, the
    // descendant of Richard’s sister," and "saying" after "…, Theresa Villiers," are the name's
    // verb, and "and his wife" is another person.
    // "Recently, Dong Nguyen, the designer of …, pulled": after a capitalised word, a name and
    // its own description, not two descriptions of the word before.
    if (skipped > 0 && (!SECOND_DESCRIPTION.test(opening.lower) || CAPITALISED.test(first.text))) {
      break
    }
    // "President Trump, speaking from the Oval Office, acknowledged": skip the participle clause;
    // "Mark Stokes, a neuroscientist at Oxford University, said": skip the appositive.
    const next = tokens.findIndex((token, at) => at > index && /[,.;:!?]/u.test(token.gap))
    // One that opens with an article describes the name before it however long it runs ("Sam
    // Watt of Vyclone, a phone app that encourages … of the event, said").
    const longest = DETERMINERS.has(opening.lower) ? MAX_DESCRIPTION_WORDS : MAX_APPOSITIVE_WORDS
    if (next < 0 || !/,/u.test(tokens[next]!.gap) || next - index > longest) {
      return null
    }
    index = next
    described = true
  }
  // "Oleksandr Syrsky, acknowledged": an appositive comma between a name and its verb.
  while (
    VERB_MODIFIERS.has(tokens[index]?.lower ?? '') &&
    !AUXILIARIES.has(tokens[index]?.lower ?? '')
  ) {
    index += 1
  }
  const word = tokens[index]
  if (word === undefined) return null
  // "Michael Ibsen, the … descendant of Richard’s sister, heard": a lower-case word right after
  // a description set off by commas is its name's verb; irregular past forms end in neither -ed
  // nor -s, so the lexicon tells them. Elsewhere "led" or "set" may open no clause of the name's.
  return isVerbLike(word) ||
    (described && !CAPITALISED.test(word.text) && tagger.isPastTense(word.lower))
    ? word
    : null
}

/**
 * Where a name's verb may stand: after the body it is of, written right after it ("Sam Watt of
 * Vyclone said", "Sue Green from Saga, …, said"), else at `end`.
 */
function afterBody(tokens: ReadonlyArray<Token>, end: number): number {
  const link = tokens[end]
  const body = tokens[end + 1]
  if (link === undefined || body === undefined || !BODY_LINKS.has(link.lower)) return end
  if (!/^\s+$/u.test(link.gap) || !/^\s+$/u.test(body.gap) || !CAPITALISED.test(body.text)) {
    return end
  }
  return end + 1 + Math.max(nameRunForward(tokens, end + 1).length, 1)
}

const BODY_LINKS = new Set(['of', 'from', 'at'])

function isVerbLike(word: Token): boolean {
  if (CAPITALISED.test(word.text)) return false
  return (
    SPEECH_VERBS.has(word.lower) ||
    AUXILIARIES.has(word.lower) ||
    // "Tabata doesn’t agree": a negated auxiliary.
    /n['\u2019]t$/u.test(word.lower) ||
    /\p{L}{2}ed$/u.test(word.lower) ||
    /\p{L}{2}[^s]s$/u.test(word.lower)
  )
}

function personMentions(tokens: ReadonlyArray<Token>, tagger: NameTagger): ReadonlyArray<string> {
  const found: string[] = []
  for (let index = 0; index < tokens.length; index += 1) {
    if (!CAPITALISED.test(tokens[index]!.text)) continue
    const run = nameRunForward(tokens, index)
    const name = stripTitles(run, tagger)
    // Sentence-initial capitals are not names on their own; two words or a title make a name.
    if (name.length > 0 && (name.length > 1 || run.length > name.length || index > 0)) {
      const text = joinTokens(name)
      if (tagger.isPersonLike(text)) found.push(text)
    }
    index += Math.max(run.length, 1) - 1
  }
  return found
}
