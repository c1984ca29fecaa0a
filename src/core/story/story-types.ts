/**
 * The story contract: N versions of one story compared at once, as plain immutable data.
 * The JSON output `rewrite-lens/story@1` is exactly `Story` serialised (see docs/story-schema.md).
 */
import type { ArticleInput, CompareOptions, FactKind } from '../types'

/** Identifies the JSON schema of a serialised story; bump the suffix on a breaking change. */
export const STORY_SCHEMA = 'rewrite-lens/story@1'

/** One version handed to `compareStory`: an article, its library id and publication date. */
export interface StoryArticleInput extends ArticleInput {
  /** Library id, when the article comes from the library. */
  readonly id?: string
  /** ISO publication date when known. */
  readonly date?: string | null
}

/** How a story is compared: the pairwise options plus whether the versions are in time order. */
export interface StoryOptions extends CompareOptions {
  /** True when the versions are given oldest first: each version's parent is an earlier one. */
  readonly inOrder: boolean
}

/** One version as the story saw it; `index` is its position in the input. */
export interface StoryArticle {
  readonly index: number
  /** File path the text came from ('' when unknown). */
  readonly path: string
  /** Library id, when the version came from the library. */
  readonly id?: string
  readonly title: string
  readonly words: number
  readonly date: string | null
}

/** UTF-16 offsets into a cell's `text` of words that differ from the row's reference cell. */
export interface StorySpan {
  readonly start: number
  readonly end: number
}

/** Where a version got its text from, as far as the story can tell. */
export interface LineageEntry {
  readonly article: number
  /** The version this one most likely derives from; null for the root (exactly one). */
  readonly parent: number | null
  /** Similarity with the parent (0..1); 1 for the root. */
  readonly similarity: number
  /** A few distinctive phrases shared with the parent and with no other version. */
  readonly evidence: ReadonlyArray<string>
}

/** How one version renders a quotation. */
export type QuoteCellStatus = 'quoted' | 'paraphrased' | 'absent'

/** One version's wording of a quotation. */
export interface QuoteCell {
  readonly article: number
  readonly status: QuoteCellStatus
  /** The version's own words (for `paraphrased`, the unquoted statement); null when absent. */
  readonly text: string | null
  /** 0-based index of the paragraph (non-empty line) the words stand in; null when absent. */
  readonly paragraph: number | null
  readonly spans: ReadonlyArray<StorySpan>
  /** Present only where this version attributes the quotation to someone other than the row's speaker. */
  readonly speaker?: string | null
}

/** One quotation as it travels through the versions. */
export interface QuoteRow {
  /** The speaker most versions name (null when none does). */
  readonly speaker: string | null
  /** The article whose wording the other cells are marked against (the root, else the earliest). */
  readonly reference: number
  readonly cells: ReadonlyArray<QuoteCell>
}

/** One version's statement of a fact or of a title. */
export interface PresenceCell {
  readonly article: number
  readonly status: 'present' | 'absent'
  readonly text: string | null
  readonly paragraph: number | null
  readonly spans: ReadonlyArray<StorySpan>
}

/** One fact (a number and what it counts, a date, a person's role, a name) across the versions. */
export interface FactRow {
  readonly kind: FactKind
  /** What the fact is about, e.g. a surname or what a number counts. */
  readonly subject: string
  /** True when the versions that state the fact give it different values; such rows come first. */
  readonly disagree: boolean
  readonly reference: number
  readonly cells: ReadonlyArray<PresenceCell>
}

/** The headline or one subheading across the versions. */
export interface TitleRow {
  readonly headline: boolean
  readonly reference: number
  readonly cells: ReadonlyArray<PresenceCell>
}

/** Share of a version's content found in no other version (no earlier one when ordered). */
export interface Originality {
  readonly article: number
  readonly share: number
}

/** The full result of comparing N versions of one story: the `rewrite-lens/story@1` object. */
export interface Story {
  readonly schema: typeof STORY_SCHEMA
  readonly options: StoryOptions
  readonly articles: ReadonlyArray<StoryArticle>
  /** N×N, symmetric, 1 on the diagonal: share of content two versions have in common (0..1). */
  readonly similarity: ReadonlyArray<ReadonlyArray<number>>
  /** The root version of the lineage: the earliest when ordered, else the one closest to all. */
  readonly root: number
  readonly lineage: ReadonlyArray<LineageEntry>
  readonly quotes: ReadonlyArray<QuoteRow>
  readonly facts: ReadonlyArray<FactRow>
  readonly titles: ReadonlyArray<TitleRow>
  readonly originality: ReadonlyArray<Originality>
}

/** Progress of a story comparison: `done` of `total` steps, and what is being done. */
export interface StoryProgress {
  readonly done: number
  readonly total: number
  readonly step: 'reading' | 'comparing' | 'ledgers'
}
