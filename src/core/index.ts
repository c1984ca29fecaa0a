export * from './types'
export { assertNever } from './assert-never'
export { COMPARISON_STAGES, compareArticles, rowText } from './compare-articles'
export type { ComparisonStage, StageProgress, StageRunner } from './compare-articles'
export { progressCounter, progressSpan } from './progress'
export type { ProgressReport } from './progress'
export { listChanges } from './list-changes'
export type { ChangeCategory, ListedChange, ListedChanges } from './list-changes'
export { summarizeComparison, countWords } from './stats'
export { segmentArticle } from './segmentation/segment-article'
export { splitSentences } from './segmentation/sentences'
export { diffText } from './diff/word-diff'
export { alignParagraphs } from './alignment/align-paragraphs'
export type { Alignment, RowGroup } from './alignment/align-paragraphs'
export { compareQuotes } from './quotes/compare-quotes'
export { compareFacts } from './facts/compare-facts'
export { compareTitles } from './titles/compare-titles'
export { extractQuotes } from './quotes/extract-quotes'
export type { AttributionKind, QuotePart, Quotation } from './quotes/extract-quotes'
export { findQuoteSpans } from './quotes/quote-marks'
export type { QuoteSpan } from './quotes/quote-marks'
export { cosine, dotProduct, weightedMean } from './word-vectors'
export { readWordVectorBytes } from './word-vector-bytes'
export type { WordVectorFile } from './word-vector-bytes'
export { extractFacts } from './facts/extract-facts'
export { analyseText, learnNames } from './facts/entities'
export type { AnalysedText } from './facts/entities'
export type { Fact, NameLexicon } from './facts/fact'
export { findHeadline } from './titles/compare-titles'
export { splitNonEmptyLines } from './segmentation/segment-article'
export { splitSentenceRanges } from './text/sentences'
export type { TextSpan } from './text/sentences'
export {
  boilerplateSpans,
  contentText,
  isBoilerplateLine,
  removeSpans,
} from './segmentation/boilerplate'
export {
  headingText,
  isMarkdownHeading,
  isTitleCase,
  stripHeadingMarkup,
} from './segmentation/headings'
export { formatDiff, diffLeftText, diffRightText, needsChangeSeparator } from './diff/format-diff'
export { compoundWordSpans, compoundWordsOf, tokenizeText, wordSpans, wordsOf } from './text/words'
export type { TextToken, WordSpan } from './text/words'
export { stemWord } from './text/stem'
export {
  normalizeDashes,
  normalizeEllipsis,
  normalizeQuotes,
  normalizeSpaces,
  normalizeTypography,
} from './text/typography'
export { foldForComparison, isPunctuationOnly, stripPunctuation } from './text/fold'
export { segmentText } from './text/segments'
export type { TextSegment } from './text/segments'
export { compareStory, DEFAULT_STORY_OPTIONS } from './story/compare-story'
export type { StoryContext } from './story/compare-story'
export * from './story/story-types'
export { drawLineage, layoutLineage, LINEAGE_DRAWING_SIZE } from './story/lineage-layout'
export type {
  LineageDot,
  LineageDrawing,
  LineageDrawingSize,
  LineageLayout,
  LineageLine,
  LineageNode,
  LineageTree,
} from './story/lineage-layout'
export * from './story/reports'
export * from './reports'
export { deriveVersions, seededRandom, sentencesOf } from './story/derive-versions'
export type { DeriveOptions, DerivedVersion } from './story/derive-versions'
export { isUserError, UserError } from './user-error'
export { textDirection } from './text/direction'
export { TAG_PARENTS, WORD_LEXICON } from './text/word-lexicon'
export type { LexiconEntry } from './text/word-lexicon'
export type { TextDirection } from './text/direction'
export { orderVersionsByDate } from './story/order-versions'
