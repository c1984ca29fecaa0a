import type { FactKind } from '../types'

/** One fact as written in a text, with the normalised forms the comparison uses. */
export interface Fact {
  readonly kind: FactKind
  /** The fact as written, e.g. "86%" or "former US President Donald Trump". */
  readonly text: string
  /**
   * What the fact is about: two facts of one kind and key say something about the same thing
   * (a person's surname, what a number counts, the grain of a date), so differing values change.
   */
  readonly key: string
  /**
   * The normalised value: equal values say the same ("28 February" and "February 28"). For a
   * person, the job title reduced to status and office ("former president"), '' when none.
   */
  readonly value: string
  /** UTF-16 offsets of `text` in the analysed text. */
  readonly start: number
  readonly end: number
}

/** Names learned from whole articles, so a bare "Trump" or "Kursk" is recognised everywhere. */
export interface NameLexicon {
  /** Lower-cased surnames of people named in full or with a job title somewhere. */
  readonly surnames: ReadonlySet<string>
  /** Lower-cased words of those people's names (first names, initials, surnames). */
  readonly nameWords: ReadonlySet<string>
  /** Canonical names of places and organisations recognised somewhere. */
  readonly places: ReadonlySet<string>
  readonly organisations: ReadonlySet<string>
}

/** A lexicon that knows no names: each text is analysed on its own. */
export const EMPTY_NAME_LEXICON: NameLexicon = {
  surnames: new Set(),
  nameWords: new Set(),
  places: new Set(),
  organisations: new Set(),
}

/** Lower-cases and folds typography (curly apostrophes, dashes, spacing) for comparing values. */
export function normalizeFactText(text: string): string {
  // Most text is plain ASCII; skipping the Unicode folds for it keeps long articles fast.
  const folded = /[^\x20-\x7E]/u.test(text)
    ? text
        .normalize('NFC')
        .replace(/[\u2018\u2019\u201B\u02BC`\u00B4]/gu, "'")
        .replace(/[\u2010-\u2015\u2212]/gu, '-')
    : text
  const spaced = /\s\s|[^\S ]|^\s|\s$/u.test(folded) ? folded.replace(/\s+/gu, ' ').trim() : folded
  return spaced.toLowerCase()
}
