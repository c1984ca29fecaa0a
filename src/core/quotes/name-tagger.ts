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
}

const NOT_PERSON = ['Place', 'Organization', 'Demonym']
const FUNCTION_WORD = ['Determiner', 'Adverb', 'Preposition', 'Pronoun', 'Conjunction']
const COMMON_WORD = [...FUNCTION_WORD, 'Plural', 'Verb']
const NAME = ['FirstName', 'LastName', 'MaleName', 'FemaleName']

/**
 * A tagger, memoised per instance, that looks words and phrases up in compromise's lexicon (countries, cities,
 * organisations, demonyms, function words). Running compromise's full tagger costs about a
 * millisecond per phrase, far too slow for long articles; the lexicon lookup is what we need.
 */
export function createNameTagger(): NameTagger {
  const lexicon = WORD_LEXICON
  const known = new Map<string, ReadonlySet<string>>()
  const tagsOf = (phrase: string): ReadonlySet<string> => {
    const cached = known.get(phrase)
    if (cached !== undefined) return cached
    const entry = Object.hasOwn(lexicon, phrase) ? lexicon[phrase] : undefined
    const direct = entry === undefined ? [] : typeof entry === 'string' ? [entry] : entry
    const tags = new Set(direct.flatMap((tag) => [tag, ...(TAG_PARENTS[tag] ?? [])]))
    known.set(phrase, tags)
    return tags
  }
  const has = (tags: ReadonlySet<string>, wanted: ReadonlyArray<string>): boolean =>
    wanted.some((tag) => tags.has(tag))
  return {
    isPersonLike(name) {
      const words = name.toLowerCase().split(/\s+/u)
      if (has(tagsOf(words.join(' ')), NOT_PERSON)) return false
      if (words.length === 1) return !has(tagsOf(words[0] ?? ''), [...NOT_PERSON, ...COMMON_WORD])
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
  }
}
