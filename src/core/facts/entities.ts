import type { Fact, NameLexicon } from './fact'
import { EMPTY_NAME_LEXICON, normalizeFactText } from './fact'
import {
  CAPITALISED_STOP_WORDS,
  DEMONYMS,
  KNOWN_ORGANISATIONS,
  ORGANISATION_SUFFIXES,
  PLACE_ALIASES,
  PLACE_NOUNS,
  ROLE_NOUNS,
  ROLE_QUALIFIERS,
  ROLE_STATUS,
  STORM_NOUNS,
} from './fact-lexicon'
import { WORD_LEXICON } from '../text/word-lexicon'
import { isAsciiAlphanumeric, wordSpans } from '../text/words'
import type { WordSpan } from '../text/words'
import { splitSentenceRanges } from '../text/sentences'
import type { TextSpan } from '../text/sentences'

/**
 * A word of an analysed text. What its spelling says (lower case, compromise's lexicon tags,
 * capital, possessive, role flags) is one `WordForm` shared by every word so spelt: those six
 * fields on each word were ~24 MB of a 20,000-paragraph article's facts stage.
 */
export interface Token {
  readonly text: string
  readonly post: string
  readonly form: WordForm
  readonly start: number
  readonly end: number
  readonly sentence: number
}

type EntityKind = 'person' | 'place' | 'organization'

/** Consecutive capitalised words that may name someone or something. */
export interface Run {
  readonly tokens: ReadonlyArray<Token>
  /** Index in the token list of the run's first token. */
  readonly first: number
}

type LexiconEntry = string | ReadonlyArray<string>

/**
 * compromise's word list (names, places, organisations, parts of speech), looked up directly.
 * Running its tagger costs about 20 ms a paragraph, far over the engine's budget of 100 ms for a
 * 10,000-word comparison, while the lexicon gives the tags these rules need at a lookup's cost.
 */
const LEXICON: Readonly<Record<string, LexiconEntry>> = WORD_LEXICON

const POSSESSIVE = /['\u2019]s$|['\u2019]$/u
// Capitalised words that open a sentence without naming anything, by compromise's tags.
const SENTENCE_START_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'QuestionWord',
  'Modal',
  'Gerund',
  'Copula',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Adjective',
  'Expression',
  'Negative',
]
// Within each word of the one tokenizer: acronyms with dots ("U.S"), then words with inner
// apostrophes ("Russia’s"); a full stop or comma between digits splits ("5,000" → "5", "000").
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}]+)*/gu
const ACRONYM = /^\p{Lu}(?:\.\p{Lu})+$/u

function lexiconTags(word: string): ReadonlyArray<string> {
  // One look-up; inherited members ("constructor") are functions and fall through.
  const entry: unknown = LEXICON[word]
  if (typeof entry === 'string') return [entry]
  return Array.isArray(entry) ? (entry as ReadonlyArray<string>) : []
}

const NO_TAGS: ReadonlySet<string> = new Set()

function tagsOf(words: string): ReadonlySet<string> {
  const tags = lexiconTags(words)
  if (DEMONYMS.has(words)) return new Set([...tags, 'Demonym'])
  return tags.length === 0 ? NO_TAGS : new Set(tags)
}

function lowerForm(word: string): string {
  return word
    .normalize('NFC')
    .replace(/\u2019/g, "'")
    .toLowerCase()
    .replace(POSSESSIVE, '')
}

/** What a word's spelling alone says about it, whatever text it stands in. */
export interface WordForm {
  readonly lower: string
  readonly tags: ReadonlySet<string>
  readonly capitalised: boolean
  readonly possessive: boolean
  /** An office noun ("president", "spokesman"). */
  readonly roleNoun: boolean
  /** A word that may stand in a job title: an office, a status, a qualifier, a country. */
  readonly roleWord: boolean
}

// Articles repeat their words: folding and looking each spelling up once saves most of the
// tokenizer's time on long texts. Cleared when full so that memory stays bounded.
const WORD_FORMS = new Map<string, WordForm>()
const MAX_WORD_FORMS = 50_000

function wordForm(word: string): WordForm {
  const known = WORD_FORMS.get(word)
  if (known !== undefined) return known
  const lower = lowerForm(word)
  const form = formOf(lower, tagsOf(lower), /^\p{Lu}/u.test(word), POSSESSIVE.test(word))
  if (WORD_FORMS.size >= MAX_WORD_FORMS) WORD_FORMS.clear()
  WORD_FORMS.set(word, form)
  return form
}

/** A word form with its role flags, which follow from its lower case, tags and spelling. */
function formOf(
  lower: string,
  tags: ReadonlySet<string>,
  capitalised: boolean,
  possessive: boolean,
): WordForm {
  const possessiveName = capitalised && possessive
  const tagged = tags.has('Demonym') || tags.has('Country')
  let roleNoun: boolean
  let roleWord: boolean
  // Most words are one plain word: skip splitting them.
  if (!/[-.]/u.test(lower)) {
    roleNoun = ROLE_NOUNS.has(lower)
    roleWord = isTitleWord(lower) || tagged || possessiveName
  } else {
    const words = wordsOfLower(lower)
    roleNoun = words.some((word) => ROLE_NOUNS.has(word))
    roleWord = words.every(isTitleWord) || tagged || possessiveName
  }
  return { lower, tags, capitalised, possessive, roleNoun, roleWord }
}

/**
 * The words these rules read, by the one tokenizer's words: a word it joins at a full stop or
 * comma between digits ("5,000", "3.5") is split there again, since quantities read each digit
 * group, and a dotted acronym keeps its final full stop ("U.S.").
 */
function factWords(text: string, words: ReadonlyArray<WordSpan>): ReadonlyArray<WordMatch> {
  const matches: WordMatch[] = []
  for (const word of words) {
    // A word of ASCII letters and digits is one match of WORD, and no dotted acronym.
    if (isAsciiAlphanumeric(word.text)) {
      matches.push({ text: word.text, index: word.start })
      continue
    }
    for (const match of word.text.matchAll(WORD)) {
      const start = word.start + match.index
      const acronymStop = ACRONYM.test(match[0]) && text[start + match[0].length] === '.'
      // A match that is the whole word keeps the word's own string: a copy per word was ~20 MB
      // of a 20,000-paragraph article's facts stage.
      const whole = !acronymStop && match[0].length === word.text.length
      const found = whole ? word.text : acronymStop ? `${match[0]}.` : match[0]
      matches.push({ text: found, index: start })
    }
  }
  return matches
}

interface WordMatch {
  readonly text: string
  readonly index: number
}

function tokenize(
  text: string,
  words: ReadonlyArray<WordSpan>,
  sentences: ReadonlyArray<TextSpan>,
): ReadonlyArray<Token> {
  const matches = factWords(text, words)
  const tokens: Token[] = []
  // A word's sentence is its index among the sentence ranges; words between two ranges (in a
  // paragraph's boilerplate) are a sentence of their own, between the two.
  let range = 0
  for (let index = 0; index < matches.length; index += 1) {
    const match = matches[index]!
    const start = match.index
    const end = start + match.text.length
    while (range < sentences.length && (sentences[range]?.end ?? 0) <= start) range += 1
    const inside = (sentences[range]?.start ?? Infinity) <= start
    const next = matches[index + 1]
    const post = text.slice(end, next ? next.index : text.length)
    const form = wordForm(match.text)
    tokens.push({
      text: match.text,
      post,
      form,
      start,
      end,
      sentence: inside ? 2 * range + 1 : 2 * range,
    })
  }
  // Names the lexicon lists as one entry ("saudi arabia") tag each of their words; only
  // capitalised runs can hold such names, so only they are looked up. A loop, not a callback made
  // per text: such closures lose their optimised code at each full collection.
  const tagged: Token[] = []
  for (let index = 0; index < tokens.length; index += 1) {
    tagged.push(withPhraseTags(tokens, tokens[index]!, index))
  }
  return tagged
}

function withPhraseTags(tokens: ReadonlyArray<Token>, token: Token, index: number): Token {
  const neighbours = tokens[index - 1]?.form.capitalised || tokens[index + 1]?.form.capitalised
  if (!token.form.capitalised || !neighbours) return token
  for (const span of [3, 2]) {
    for (let first = Math.max(0, index - span + 1); first <= index; first += 1) {
      const phrase = capitalisedPhrase(tokens, first, span)
      if (phrase === null) continue
      const tags = lexiconTags(phrase)
      if (tags.length === 0) continue
      const { form } = token
      const phraseTags = new Set([...form.tags, ...tags])
      return { ...token, form: formOf(form.lower, phraseTags, form.capitalised, form.possessive) }
    }
  }
  return token
}

/** The lower-cased words `tokens[first, first + span)` joined by spaces, when all are capitalised. */
function capitalisedPhrase(
  tokens: ReadonlyArray<Token>,
  first: number,
  span: number,
): string | null {
  if (first + span > tokens.length) return null
  let phrase = ''
  for (let at = first; at < first + span; at += 1) {
    const word = tokens[at]!
    if (!word.form.capitalised) return null
    phrase = at === first ? word.form.lower : `${phrase} ${word.form.lower}`
  }
  return phrase
}

function isTitleWord(word: string): boolean {
  return (
    ROLE_NOUNS.has(word) ||
    ROLE_STATUS.has(word) ||
    ROLE_QUALIFIERS.has(word) ||
    PLACE_ALIASES.has(word)
  )
}

function isPossessive(token: Token): boolean {
  return token.form.possessive
}

/** Whitespace only between two tokens: they may belong to one name. */
function joined(token: Token): boolean {
  return /^\s+$/u.test(token.post) && !isPossessive(token)
}

/** "Vice-President" is one title though hyphens split words; "US-Russia talks" names two. */
function hyphenatedTitle(token: Token, next: Token | undefined): boolean {
  return (
    token.post === '-' &&
    next !== undefined &&
    isRoleWord(token) &&
    isRoleWord(next) &&
    (isRoleNoun(token) || isRoleNoun(next))
  )
}

/** A capital letter hyphenated to the word after it: the "T" of "T-Mobile", "X" of "X-Men". */
function letterPrefix(token: Token): boolean {
  return token.post === '-' && /^\p{Lu}$/u.test(token.text)
}

// Lower-case words inside a person's name: "Ursula von der Leyen", "Charles de Gaulle", "Gerard ’t
// Hooft", "Osama bin Laden".
const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'von van der den de del della di da du le la ter ten t bin ibn al el dos das'.split(' '),
)

/** A name particle written in lower case ("El Niño" and "La Croix" are not). */
function isParticle(token: Token): boolean {
  return NAME_PARTICLES.has(token.form.lower) && /^\p{Ll}/u.test(token.text)
}

/**
 * How many name particles follow the token at `index` before a capitalised word of its sentence
 * (0 when none, or when no capitalised word follows them).
 */
function particlesBefore(tokens: ReadonlyArray<Token>, index: number): number {
  for (let count = 0; count < 3; count += 1) {
    const current = tokens[index + count]
    const next = tokens[index + count + 1]
    if (!current || !next || next.sentence !== current.sentence) return 0
    // "’t" is split from its apostrophe: "Gerard ’t Hooft".
    const apostropheT = next.form.lower === 't' && /^\s+['\u2019]$/u.test(current.post)
    if (!joined(current) && !apostropheT) return 0
    if (next.form.capitalised) return count
    if (!isParticle(next)) return 0
  }
  return 0
}

/** Runs of capitalised words ("Saudi Arabia", "Chief of the General Staff Valery Gerasimov"). */
function capitalisedRuns(tokens: ReadonlyArray<Token>): ReadonlyArray<Run> {
  const runs: Run[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]
    if (!token?.form.capitalised) {
      index += 1
      continue
    }
    const first = index
    let last = index
    while (true) {
      const current = tokens[last]
      const next = tokens[last + 1]
      const particles = particlesBefore(tokens, last)
      if (particles > 0) {
        last += particles + 1
        continue
      }
      if (!current || !(joined(current) || hyphenatedTitle(current, next) || letterPrefix(current)))
        break
      if (next?.form.capitalised && next.sentence === current.sentence) {
        last += 1
        continue
      }
      // "Secretary of State", "Chief of the General Staff": "of" and "the" inside a title.
      if (next?.form.lower === 'of' && joined(next)) {
        const after = tokens[last + 2]
        const afterThe = after?.form.lower === 'the' && joined(after) ? tokens[last + 3] : after
        if (afterThe?.form.capitalised && afterThe.sentence === current.sentence) {
          last = afterThe === after ? last + 2 : last + 3
          continue
        }
      }
      break
    }
    runs.push(trimRun({ tokens: tokens.slice(first, last + 1), first }, tokens))
    index = last + 1
  }
  return runs.filter((run) => run.tokens.length > 0)
}

function isSentenceStart(tokens: ReadonlyArray<Token>, index: number): boolean {
  const previous = tokens[index - 1]
  return !previous || previous.sentence !== tokens[index]?.sentence
}

/** Drops the capitalised function words that open a sentence ("While Trump" → "Trump"). */
function trimRun(run: Run, all: ReadonlyArray<Token>): Run {
  let skip = 0
  while (skip < run.tokens.length) {
    const token = run.tokens[skip]
    if (!token) break
    const atStart = isSentenceStart(all, run.first + skip)
    // All-capital words are acronyms ("US" is not the pronoun "us").
    const functionWord =
      atStart &&
      !/^\p{Lu}+$/u.test(token.text) &&
      SENTENCE_START_TAGS.some((tag) => token.form.tags.has(tag)) &&
      !isNameTagged(token)
    // "Six Ikea forks": a number word opens the run without being part of the name; an ordinal
    // before another capitalised word of the run is part of it ("First Lady", "Second World War").
    const numberWord =
      token.form.tags.has('Cardinal') ||
      (token.form.tags.has('Ordinal') && skip === run.tokens.length - 1)
    if (!CAPITALISED_STOP_WORDS.has(token.form.lower) && !functionWord && !numberWord) {
      if (token.form.lower !== 'of') break
    }
    skip += 1
  }
  return { tokens: run.tokens.slice(skip), first: run.first + skip }
}

function wordsOf(token: Token): ReadonlyArray<string> {
  return wordsOfLower(token.form.lower)
}

function wordsOfLower(lower: string): ReadonlyArray<string> {
  if (PLACE_ALIASES.has(lower)) return [lower]
  return lower.split(/[-.]/).filter((word) => word !== '')
}

function isRoleNoun(token: Token): boolean {
  return token.form.roleNoun
}

function isRoleWord(token: Token): boolean {
  return token.form.roleWord
}

function canonicalPlace(name: string): string {
  const key = normalizeFactText(name).replace(POSSESSIVE, '')
  return PLACE_ALIASES.get(key) ?? PLACE_ALIASES.get(key.replace(/\.$/, '')) ?? key
}

function textOf(text: string, tokens: ReadonlyArray<Token>): string {
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  if (!first || !last) return ''
  return text.slice(first.start, last.end).replace(POSSESSIVE, '')
}

/**
 * Where the job title written before a name starts, read backwards from `before` (exclusive);
 * `before` itself when there is none. `hasOffice`: the run already holds an office noun, so
 * status words alone ("former") extend it.
 */
function roleBefore(tokens: ReadonlyArray<Token>, before: number, hasOffice = false): number {
  let start = before
  let index = before - 1
  const first = tokens[before]
  // "his military chief, Valery Gerasimov": an apposition whose last word is an office.
  const lead = tokens[index]
  if (lead && first && lead.sentence === first.sentence && /^\s*,\s*$/u.test(lead.post)) {
    if (!isRoleNoun(lead)) return before
  } else if (lead && !joined(lead) && !isPossessive(lead) && !hyphenatedTitle(lead, first)) {
    return before
  }
  while (index >= 0) {
    const token = tokens[index]
    if (!token || token.sentence !== first?.sentence) break
    // "CEO and co-founder Andrew Feldman": two titles of one person, joined by "and".
    const previous = tokens[index - 1]
    if (
      token.form.lower === 'and' &&
      index < start &&
      joined(token) &&
      previous !== undefined &&
      previous.sentence === token.sentence &&
      isRoleNoun(previous) &&
      joined(previous)
    ) {
      index -= 1
      continue
    }
    // "former Michigan Governor": a place named before the office qualifies it, as "US" does; a
    // prefix joined by a hyphen ("co-founder") is part of the office.
    const qualifier =
      index < start &&
      ((token.form.capitalised && isPlaceTagged(token)) ||
        (/^ ?- ?$/u.test(token.post) &&
          token.form.lower.length <= 4 &&
          index === start - 1 &&
          isRoleNoun(tokens[start]!)))
    if (!isRoleWord(token) && !qualifier) break
    const joins = joined(token) || hyphenatedTitle(token, tokens[index + 1]) || qualifier
    if (index !== before - 1 && !joins && !isPossessive(token)) break
    start = index
    if (isPossessive(token)) break
    index -= 1
  }
  // "the" and "of" belong inside a title ("Chief of the General Staff"), never at its start.
  while (start < before && /^(?:the|of)$/u.test(tokens[start]?.form.lower ?? '')) start += 1
  const role = tokens.slice(start, before)
  return hasOffice || role.some(isRoleNoun) ? start : before
}

interface Classified {
  readonly kind: EntityKind
  /** Tokens of the name proper (without the job title). */
  readonly name: ReadonlyArray<Token>
  /** Tokens from the start of the job title to the end of the name. */
  readonly mention: ReadonlyArray<Token>
  readonly hasRole: boolean
  /** A job title in apposition after the name ("Ruth Sutherland, the chief executive"). */
  readonly roleAfter?: ReadonlyArray<Token>
  /** The named body that title belongs to ("of Relate"): shown, but no part of the job's value. */
  readonly bodyAfter?: ReadonlyArray<Token>
}

/**
 * The named body after a title set off after a name ("the head of Iran's Seismic Research
 * Center"): "of", perhaps "the", then capitalised words of the same clause; none otherwise.
 */
function bodyAfter(tokens: ReadonlyArray<Token>, role: ReadonlyArray<Token>): ReadonlyArray<Token> {
  const lastRole = role[role.length - 1]
  if (!lastRole || !joined(lastRole)) return []
  const at = tokens.indexOf(lastRole) + 1
  const of = tokens[at]
  if (of?.form.lower !== 'of' || !joined(of) || of.sentence !== lastRole.sentence) return []
  const the = tokens[at + 1]
  let index = the?.form.lower === 'the' && joined(the) ? at + 2 : at + 1
  let end = -1
  while (index < tokens.length && index - at <= 8) {
    const token = tokens[index]!
    if (token.sentence !== lastRole.sentence) break
    // "the WHO Department of Health Statistics": "of" or "for" inside the body's name.
    const inner = /^(?:of|for)$/u.test(token.form.lower) && end >= 0 && joined(token)
    if (inner && tokens[index + 1]?.form.capitalised) {
      index += 1
      continue
    }
    if (!token.form.capitalised) break
    end = index
    // "Iran's Seismic Research Center": a possessive place opens the body's own name.
    if (!joined(token) && !(isPossessive(token) && /^\s+$/u.test(token.post))) break
    index += 1
  }
  return end < 0 ? [] : tokens.slice(at, end + 1)
}

/**
 * The job title set off by a comma after a name ("Hideo Sawada, the president of …"), ending at
 * its last office noun; none when the title runs into another name ("Trump, Russian President
 * Vladimir Putin"), whose title it is.
 */
function roleAfter(tokens: ReadonlyArray<Token>, last: number): ReadonlyArray<Token> {
  const name = tokens[last]
  if (!name || !/^\s*,\s*$/u.test(name.post)) return []
  let index = last + 1
  const determiner = tokens[index]
  if (determiner && /^(?:the|a|an)$/u.test(determiner.form.lower) && joined(determiner)) index += 1
  const role: Token[] = []
  while (role.length < 6) {
    const token = tokens[index]
    if (!token || token.sentence !== name.sentence || !isRoleWord(token)) break
    role.push(token)
    if (!joined(token) && !hyphenatedTitle(token, tokens[index + 1])) break
    index += 1
  }
  let end = role.length
  while (end > 0 && !isRoleNoun(role[end - 1]!)) end -= 1
  const lastRole = role[end - 1]
  if (!lastRole) return []
  const next = tokens[tokens.indexOf(lastRole) + 1]
  if (joined(lastRole) && next?.form.capitalised && next.sentence === name.sentence) return []
  return tokens.slice(last + 1, tokens.indexOf(lastRole) + 1)
}

/** The job title after a name and the named body it belongs to. */
function rolesAfter(
  tokens: ReadonlyArray<Token>,
  last: number,
): Pick<Classified, 'roleAfter' | 'bodyAfter'> {
  const role = roleAfter(tokens, last)
  return { roleAfter: role, bodyAfter: bodyAfter(tokens, role) }
}

const NAME_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']
const PLAIN_WORD_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Adjective',
  'Verb',
  'Infinitive',
  'PastTense',
  'PresentTense',
  'Singular',
  'Plural',
  'Noun',
  'Copula',
  'Modal',
  'Actor',
]
// Courtesy titles say a person is named but are no job: "Mr Sunak" and "Sunak" are one mention.
const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
])

function isNameTagged(token: Token): boolean {
  return NAME_TAGS.some((tag) => token.form.tags.has(tag)) && !token.form.tags.has('Honorific')
}

function isPlaceTagged(token: Token): boolean {
  return ['Place', 'Country', 'City', 'Region'].some((tag) => token.form.tags.has(tag))
}

function classifyRun(
  run: Run,
  tokens: ReadonlyArray<Token>,
  lexicon: NameLexicon,
): Classified | null {
  let split = 0
  while (split < run.tokens.length - 1 && run.tokens[split] && isRoleWord(run.tokens[split]!)) {
    split += 1
  }
  const leadingRole = run.tokens.slice(0, split)
  // "Lady Michelle Obama" names her; "the First Lady of the United States" names an office.
  const honorific =
    run.tokens[0] &&
    HONORIFICS.has(run.tokens[0].form.lower) &&
    run.tokens[1] !== undefined &&
    run.tokens[1].form.capitalised
  if (honorific) {
    return {
      kind: 'person',
      name: run.tokens.slice(1),
      mention: run.tokens,
      hasRole: false,
      ...rolesAfter(tokens, run.first + run.tokens.length - 1),
    }
  }
  if (leadingRole.some(isRoleNoun)) {
    const name = run.tokens.slice(split)
    // "Chief Constables": a title over a plural names an office, not a person; so does a title
    // that ends in a person's noun and holds no name ("General Manager", "Chief Financial
    // Officer"; "Edmund King" has a given name).
    if (name.every((token) => token.form.tags.has('Plural'))) return null
    const last = name[name.length - 1]!
    const office = isRoleNoun(last) || last.form.tags.has('Actor')
    if (office && !name.some(isNameTagged) && !lexicon.surnames.has(last.form.lower)) return null
    // "CEO of EYP MCF": an office of a body written in capitals names the body, not a person.
    // "Director of the WHO Department …": "the" may stand between "of" and the body.
    const beforeName = run.tokens[split - 1]?.form.lower === 'the' ? split - 2 : split - 1
    const ofBody =
      run.tokens[beforeName]?.form.lower === 'of' ||
      tokens[run.first + beforeName]?.form.lower === 'of'
    if (ofBody && name.every((token) => /^\p{Lu}{2,}$/u.test(token.text))) {
      return { kind: 'organization', name, mention: name, hasRole: false }
    }
    // "Secretary of State", "Director of the WHO Department of Health Statistics": an office of a
    // body with no one named after it ("Chief of the General Staff Valery Gerasimov" has a name).
    const unnamedBody =
      (ofBody || name[0]?.form.lower === 'of') &&
      !name.some(isNameTagged) &&
      !lexicon.surnames.has(last.form.lower)
    if (unnamedBody) return null
    const start = roleBefore(tokens, run.first, true)
    return {
      kind: 'person',
      name,
      mention: [...tokens.slice(start, run.first), ...run.tokens],
      hasRole: true,
    }
  }
  const name = run.tokens
  const lower = name.map((token) => token.form.lower).join(' ')
  const last = name[name.length - 1]
  if (!last) return null
  // "a former Principal of Jesus College": after a status word, the run's first word is an office
  // and only the body after "of" is an organisation's name.
  const status = tokens[run.first - 1]
  if (
    status !== undefined &&
    ROLE_STATUS.has(status.form.lower) &&
    joined(status) &&
    name.length > 2 &&
    name[1]?.form.lower === 'of'
  ) {
    const skip = name[2]?.form.lower === 'the' ? 3 : 2
    if (skip >= name.length) return null
    return classifyRun({ tokens: name.slice(skip), first: run.first + skip }, tokens, lexicon)
  }
  // "Russian", "Ukrainian": compromise sometimes tags a nationality as an organisation or a
  // person; alone it names neither.
  if (name.length === 1 && last.form.tags.has('Demonym')) return null
  const place = canonicalPlace(lower)
  if (PLACE_ALIASES.has(lower) || PLACE_ALIASES.has(lower.replace(/\.$/, ''))) {
    return { kind: 'place', name, mention: name, hasRole: false }
  }
  // A word in capitals that the lexicon knows as a plain word ("ALL", "MAN" in a shouted
  // headline) is no acronym.
  const acronym =
    name.length === 1 &&
    /^\p{Lu}{2,6}$/u.test(last.text.replace(POSSESSIVE, '')) &&
    !PLAIN_WORD_TAGS.some((tag) => last.form.tags.has(tag))
  // "Co", "Inc": an abbreviation of a company's form names no company.
  if (name.length === 1 && last.form.tags.has('Abbreviation')) return null
  if (
    KNOWN_ORGANISATIONS.has(lower) ||
    lexicon.organisations.has(lower) ||
    (name.length > 1 && ORGANISATION_SUFFIXES.has(last.form.lower) && !personOfBody(name)) ||
    // "Bank of England", "Hotel du Cap": an organisation's noun, then "of" or a particle.
    (name.length > 2 &&
      ORGANISATION_SUFFIXES.has(name[0]?.form.lower ?? '') &&
      (name[1]?.form.lower === 'of' || isParticle(name[1]!))) ||
    name.some((token) => token.form.tags.has('Organization')) ||
    acronym
  ) {
    const named = withoutOpeningWord(name, tokens, run.first)
    return { kind: 'organization', name: named, mention: named, hasRole: false }
  }
  if (lexicon.places.has(place) && !lexicon.surnames.has(last.form.lower)) {
    return { kind: 'place', name, mention: name, hasRole: false }
  }
  const personStart = personSuffix(name, lexicon)
  if (personStart < name.length) {
    const person = name.slice(personStart)
    const start = roleBefore(tokens, run.first + personStart)
    const hasRole = start < run.first + personStart
    return {
      kind: 'person',
      name: person,
      mention: hasRole ? tokens.slice(start, run.first + name.length) : person,
      hasRole,
      ...(hasRole ? {} : rolesAfter(tokens, run.first + name.length - 1)),
    }
  }
  const next = tokens[run.first + name.length]
  const placeNoun =
    next && !next.form.capitalised && PLACE_NOUNS.has(next.form.lower) && joined(last)
  if (name.every(isPlaceTagged) || lexicon.places.has(place) || placeNoun) {
    return { kind: 'place', name, mention: name, hasRole: false }
  }
  if (isListedPlace(tokens, run.first)) {
    return { kind: 'place', name, mention: name, hasRole: false }
  }
  return null
}

/**
 * "Philippa Langley of the Richard III Society": a name (words the lexicon knows as names or not
 * at all, perhaps after a title) joined by "of" to a body is a person's, not the body's name;
 * "Bank of England" and "Future of Humanity Institute" stay one organisation's name.
 */
function personOfBody(name: ReadonlyArray<Token>): boolean {
  const of = name.findIndex((token) => token.form.lower === 'of')
  const before = name[of - 1]
  if (!before || ORGANISATION_SUFFIXES.has(before.form.lower) || isRoleWord(before)) return false
  return name
    .slice(0, of)
    .every(
      (token) =>
        isNameTagged(token) ||
        isRoleWord(token) ||
        !PLAIN_WORD_TAGS.some((tag) => token.form.tags.has(tag)),
    )
}

/**
 * An organisation's name without the plain word that opens the sentence before it ("Search
 * Google Images" is an imperative and "Google Images"); a word the lexicon tags as part of a name
 * stays ("Bank of England").
 */
function withoutOpeningWord(
  name: ReadonlyArray<Token>,
  tokens: ReadonlyArray<Token>,
  first: number,
): ReadonlyArray<Token> {
  const opening = name[0]
  if (!opening || name.length < 2 || !isSentenceStart(tokens, first)) return name
  const plain =
    PLAIN_WORD_TAGS.some((tag) => opening.form.tags.has(tag)) &&
    !isNameTagged(opening) &&
    !isPlaceTagged(opening) &&
    !opening.form.tags.has('Organization') &&
    !ORGANISATION_SUFFIXES.has(opening.form.lower)
  return plain && name.slice(1).some((token) => token.form.tags.has('Organization'))
    ? name.slice(1)
    : name
}

/**
 * Where a person's name starts in a run: compromise knows common first names and famous surnames
 * but not every surname ("Leavitt"), so surnames met elsewhere in either article count too.
 */
function personSuffix(name: ReadonlyArray<Token>, lexicon: NameLexicon): number {
  const last = name[name.length - 1]
  if (!last || STORM_NOUNS.has(name[0]?.form.lower ?? '')) return name.length
  const known = lexicon.surnames.has(last.form.lower)
  // "Wayne State", "Jefferson County": a run that ends in a place's noun names a place or a body
  // called after one, not the person whose given name opens it.
  if (!known && last.form.capitalised && PLACE_NOUNS.has(last.form.lower)) return name.length
  // A particle ("von der", "de") marks a person's name wherever the run's first name stands.
  const particle = name.some(isParticle)
  if (!known && !isNameTagged(last) && !(name.length > 1 && (isNameTagged(name[0]!) || particle))) {
    return name.length
  }
  if (!known && !isNameTagged(last) && name.some(isPlaceTagged)) return name.length
  let start = name.length - 1
  while (start > 0) {
    const previous = name[start - 1]
    if (!previous) break
    const nameLike =
      isNameTagged(previous) ||
      isParticle(previous) ||
      lexicon.nameWords.has(previous.form.lower) ||
      /^\p{Lu}{1,3}\.?$/u.test(previous.text)
    if (!nameLike || start <= name.length - 4) break
    start -= 1
  }
  // A run that is not all name ("Getty ImagesWhile Trump") keeps only its name-like tail; a run of
  // tagged words ("Micheál Martin") is taken whole. A one-word tail that is no known surname
  // names nobody: "Foundation Trustee" is an office, "Teflon Don" a nickname.
  // A name starts with a given name, not a particle: "Sala del Concistoro" names a hall.
  while (start < name.length - 1 && isParticle(name[start]!)) start += 1
  const tail = name[start]
  if (start > 0 && start === name.length - 1 && tail && !known && !isSurnameTagged(tail)) {
    // "Micheál Martin": a first name the lexicon does not know, before a name it knows as a
    // first name, is one person's name (and "Teflon Don" one person's nickname).
    const previous = name[start - 1]
    const unknownFirst = previous?.form.tags.size === 0 && !name.some(isPlaceTagged)
    return isNameTagged(tail) && unknownFirst ? start - 1 : name.length
  }
  return start
}

function isSurnameTagged(token: Token): boolean {
  return token.form.tags.has('LastName') || token.form.tags.has('Person')
}

/** "cities, including Kryvyy Rih, Odesa…": names listed after a plural place noun. */
function isListedPlace(tokens: ReadonlyArray<Token>, first: number): boolean {
  const token = tokens[first]
  if (!token) return false
  for (let index = first - 1; index >= 0 && index >= first - 12; index -= 1) {
    const previous = tokens[index]
    if (!previous || previous.sentence !== token.sentence) return false
    if (/^(?:including|as)$/u.test(previous.form.lower)) {
      const noun = tokens[index - 1]?.form.lower === 'such' ? tokens[index - 2] : tokens[index - 1]
      return /^(?:cities|towns|villages|regions|countries|provinces|areas|capitals)$/u.test(
        noun?.form.lower ?? '',
      )
    }
    if (!previous.form.capitalised && !/^(?:and|or)$/u.test(previous.form.lower)) return false
  }
  return false
}

/** A text split into words and runs of capitalised words once, for learning and extraction. */
export interface AnalysedText {
  readonly text: string
  readonly tokens: ReadonlyArray<Token>
  readonly runs: ReadonlyArray<Run>
}

/**
 * Splits a text into the words and capitalised runs the name rules read; `words` and `sentences`
 * are the text's words and sentence ranges from the one tokenizer and sentence splitter when the
 * caller already has them.
 */
export function analyseText(
  text: string,
  words?: ReadonlyArray<WordSpan>,
  sentences?: ReadonlyArray<TextSpan>,
): AnalysedText {
  const tokens = tokenize(text, words ?? wordSpans(text), sentences ?? splitSentenceRanges(text))
  return { text, tokens, runs: capitalisedRuns(tokens) }
}

function analysed(input: string | AnalysedText): AnalysedText {
  return typeof input === 'string' ? analyseText(input) : input
}

/** People, places and organisations named in a text. */
export function extractEntities(
  input: string | AnalysedText,
  lexicon: NameLexicon,
): ReadonlyArray<Fact> {
  const { text, tokens, runs } = analysed(input)
  const facts: Fact[] = []
  // Where each person's title ends: the body after it ("of Relate") still names a fact of its own.
  const titles: Array<{ readonly start: number; readonly end: number }> = []
  for (const run of runs) {
    const classified = classifyRun(run, tokens, lexicon)
    if (!classified) continue
    const fact = toFact(text, classified)
    // A lone letter ("T" of "T-Mobile", split at its hyphen) names nothing by itself.
    if (!fact || !/\p{L}.*\p{L}/su.test(fact.text)) continue
    facts.push(fact)
    const title = [...classified.mention, ...(classified.roleAfter ?? [])]
    const end = title[title.length - 1]?.end ?? fact.end
    if (fact.kind === 'person') titles.push({ start: fact.start, end: Math.min(end, fact.end) })
  }
  // "Kremlin" in "Kremlin spokesman Dmitry Peskov" is part of a job title, not a second fact.
  return facts.filter(
    (fact) =>
      fact.kind === 'person' ||
      !titles.some((title) => title.start <= fact.start && fact.end <= title.end),
  )
}

function toFact(text: string, entity: Classified): Fact | null {
  const after = entity.roleAfter ?? []
  const mentionText = textOf(text, [...entity.mention, ...after, ...(entity.bodyAfter ?? [])])
  const first = entity.mention[0]
  if (!first || mentionText === '') return null
  const start = first.start
  const end = start + mentionText.length
  switch (entity.kind) {
    case 'person': {
      const surname = entity.name[entity.name.length - 1]?.form.lower ?? ''
      const role = entity.hasRole
        ? entity.mention.slice(0, -entity.name.length)
        : after.filter((token) => !/^(?:the|a|an)$/u.test(token.form.lower))
      return {
        kind: 'person',
        text: mentionText,
        key: surname,
        value: roleSignature(role),
        start,
        end,
      }
    }
    case 'place':
      return {
        kind: 'place',
        text: mentionText,
        key: canonicalPlace(mentionText),
        value: canonicalPlace(mentionText),
        start,
        end,
      }
    case 'organization': {
      const name = normalizeFactText(mentionText).replace(/^the /, '')
      return { kind: 'organization', text: mentionText, key: name, value: name, start, end }
    }
  }
}

/**
 * A job title reduced to what makes it a different job: its status words ("former", "acting")
 * and its office ("president"); qualifiers such as "US" or "White House" are left out.
 */
function roleSignature(role: ReadonlyArray<Token>): string {
  if (role.length === 0) return ''
  const words = role.flatMap(wordsOf)
  const status = [...new Set(words.filter((word) => ROLE_STATUS.has(word)))].sort()
  // "CEO and co-founder": each title's office, in the order written.
  const offices = words.includes('and')
    ? [...new Set(splitAtAnd(words).map(officeOf))].filter((office) => office !== '')
    : [officeOf(words)]
  const office = offices.join(' and ')
  const body = bodyOf(role)
  return [...status, office, ...(body === '' ? [] : ['of', body])].join(' ')
}

/**
 * The body an office belongs to when the title names it after "of" in capitals: "general staff" of
 * "Chief of the General Staff", another job than a "military chief". '' when none.
 */
function bodyOf(role: ReadonlyArray<Token>): string {
  const of = role.findIndex(
    (token, index) => token.form.lower === 'of' && index > 0 && isRoleNoun(role[index - 1]!),
  )
  if (of < 0) return ''
  const body = role.slice(of + 1).filter((token) => token.form.lower !== 'the')
  return body.length > 0 && body.every((token) => token.form.capitalised)
    ? body.map((token) => token.form.lower).join(' ')
    : ''
}

function splitAtAnd(words: ReadonlyArray<string>): ReadonlyArray<ReadonlyArray<string>> {
  const parts: string[][] = [[]]
  for (const word of words) {
    if (word === 'and') parts.push([])
    else parts[parts.length - 1]!.push(word)
  }
  return parts
}

function officeOf(words: ReadonlyArray<string>): string {
  const offices = words
    .map((word, index) => ({ word, index }))
    .filter(({ word }) => ROLE_NOUNS.has(word))
  // "Chief of the General Staff": the office is the noun before "of"; otherwise the last one.
  const beforeOf = offices.find(({ index }) => words[index + 1] === 'of')
  const head = beforeOf ?? offices[offices.length - 1]
  if (!head) return ''
  const previous = words[head.index - 1]
  if (previous === 'prime' && head.word === 'minister') return 'prime minister'
  if (previous === 'chief' && head.word === 'executive') return 'chief executive'
  if (previous === 'press' && head.word === 'secretary') return 'spokesperson'
  return ROLE_NOUNS.get(head.word) ?? head.word
}

/** Learns the names a set of texts use, so a bare surname or place is recognised in all. */
export function learnNames(inputs: ReadonlyArray<string | AnalysedText>): NameLexicon {
  const texts = inputs.map(analysed)
  const learned = learnFrom(texts)
  // "Kryvyy Rih—Zelensky’s hometown—Odesa" lists a surname among places.
  const places = new Set([...learned.places].filter((place) => !learned.surnames.has(place)))
  return { ...learned, places }
}

function learnFrom(texts: ReadonlyArray<AnalysedText>): NameLexicon {
  const surnames = new Set<string>()
  const nameWords = new Set<string>()
  const places = new Set<string>()
  const organisations = new Set<string>()
  for (const { tokens, runs } of texts) {
    for (const run of runs) {
      const classified = classifyRun(run, tokens, EMPTY_NAME_LEXICON)
      if (!classified) continue
      const name = classified.name.map((token) => token.form.lower)
      // A full name, a job title or "Mr" shows the word is a surname; a bare word alone does not.
      const introduced = classified.mention.length > classified.name.length
      if (classified.kind === 'person' && (name.length > 1 || introduced)) {
        const surname = name[name.length - 1]
        if (surname) surnames.add(surname)
        for (const word of name) nameWords.add(word)
      } else if (classified.kind === 'place') {
        places.add(canonicalPlace(name.join(' ')))
      } else if (classified.kind === 'organization') {
        organisations.add(name.join(' '))
      }
    }
  }
  return { surnames, nameWords, places, organisations }
}
