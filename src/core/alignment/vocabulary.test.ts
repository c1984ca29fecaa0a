import { describe, expect, it } from 'vitest'
import { buildVocabulary } from './vocabulary'
import { isContentWord, tokenizeWords } from './word-tokens'

function vocabularyOf(...sentences: ReadonlyArray<string>) {
  return buildVocabulary(
    sentences.map((text) => ({
      tokens: tokenizeWords(text).filter(isContentWord),
      inHeading: false,
    })),
    null,
  )
}

/** Each word that matches as another, as `word→other`. */
function variants(vocabulary: ReturnType<typeof buildVocabulary>): string[] {
  const keys = [...vocabulary.idOf.keys()]
  return keys.flatMap((key, id) => {
    const as = vocabulary.matchesAs[id]
    return as !== undefined && as !== id ? [`${key}→${keys[as]}`] : []
  })
}

describe('buildVocabulary', () => {
  it('matches a place’s demonym as the place, and nothing else', () => {
    const vocabulary = vocabularyOf(
      'Troops left Ukraine and Russia on Monday, and Israel agreed.',
      'Then Ukrainian, Russian and Israeli officials met Johnson and John in Russian ports.',
    )
    expect(variants(vocabulary)).toEqual(['ukrainian→ukrain', 'russian→russia', 'israeli→israel'])
  })

  it('leaves ordinary words to their own keys', () => {
    expect(
      variants(vocabularyOf('The librarian met a library official.', 'Then it rained.')),
    ).toEqual([])
  })
})
