/**
 * The comparison contract: every value the engine produces, as plain immutable data.
 * The JSON output `rewrite-lens/comparison@2` is exactly `Comparison` serialised (see docs/schema.md).
 */
import type { TextDirection } from './text/direction'

/** Identifies the JSON schema of a serialised comparison; bump the suffix on a breaking change. */
export const COMPARISON_SCHEMA = 'rewrite-lens/comparison@2'

/** What a paragraph (a non-empty line) is, which decides how changes to it are reported. */
export type ParagraphKind = 'heading' | 'paragraph' | 'list-item' | 'boilerplate'

/** One non-empty line of an article, numbered by its 0-based index among non-empty lines. */
export interface Paragraph {
  readonly index: number
  readonly text: string
  readonly kind: ParagraphKind
}

/** One sentence of a paragraph; `start`/`end` are UTF-16 offsets into the paragraph's text. */
export interface Sentence {
  readonly paragraph: number
  /** 0-based position among the sentences of its paragraph. */
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Normalisations applied before words are compared; the shown text is never changed. */
export interface CompareOptions {
  readonly ignoreCase: boolean
  readonly ignorePunctuation: boolean
  /** Curly/straight quotes and apostrophes, dashes, ellipsis and whitespace runs compare equal. */
  readonly ignoreTypography: boolean
}

/** Options used when none are given: typography ignored, case and punctuation significant. */
export const DEFAULT_COMPARE_OPTIONS: CompareOptions = {
  ignoreCase: false,
  ignorePunctuation: false,
  ignoreTypography: true,
}

/** One run of a word diff; the runs of a diff reconstruct both texts exactly. */
export interface DiffToken {
  readonly type: 'equal' | 'added' | 'removed'
  /** The text as written on the left (for `added`: on the right). */
  readonly text: string
  /**
   * Only on `equal` tokens whose right-side spelling differs in a way the options ignore (case,
   * punctuation, typography): the text as written on the right. Absent means identical.
   */
  readonly rightText?: string
}

/** A left paragraph and a right paragraph that report at least one common statement. */
export interface ParagraphLink {
  readonly left: number
  readonly right: number
  /** 0..1, how much of the two paragraphs' content the shared statements cover. */
  readonly similarity: number
}

/** How a display row relates its left and right paragraphs. */
export type RowOp = 'equal' | 'changed' | 'split' | 'merged' | 'moved' | 'added' | 'removed'

/** One group of the side-by-side view; rows list every paragraph of both sides once. */
export interface AlignedRow {
  readonly left: ReadonlyArray<number>
  readonly right: ReadonlyArray<number>
  readonly op: RowOp
  readonly similarity: number
  /** Word diff of the row's left paragraphs (joined by '\n') against its right ones. */
  readonly tokens: ReadonlyArray<DiffToken>
  /**
   * Present (true) when every paragraph of the row is boilerplate (share buttons, comment counts,
   * credits): views fold it, and it counts in no figure of `stats`.
   */
  readonly boilerplate?: true
  /**
   * Rows follow the rewrite's (right) reading order, so a moved row's left paragraphs are out of
   * the original's order. `movedFrom` is the index in `rows` of the row after which they stood in
   * the original (-1: at its top); the UI links the two places.
   */
  readonly movedFrom?: number
  /**
   * Set on the row at the original position (the row `movedFrom` points at): the indices in `rows`
   * of the moved rows whose left paragraphs stood right after it.
   */
  readonly movedTo?: ReadonlyArray<number>
}

/**
 * Where some of a side's words stand: UTF-16 offsets `[start, end)` into the text of paragraph
 * `paragraph` of that side. A quotation continued in the next paragraph has a span in each.
 */
export interface SideSpan {
  readonly paragraph: number
  readonly start: number
  readonly end: number
}

/** What stands between the parts of an interrupted quotation in a side's `text`. */
export const QUOTE_PART_SEPARATOR = ' … '

/** A quotation, a fact or a title as written on one side, and where it stands. */
export interface SideText {
  /**
   * The article's own words: the text of the spans in order, joined with " … " where a quotation
   * is interrupted ("…,” he said. “…").
   */
  readonly text: string
  /** The paragraph of the first span. */
  readonly paragraph: number
  /** Never empty; views mark and jump to these, never search for `text`. */
  readonly spans: ReadonlyArray<SideSpan>
}

/** How a quotation fared in the rewrite. */
export type QuoteStatus = 'unchanged' | 'altered' | 'added' | 'removed' | 'paraphrased'

/** A quotation matched across the two articles (or found on one side only). */
export interface QuoteChange {
  readonly status: QuoteStatus
  /** The attributed speaker as written (a pronoun resolved to the nearest named speaker), or null. */
  readonly speaker: string | null
  readonly left: SideText | null
  readonly right: SideText | null
  /** For `altered` and `paraphrased`: the word diff of the left words against the right ones. */
  readonly tokens?: ReadonlyArray<DiffToken>
  /**
   * Set when the two articles tie the quotation to different people (a re-attribution): who
   * each side names. `speaker` is then the rewrite's.
   */
  readonly speakers?: { readonly left: string | null; readonly right: string | null }
  /**
   * For `paraphrased`: the side that words the quotation as reported speech, without quotation
   * marks; views must not wrap that side in quotation marks.
   */
  readonly unquoted?: 'left' | 'right'
}

/** What a fact is about. */
export type FactKind = 'number' | 'date' | 'person' | 'organization' | 'place' | 'source'

/** A fact that differs between aligned paragraphs; equal facts are not reported. */
export interface FactChange {
  readonly kind: FactKind
  readonly status: 'added' | 'removed' | 'changed'
  readonly left: SideText | null
  readonly right: SideText | null
}

/** A headline or subheading and what the rewrite did to it. */
export interface TitleChange {
  readonly status: 'added' | 'removed' | 'changed' | 'unchanged'
  /** True for the article's headline (its first paragraph when that is a heading). */
  readonly headline: boolean
  readonly left: SideText | null
  readonly right: SideText | null
  readonly tokens?: ReadonlyArray<DiffToken>
}

/** Headline figures of a comparison. */
export interface ComparisonStats {
  /**
   * Wording kept, 0..1: the share of words kept verbatim (twice the unchanged words over the words
   * of both articles, boilerplate left out). A thorough rewrite of the same story scores low.
   */
  readonly similarity: number
  /**
   * Content shared, 0..1 per side: the share of each article's words in paragraphs the aligner
   * paired with the other article (reworded or not). A rewrite of the same story scores high.
   */
  readonly contentShared: { readonly left: number; readonly right: number }
  readonly wordsLeft: number
  readonly wordsRight: number
  readonly wordsAdded: number
  readonly wordsRemoved: number
  /** Rows by op; boilerplate rows are not counted. */
  readonly paragraphs: {
    readonly equal: number
    readonly changed: number
    readonly moved: number
    readonly split: number
    readonly merged: number
    readonly added: number
    readonly removed: number
  }
  readonly quotes: Readonly<Record<QuoteStatus, number>>
  readonly facts: Readonly<Record<FactChange['status'], number>>
  readonly titles: Readonly<Record<TitleChange['status'], number>>
}

/**
 * What the caller knows of an article besides its text (the library's metadata, the CLI's file),
 * so reports can say which version is which. Absent fields are unknown; '' means none.
 */
export interface ArticleProvenance {
  /** The file's name without its folder ('' for pasted text). */
  readonly fileName?: string
  /** The outlet that published it. */
  readonly source?: string
  /** The user's name for this version ("v2", "after legal"). */
  readonly label?: string
  /** When it was published, ISO 8601 (a date or a timestamp). */
  readonly publishedAt?: string
}

/** One article as the engine saw it, with the provenance its caller gave. */
export interface ComparedArticle extends ArticleProvenance {
  /** File path or library id the text came from ('' when unknown). */
  readonly path: string
  readonly title: string
  readonly paragraphs: ReadonlyArray<Paragraph>
  /**
   * The direction most of the article's letters run in ('rtl' for Hebrew or Arabic), for displays
   * and formats that cannot work it out from the text themselves. Absent in hand-made comparisons.
   */
  readonly direction?: TextDirection
}

/** The full result of comparing two articles: the `rewrite-lens/comparison@2` object. */
export interface Comparison {
  readonly schema: typeof COMPARISON_SCHEMA
  readonly options: CompareOptions
  readonly left: ComparedArticle
  readonly right: ComparedArticle
  readonly links: ReadonlyArray<ParagraphLink>
  readonly rows: ReadonlyArray<AlignedRow>
  readonly quotes: ReadonlyArray<QuoteChange>
  readonly facts: ReadonlyArray<FactChange>
  readonly titles: ReadonlyArray<TitleChange>
  readonly stats: ComparisonStats
}

/** An article handed to the engine: its text and where it came from. */
export interface ArticleInput extends ArticleProvenance {
  readonly path: string
  /** Title from metadata; when empty the engine uses the first heading or line. */
  readonly title?: string
  readonly text: string
}

/**
 * Word embeddings the aligner uses for semantic similarity. Lookups are by lower-cased word; the
 * engine never loads them itself (values in): the CLI and main read them from disk, the renderer's
 * worker receives the subset its two articles need.
 */
export interface WordVectors {
  readonly dimensions: number
  /** The unit-length vector of a lower-cased word, or undefined when the word is unknown. */
  vectorOf(word: string): Float32Array | undefined
  /**
   * The frequency rank of a lower-cased word in the corpus the vectors were trained on (1: the
   * commonest); a word the list lacks ranks after all of it. Without it the aligner judges chance
   * links by the two articles alone.
   */
  rankOf?(word: string): number
}
