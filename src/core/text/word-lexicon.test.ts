import nlp from 'compromise'
import { describe, expect, it } from 'vitest'
import { TAG_PARENTS, WORD_LEXICON } from './word-lexicon'

const model = nlp.model() as {
  readonly one: {
    readonly lexicon: Readonly<Record<string, string | ReadonlyArray<string>>>
    readonly tagSet: Readonly<Record<string, { readonly parents?: ReadonlyArray<string> }>>
  }
}

describe('word lexicon snapshot', () => {
  it('holds exactly the lexicon of the installed compromise (rerun scripts/build-word-lexicon.mjs)', () => {
    expect({ ...WORD_LEXICON }).toEqual({ ...model.one.lexicon })
  })

  it('holds the parents of every compromise tag', () => {
    const parents = Object.fromEntries(
      Object.entries(model.one.tagSet).map(([tag, info]) => [tag, info.parents ?? []]),
    )
    expect(TAG_PARENTS).toEqual(parents)
  })

  it('looks words up by their own keys only', () => {
    expect(WORD_LEXICON['france']).toBe('Country')
    expect(WORD_LEXICON['constructor']).toBeUndefined()
  })
})
