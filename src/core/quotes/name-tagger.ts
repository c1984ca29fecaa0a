import { TAG_PARENTS, WORD_LEXICON } from '../text/word-lexicon'

/** Says whether a capitalised phrase names a person, and whether a word is a function word. */
export interface NameTagger {
  /** True unless the phrase is a place, organisation, demonym or a capitalised common word. */
  isPersonLike(name: string): boolean
  /** True for a capitalised function word such as "Meanwhile", "Despite" or "Both". */
  isFunctionWord(word: string): boolean
  /** True when the lexicon knows the word as a first name or surname ("Harry", "Putin"). */
  isKnownName(word: string): boolean
  /** True when the lexicon knows the word as something other than a name ("There", "Steel"). */
  isKnownOtherWord(word: string): boolean
  /** The gender the lexicon gives a first name ("Maria" → female), or null when it gives none. */
  genderOf(firstName: string): 'male' | 'female' | null
  /** True when the lexicon knows the word as one person's noun ("waiter", "employee", "woman"). */
  isPersonNoun(word: string): boolean
  /** True when the lexicon knows the word as a verb in the past tense, irregular ones too ("heard"). */
  isPastTense(word: string): boolean
}

const NOT_PERSON = ['Place', 'Organization', 'Demonym']
const FUNCTION_WORD = ['Determiner', 'Adverb', 'Preposition', 'Pronoun', 'Conjunction']
const COMMON_WORD = [...FUNCTION_WORD, 'Plural', 'Verb']
const NAME = ['FirstName', 'LastName', 'MaleName', 'FemaleName']
const NOT_PERSON_OR_COMMON = [...NOT_PERSON, ...COMMON_WORD]

// Tags by phrase, shared by every tagger: the lexicon never changes, and both articles of a
// comparison (and the next comparison) look up mostly the same words. Cleared when full.
const TAGS = new Map<string, ReadonlySet<string>>()
const MAX_TAGS = 50_000

function tagsOf(phrase: string): ReadonlySet<string> {
  const cached = TAGS.get(phrase)
  if (cached !== undefined) return cached
  const entry = Object.hasOwn(WORD_LEXICON, phrase) ? WORD_LEXICON[phrase] : undefined
  const direct = entry === undefined ? [] : typeof entry === 'string' ? [entry] : entry
  const tags = new Set(direct.flatMap((tag) => [tag, ...(TAG_PARENTS[tag] ?? [])]))
  if (TAGS.size >= MAX_TAGS) TAGS.clear()
  TAGS.set(phrase, tags)
  return tags
}

function has(tags: ReadonlySet<string>, wanted: ReadonlyArray<string>): boolean {
  return wanted.some((tag) => tags.has(tag))
}

// One object of plain functions: the lexicon and the tags cache are shared, so a tagger keeps no
// state of its own, and long-lived functions keep their optimised code between comparisons.
const TAGGER: NameTagger = {
  isPersonLike(name) {
    const words = name.toLowerCase().split(/\s+/u)
    if (has(tagsOf(words.join(' ')), NOT_PERSON)) return false
    if (words.length === 1) return !has(tagsOf(words[0] ?? ''), NOT_PERSON_OR_COMMON)
    return !has(tagsOf(words[words.length - 1] ?? ''), NOT_PERSON)
  },
  isFunctionWord(word) {
    return has(tagsOf(word.toLowerCase()), FUNCTION_WORD)
  },
  isKnownName(word) {
    return has(tagsOf(word.toLowerCase()), NAME)
  },
  isKnownOtherWord(word) {
    const tags = tagsOf(word.toLowerCase())
    // "Honorific" is a Person in the lexicon, but "Dr" alone names nobody.
    return tags.size > 0 && (!has(tags, NAME) || tags.has('Honorific'))
  },
  genderOf(firstName) {
    const tags = tagsOf(firstName.toLowerCase())
    if (tags.has('MaleName') && !tags.has('FemaleName')) return 'male'
    if (tags.has('FemaleName') && !tags.has('MaleName')) return 'female'
    return null
  },
  isPersonNoun(word) {
    const tags = tagsOf(word.toLowerCase())
    return tags.has('Actor') && !tags.has('Plural')
  },
  isPastTense(word) {
    return tagsOf(word.toLowerCase()).has('PastTense')
  },
}

/**
 * A tagger that looks words and phrases up in compromise's lexicon (countries, cities,
 * organisations, demonyms, function words). Running compromise's full tagger costs about a
 * millisecond per phrase, far too slow for long articles; the lexicon lookup is what we need.
 */
export function createNameTagger(): NameTagger {
  return TAGGER
}
