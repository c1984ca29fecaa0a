import snapshot from './word-lexicon.json'

/** A lexicon entry's tags, as compromise stores them: one tag, or several. */
export type LexiconEntry = string | ReadonlyArray<string>

/**
 * compromise's expanded word list (lower-case word or phrase → part-of-speech and entity tags),
 * from a snapshot taken at build time by scripts/build-word-lexicon.mjs: importing compromise
 * itself rebuilds this list on every start, which cost the command line about 350 ms.
 * Without a prototype, so that "constructor" and friends are not words.
 */
export const WORD_LEXICON: Readonly<Record<string, LexiconEntry>> = decodeLexicon(snapshot.words)

/** Each compromise tag's ancestors ("City" → Place, Noun…), as `nlp.model().one.tagSet` has them. */
export const TAG_PARENTS: Readonly<Record<string, ReadonlyArray<string>>> = snapshot.parents

function decodeLexicon(
  groups: Readonly<Record<string, ReadonlyArray<string>>>,
): Record<string, LexiconEntry> {
  const lexicon: Record<string, LexiconEntry> = Object.create(null) as Record<string, LexiconEntry>
  for (const [key, words] of Object.entries(groups)) {
    const tags = key.split(',')
    const entry: LexiconEntry = tags.length === 1 ? (tags[0] ?? key) : Object.freeze(tags)
    for (const word of words) lexicon[word] = entry
  }
  return lexicon
}
