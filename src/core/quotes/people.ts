import type { Paragraph } from '../types'
import { compoundWordSpans } from '../text/words'
import type { WordSpan } from '../text/words'
import { fullNameOf, joinTokens, nameRunForward, stripTitles, wordTokens } from './attribution'
import type { PersonCheck, Token } from './attribution'
import type { NameTagger } from './name-tagger'
import { nameWordsOf, splitParagraphWords } from './sentence-ranges'
import type { ParagraphWords as WordsOfParagraph } from './sentence-ranges'
import {
  DETERMINERS,
  NAME_PARTICLES,
  NOUN_LIKE_VERBS,
  ORGANISATION_WORDS,
  SPEECH_VERBS,
  isPersonTitle,
  isTitleWord,
} from './speaker-words'

/** The people of one article: who is a person, and who holds a role the article names. */
export interface People extends PersonCheck {
  /**
   * The person a speaker candidate names, completed from the fullest form the article uses and
   * without words in front of a first name ("Navigation Roger McKinlay" → "Roger McKinlay"), or
   * null when it is no person's name.
   */
  personName(candidate: string): string | null
  /**
   * The one person the article gives a role ("the Kremlin spokesman" → "Dmitry Peskov"), or null
   * when it gives the role to nobody or to several people.
   */
  resolveRole(mention: string): string | null
}

// Words of a name are capitalised; several capitals in a row make an acronym ("BBC", "MOOCs"),
// except Roman numerals ("Benedict XVI").
const ACRONYM = /\p{Lu}{2}/u
const ROMAN_NUMERAL = /^[IVXLC]+$/u
const POSSESSIVE = /['\u2019]s?$/u
const DIGIT = /\p{N}/u
// "I’ve", "won’t": contractions are no names ("O’Brien" is).
const CONTRACTION = /['\u2019](?:ve|ll|re|d|m|t)$/u
// "InvestingZone": a capital inside a word names a brand, unless a surname prefix precedes it.
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|La|Le|Du|Van|Von|O)\p{Lu}/u
// Plural and abstract nouns that open sentences ("Protesters", "Companies", "Radiation") are
// no single-word names; a person so named is written with a first name too.
const NOUN_ENDING =
  /(?:ers|ors|ies|ists|ians|ants|ents|ics|ions|tion|sion|ships|ment|ness|ity|ism|tos)$/u
// Words that stand before a place, body or thing, not before a person: "in Congo", "the Vatican"
// ("to", "by", "of" and "for" stand before people too: "according to Peskov").
const NOT_BEFORE_PERSON = new Set(
  (
    'the a an in at on via into onto near inside throughout ' +
    'le la les du au aux en dans der die das des dem den im am vom zum zur nach'
  ).split(' '),
)
const SENTENCE_OPENER = /(?:^|[.!?:;\u201C\u201E\u00AB"'(\u2018]\s*)$/u

// "Sami, 45,": an age in apposition.
const AGE_AFTER = /^,\s*(?:aged\s+)?\d{1,3},/u

/** How sure a pronoun's referent must be: who speaks, a sentence's subject, a passing mention. */
type PersonLevel = 'speaker' | 'subject' | 'mention'

/** What the article shows about a word: written in lower case, after "the"/"in", mid-sentence. */
interface WordUse {
  lower: boolean
  afterFunctionWord: boolean
  midSentence: boolean
  /**
   * Written capitalised as a person: after a courtesy or person's title or a known first name,
   * next to a verb of saying, or with an age ("Mr Sami", "says Tabata", "Kcho told", "Sami, 45,").
   */
  personSign: boolean
  /**
   * Written as a thing's name: right after a noun for a brand, firm, work or place ("designer
   * label Louis Vuitton", "sports brand Nike", "the restaurant chain Frankie").
   */
  thingSign: boolean
  /** Written after a man's or a woman's title ("Lord Grantham", "Lady Carnarvon", "Mrs Sami"). */
  maleTitle: boolean
  femaleTitle: boolean
  /** The paragraphs (positions in the article) that write the word capitalised. */
  readonly capitalisedIn: number[]
}

/** The people of an article, read on first use. */
export function createPeople(
  paragraphs: ReadonlyArray<Paragraph>,
  tagger: NameTagger,
  wordCache: ParagraphWordCache = createParagraphWordCache(),
  wordsOf: WordsOfParagraph = splitParagraphWords,
): People {
  return new ArticlePeople(paragraphs, tagger, wordCache, wordsOf)
}

// A class, not closures made per call: V8 keeps optimised code for a closure only while one of
// its instances lives, so closures made per comparison were optimised again after each full
// collection.
class ArticlePeople implements People {
  private uses: Map<string, WordUse> | null = null
  private readonly verdicts = new Map<string, boolean>()
  private readonly fullNames = new Map<string, string>()
  // Role holders by paragraph, read only for paragraphs that contain a role's head word.
  private readonly holdersIn = new Map<number, ReadonlyArray<RoleHolder>>()
  private readonly holdersByHead = new Map<string, ReadonlyArray<RoleHolder>>()
  private lowerTexts: ReadonlyArray<string> | null = null

  constructor(
    private readonly paragraphs: ReadonlyArray<Paragraph>,
    private readonly tagger: NameTagger,
    private readonly wordCache: ParagraphWordCache,
    private readonly wordsOf: WordsOfParagraph,
  ) {}

  isPerson(name: string): boolean {
    return this.judge(name, 'speaker')
  }

  isReferent(name: string): boolean {
    return this.judge(name, 'subject')
  }

  isMentionedReferent(name: string): boolean {
    return this.judge(name, 'mention')
  }

  genderOf(name: string): 'male' | 'female' | null {
    // "Hunt" is "Patrick Hunt" where the article names him in full: his first name tells.
    const words = (/\s/u.test(name) ? name : this.complete(name)).split(/\s+/u)
    const known = this.tagger.genderOf(words[0] ?? '')
    if (known !== null) return known
    // "Lord Grantham", "Mrs Okafor": the title the article writes before the name tells it.
    const use = this.useOf(words[words.length - 1] ?? '')
    if (use === undefined || use.maleTitle === use.femaleTitle) return null
    return use.maleTitle ? 'male' : 'female'
  }

  personName(candidate: string): string | null {
    const name = fromFirstName(this.complete(fromFirstName(candidate, this.tagger)), this.tagger)
    return this.isPerson(name) ? name : null
  }

  resolveRole(mention: string): string | null {
    const words = roleWords(mention)
    const head = words[words.length - 1]
    if (head === undefined || !isTitleWord(head) || words.length > MAX_ROLE_WORDS) return null
    const holder = soleHolder(words, this.holdersOf(head))
    return holder === null ? null : this.complete(holder)
  }

  /** What the article shows about a word (none for a word it writes only in lower case). */
  useOf(word: string): WordUse | undefined {
    this.uses ??= wordUses(this.paragraphs, this.tagger, this.wordCache, this.wordsOf)
    return this.uses.get(word.toLowerCase())
  }

  private judge(name: string, level: PersonLevel): boolean {
    const key = `${level}:${name}`
    const known = this.verdicts.get(key)
    if (known !== undefined) return known
    let verdict = judgePerson(name, level, this.tagger, this)
    // Only a one-word name is completed here: a name of several words is judged as written.
    if (!verdict && level !== 'mention' && !/\s/u.test(name)) {
      // "Frampton said": a surname the lexicon knows as another word speaks as a person when the
      // article also writes it with a first name ("Jez Frampton"); so does a sentence's subject
      // ("But Soulier was hopeful" of "Véronique Soulier").
      const full = this.complete(name)
      if (full !== name) verdict = this.judge(full, level)
    }
    this.verdicts.set(key, verdict)
    return verdict
  }

  private complete(name: string): string {
    const known = this.fullNames.get(name)
    if (known !== undefined) return known
    const words = name.split(/\s+/u)
    const first = words[0]!
    // "van Otterdijk", "el-Haite": a name may open with its particle in lower case.
    const particleFirst = NAME_PARTICLES.has(first.toLowerCase()) || /^(?:al|el)-/iu.test(first)
    let found = name
    if (/^\p{Lu}/u.test(name) || (particleFirst && words.length > 1) || /^(?:al|el)-/u.test(name)) {
      const surname = words[words.length - 1]!
      // "Van der Hoeven" opening a sentence is the "van der Hoeven" of "Maria van der Hoeven";
      // "Sanchéz Barba" the "Oscar Sanchéz Barba" of "Monsignor Oscar Sanchéz Barba".
      const written =
        words.length > 1 && particleFirst ? first.toLowerCase() + name.slice(first.length) : name
      // Only the paragraphs that write the surname can give its full form; those that write it
      // only as a possessive are read when the others give none ("But Margaret Allen’s does").
      const full =
        this.fullNameIn(written, this.useOf(surname)?.capitalisedIn) ??
        this.fullNameIn(written, this.useOf(`${surname}’s`)?.capitalisedIn) ??
        this.fullNameIn(written, this.useOf(`${surname}'s`)?.capitalisedIn)
      if (full !== null && full !== written) found = full
    }
    this.fullNames.set(name, found)
    return found
  }

  private fullNameIn(written: string, where: ReadonlyArray<number> | undefined): string | null {
    if (where === undefined || where.length === 0) return null
    return fullNameOf(
      written,
      where.map((at) => this.paragraphs[at]!),
      this.tagger,
    )
  }

  private holdersOf(head: string): ReadonlyArray<RoleHolder> {
    const known = this.holdersByHead.get(head)
    if (known !== undefined) return known
    this.lowerTexts ??= this.paragraphs.map((paragraph) => paragraph.text.toLowerCase())
    const holders: RoleHolder[] = []
    for (let index = 0; index < this.paragraphs.length; index += 1) {
      if (!this.lowerTexts[index]!.includes(head)) continue
      let found = this.holdersIn.get(index)
      if (found === undefined) {
        // Names are completed only for the holder found: completing each costs a pass.
        const paragraph = this.paragraphs[index]!
        const words = nameWordsOf(this.wordsOf(paragraph), paragraph.text)
        found = roleHolders(words, paragraph.text, this.tagger, this)
        this.holdersIn.set(index, found)
      }
      holders.push(...found)
    }
    this.holdersByHead.set(head, holders)
    return holders
  }
}

function judgePerson(
  name: string,
  level: PersonLevel,
  tagger: NameTagger,
  article: { useOf(word: string): WordUse | undefined },
): boolean {
  const words = name.split(/\s+/u).filter(Boolean)
  const last = words[words.length - 1]
  if (last === undefined || words.length > 5) return false
  if (!tagger.isPersonLike(name)) return false
  for (const word of words) {
    const lower = word.toLowerCase()
    if (DIGIT.test(word) || POSSESSIVE.test(word) || CONTRACTION.test(word)) return false
    if (ORGANISATION_WORDS.has(lower) || isTitleWord(lower)) return false
    if (ACRONYM.test(word) && !ROMAN_NUMERAL.test(word)) return false
    if (INNER_CAPITAL.test(word) && !SURNAME_PREFIX.test(word)) return false
    // "Feinstein unexpectedly": every word of a name is capitalised but its particles ("de").
    if (!/^\p{Lu}/u.test(word) && !NAME_PARTICLES.has(word) && !/^(?:al|el)-/u.test(word)) {
      return false
    }
  }
  // "Designer label Louis Vuitton is …": a name the article gives a thing is no one a pronoun
  // refers to, even with a known first name; a quote attributed to it by name still is its.
  if (level !== 'speaker' && article.useOf(last)?.thingSign === true) return false
  if (words.length > 1) {
    const first = words[0]!
    // "Jay" is a bird to the lexicon: a first word known as another word names a speaker only
    // where the article signs the name as a person's ("said Jay McConville", "Mr Jay McConville").
    if (
      tagger.isKnownOtherWord(first) &&
      !tagger.isKnownName(first) &&
      (level !== 'speaker' || article.useOf(last)?.personSign !== true)
    ) {
      return false
    }
    // Named in passing ("members of Ingoma Nshya", "launching Rewilding Britain"), a capitalised
    // pair is as often a body as a person: a known first name or a sign of a person is needed.
    return (
      level !== 'mention' || tagger.isKnownName(first) || article.useOf(last)?.personSign === true
    )
  }
  if (tagger.isKnownName(last)) return true
  if (tagger.isKnownOtherWord(last) || NOUN_ENDING.test(last)) return false
  // A word the article also writes in lower case, or after "the" or "in", is no name. One it
  // writes only at the start of sentences ("Historically", "Bananas are") names someone only
  // where it attributes a quote itself ("Zelensky warned"). A pronoun refers to an unknown word
  // only when the article also writes it as a person's ("Instagram is …" is no referent).
  const use = article.useOf(last)
  if (use === undefined || use.lower || use.afterFunctionWord) return false
  if (level === 'speaker') return use.midSentence || !/ly$/u.test(last)
  return use.personSign
}

/** "Navigation Roger McKinlay" → "Roger McKinlay": a run starts at its known first name. */
function fromFirstName(candidate: string, tagger: NameTagger): string {
  const words = candidate.split(/\s+/u)
  if (words.length < 3) return candidate
  const first = words.findIndex((word, index) => index > 0 && tagger.genderOf(word) !== null)
  if (first <= 0 || first > words.length - 2 || tagger.isKnownName(words[0]!)) return candidate
  return words.slice(first).join(' ')
}

/**
 * What each paragraph shows about the words it holds (see `ParagraphWords`), by paragraph text:
 * the two articles of a comparison share most paragraphs, so each is read once.
 */
export type ParagraphWordCache = Map<string, ParagraphWords>

/** An empty cache for `createPeople`, to share between the two articles of a comparison. */
export function createParagraphWordCache(): ParagraphWordCache {
  return new Map()
}

/** One paragraph's words, lower-cased. */
interface ParagraphWords {
  /** Words written capitalised or signed as a person's, with what the paragraph shows (flags). */
  readonly marked: ReadonlyArray<readonly [string, number]>
  /** Words written only in lower case. */
  readonly lower: ReadonlyArray<string>
}

const WRITTEN_LOWER = 1
const AFTER_FUNCTION_WORD = 2
const MID_SENTENCE = 4
const PERSON_SIGN = 8
const CAPITALISED = 16
const THING_SIGN = 32
const MALE_TITLE = 64
const FEMALE_TITLE = 128

// Titles that tell a person's gender: the name after one is a man's or a woman's.
const MALE_TITLES = new Set('mr sir lord king prince duke earl baron monsignor'.split(' '))
const FEMALE_TITLES = new Set(
  'mrs ms miss lady dame queen princess duchess countess baroness'.split(' '),
)

/**
 * What the article shows about each word it writes capitalised (or signs as a person's): a word
 * it writes only in lower case has no entry, as it can name no one.
 */
function wordUses(
  paragraphs: ReadonlyArray<Paragraph>,
  tagger: NameTagger,
  cache: ParagraphWordCache,
  wordsOf: WordsOfParagraph,
): Map<string, WordUse> {
  const uses = new Map<string, WordUse>()
  const read: ParagraphWords[] = []
  for (const paragraph of paragraphs) {
    let words = cache.get(paragraph.text)
    if (words === undefined) {
      words = paragraphWords(
        paragraph.text,
        nameWordsOf(wordsOf(paragraph), paragraph.text),
        tagger,
      )
      cache.set(paragraph.text, words)
    }
    read.push(words)
  }
  for (let position = 0; position < read.length; position += 1) {
    for (const [lower, flags] of read[position]!.marked) {
      let use = uses.get(lower)
      if (use === undefined) {
        use = {
          lower: false,
          afterFunctionWord: false,
          midSentence: false,
          personSign: false,
          thingSign: false,
          maleTitle: false,
          femaleTitle: false,
          capitalisedIn: [],
        }
        uses.set(lower, use)
      }
      if (flags & WRITTEN_LOWER) use.lower = true
      if (flags & AFTER_FUNCTION_WORD) use.afterFunctionWord = true
      if (flags & MID_SENTENCE) use.midSentence = true
      if (flags & PERSON_SIGN) use.personSign = true
      if (flags & THING_SIGN) use.thingSign = true
      if (flags & MALE_TITLE) use.maleTitle = true
      if (flags & FEMALE_TITLE) use.femaleTitle = true
      if (flags & CAPITALISED) use.capitalisedIn.push(position)
    }
  }
  for (const words of read) {
    for (const lower of words.lower) {
      const use = uses.get(lower)
      if (use !== undefined) use.lower = true
    }
  }
  return uses
}

/** One paragraph's words (lower-cased) with what the paragraph shows about each, as flags. */
function paragraphWords(
  text: string,
  spans: ReadonlyArray<WordSpan>,
  tagger: NameTagger,
): ParagraphWords {
  const words = new Map<string, number>()
  let previous = ''
  let previousEnd = 0
  // The capitalised word just before, while only a space separates it from the current one.
  let previousCapitalised: string | null = null
  let signedRun = false
  // The gender flag a title earlier in the current run of capitalised words gives (or 0).
  let titleGender = 0
  let thingRun = false
  let previousWord = ''
  // The word just before gives a name to a thing ("are called", "The event, dubbed").
  let naming = false
  let namingRun = false
  for (const span of spans) {
    const word = span.text
    const at = span.start
    const lower = word.toLowerCase()
    if (word === lower) {
      mark(words, lower, WRITTEN_LOWER)
      // "The glasses are called Telepathy One", "The event, dubbed Malala Day": not "Putin called
      // Trump" or "he called Macron", where the verb is someone's doing.
      naming =
        NAMING_PARTICIPLES.has(lower) &&
        !SUBJECT_PRONOUNS.has(previous) &&
        (previousWord === previous || text.slice(previousEnd, at).includes(','))
      // "Kcho told", "Tabata says": the capitalised word before a verb of saying speaks.
      if (
        previousCapitalised !== null &&
        SPEECH_VERBS.has(lower) &&
        !NOUN_LIKE_VERBS.has(lower) &&
        onlySpaces(text, previousEnd, at)
      ) {
        mark(words, previousCapitalised, PERSON_SIGN)
      }
      previousCapitalised = null
      thingRun = false
      titleGender = 0
    } else {
      const opens = previousEnd === 0 || SENTENCE_OPENER.test(text.slice(previousEnd, at))
      const spaced = onlySpaces(text, previousEnd, at)
      let flags = CAPITALISED
      if (!opens) flags |= MID_SENTENCE
      if (!opens && spaced && NOT_BEFORE_PERSON.has(previous)) flags |= AFTER_FUNCTION_WORD
      const end = at + word.length
      // A title or verb before a name signs the whole run: "Außenministerin Annalena Baerbock".
      const runSigned: boolean =
        previous.endsWith('-year-old') ||
        (spaced &&
          (previousCapitalised !== null
            ? signedRun || tagger.isKnownName(previousWord) || signsNext(previous)
            : signsNext(previous)))
      // "Sami, 45,": an age in apposition.
      const aged = text.charCodeAt(end) === 44 && AGE_AFTER.test(text.slice(end, end + 12))
      if (runSigned || aged) {
        flags |= PERSON_SIGN
        // "George Papandreou’s plans" signs "Papandreou" too.
        const base = lower.replace(POSSESSIVE, '')
        if (base !== lower) mark(words, base, PERSON_SIGN)
      }
      namingRun =
        spaced && (previousCapitalised !== null ? namingRun : naming && !tagger.isKnownName(word))
      // "Designer label Louis Vuitton": a noun for a thing names the run that follows it.
      thingRun = spaced && (previousCapitalised !== null ? thingRun : THING_NOUNS.has(previous))
      // A name given after "called" is a thing's by its last words ("Telepathy One", "Malala
      // Day"): its first word may also be a person's ("Malala").
      if (thingRun || (namingRun && previousCapitalised !== null)) flags |= THING_SIGN
      // "Lord Grantham", "Mrs. Okafor": a gendered title genders the rest of its run.
      const continues =
        previousCapitalised !== null && (spaced || /^\.\s+$/u.test(text.slice(previousEnd, at)))
      if (continues) flags |= titleGender
      titleGender = MALE_TITLES.has(lower)
        ? MALE_TITLE
        : FEMALE_TITLES.has(lower)
          ? FEMALE_TITLE
          : continues
            ? titleGender
            : 0
      mark(words, lower, flags)
      // "Lady Dinah’s Cat Emporium": what follows a possessive is something owned.
      signedRun = runSigned && !POSSESSIVE.test(lower)
      previousCapitalised = lower
    }
    previous = lower
    previousWord = word
    previousEnd = at + word.length
  }
  const marked: Array<readonly [string, number]> = []
  const lower: string[] = []
  for (const [word, flags] of words) {
    if (flags === WRITTEN_LOWER) lower.push(word)
    else marked.push([word, flags])
  }
  return { marked, lower }
}

// Whether a word signs the capitalised word after it as a person's, by word: the lists are fixed.
const SIGNS_NEXT = new Map<string, boolean>()
const MAX_SIGNS_NEXT = 50_000

/** A person's title or a verb of saying: the capitalised word after it is a person's name. */
function signsNext(lower: string): boolean {
  let found = SIGNS_NEXT.get(lower)
  if (found === undefined) {
    found = isPersonTitle(lower) || saysBefore(lower)
    if (SIGNS_NEXT.size >= MAX_SIGNS_NEXT) SIGNS_NEXT.clear()
    SIGNS_NEXT.set(lower, found)
  }
  return found
}

function mark(words: Map<string, number>, lower: string, flag: number): void {
  words.set(lower, (words.get(lower) ?? 0) | flag)
}

/** True when only spaces (at least one) stand between `from` and `to`. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at)
    const space =
      code === 32 ||
      code === 9 ||
      code === 10 ||
      code === 13 ||
      code === 160 ||
      code === 0x202f ||
      (code >= 0x2000 && code <= 0x200a)
    if (!space) return false
  }
  return true
}

// "called Telepathy One", "dubbed …": verbs of naming stand before things too.
const NAMING_VERBS = new Set('call calls called calling'.split(' '))
// Participles that give a thing its name ("a phone app called Sekai Camera", "dubbed Malala Day");
// a name so given that opens with no known first name is a thing's ("a man called John Smith" is
// a person's).
const NAMING_PARTICIPLES = new Set('called dubbed named nicknamed titled entitled'.split(' '))
const SUBJECT_PRONOUNS = new Set('he she they we i you who it'.split(' '))

// Nouns for things that stand right before their names ("designer label Louis Vuitton", "sports
// brand Nike", "clothing chain H&M"): the name that follows is the thing's, not a person's.
const THING_NOUNS = new Set(
  (
    'label brand brands firm company companies chain retailer maker manufacturer carmaker ' +
    'airline carrier bank startup business supermarket store shop restaurant restaurants hotel ' +
    'newspaper magazine website app platform channel broadcaster studio publisher network ' +
    'band franchise charity campaign festival show programme series film movie album song ' +
    'game product device phone handset car model ship vessel'
  ).split(' '),
)

/** A verb of saying before a name: "says Tabata", "told Kcho". */
function saysBefore(lower: string): boolean {
  return SPEECH_VERBS.has(lower) && !NAMING_VERBS.has(lower)
}

/** A person and the words of the roles the article gives them. */
interface RoleHolder {
  readonly name: string
  readonly roles: ReadonlySet<string>
}

// Role words are read up to this far from a name: "White House Press Secretary Karoline Leavitt",
// "Dmitry Peskov, the Kremlin's spokesman,".
const MAX_ROLE_WORDS = 6

/** The people a paragraph names with the words of their roles. */
function roleHolders(
  words: ReadonlyArray<WordSpan>,
  text: string,
  tagger: NameTagger,
  people: { isPerson(name: string): boolean },
): ReadonlyArray<RoleHolder> {
  const holders: RoleHolder[] = []
  const tokens = wordTokens(words, text)
  for (let index = 0; index < tokens.length; index += 1) {
    if (!/^\p{Lu}/u.test(tokens[index]!.text)) continue
    const run = nameRunForward(tokens, index)
    if (run.length === 0) continue
    const name = stripTitles(run, tagger)
    const joined = joinTokens(name)
    const end = index + run.length
    index = end - 1
    if (name.length === 0 || !people.isPerson(joined)) continue
    const roleTokens = [
      ...run.slice(0, run.length - name.length),
      ...wordsBefore(tokens, index + 1 - run.length),
      ...appositiveAfter(tokens, end),
      ...appositiveBefore(tokens, index + 1 - run.length),
    ]
    const roles = new Set(roleTokens.map((token) => roleWord(token.lower)))
    if ([...roles].some(isTitleWord)) holders.push({ name: joined, roles })
  }
  return holders
}

function roleWord(lower: string): string {
  return lower.replace(POSSESSIVE, '')
}

/** Title words right before a name: "military commander Oleksandr Syrsky". */
function wordsBefore(tokens: ReadonlyArray<Token>, first: number): ReadonlyArray<Token> {
  const words: Token[] = []
  for (let index = first - 1; index >= 0 && words.length < MAX_ROLE_WORDS; index -= 1) {
    const token = tokens[index]!
    if (!/^\s+$/u.test(tokens[index + 1]!.gap)) break
    if (!isTitleWord(roleWord(token.lower)) && !/^\p{Lu}/u.test(token.text)) break
    words.unshift(token)
  }
  return words
}

/** "Dmitry Peskov, the Kremlin spokesman,": the words between the commas after a name. */
function appositiveAfter(tokens: ReadonlyArray<Token>, end: number): ReadonlyArray<Token> {
  if (!/^,\s*$/u.test(tokens[end]?.gap ?? '')) return []
  const words: Token[] = []
  for (let index = end; index < tokens.length && words.length < MAX_ROLE_WORDS; index += 1) {
    const token = tokens[index]!
    if (index > end && /[,.;:!?()]/u.test(token.gap)) break
    words.push(token)
  }
  return words
}

/** "Ukraine's military commander, Oleksandr Syrsky,": the words before the comma. */
function appositiveBefore(tokens: ReadonlyArray<Token>, first: number): ReadonlyArray<Token> {
  if (!/^,\s*$/u.test(tokens[first]?.gap ?? '')) return []
  const words: Token[] = []
  for (let index = first - 1; index >= 0 && words.length < MAX_ROLE_WORDS; index -= 1) {
    const token = tokens[index]!
    words.unshift(token)
    if (/[,.;:!?()]/u.test(token.gap) || DETERMINERS.has(token.lower)) break
  }
  return words
}

/** A role mention's words without its determiner: "the Kremlin's spokesman" → kremlin, spokesman. */
function roleWords(mention: string): ReadonlyArray<string> {
  const lower = mention.toLowerCase()
  const words = nameWordsOf(compoundWordSpans(lower), lower).map((word) => roleWord(word.text))
  while (words.length > 0 && DETERMINERS.has(words[0]!)) words.shift()
  return words
}

/** The one holder of a role ("the Kremlin spokesman", "Ukraine's commander"), or null. */
function soleHolder(
  words: ReadonlyArray<string>,
  holders: ReadonlyArray<RoleHolder>,
): string | null {
  const found = new Map<string, string>()
  for (const holder of holders) {
    if (!words.every((word) => holder.roles.has(word))) continue
    // "Leavitt" and "Karoline Leavitt" are one person.
    const key = holder.name.toLowerCase().split(/\s+/u).pop() ?? ''
    const known = found.get(key)
    if (known === undefined || holder.name.length > known.length) found.set(key, holder.name)
  }
  return found.size === 1 ? ([...found.values()][0] ?? null) : null
}
