import type { ComparisonStage } from '../../core/compare-articles'
import type { ArticleInput, CompareOptions, Comparison } from '../../core/types'
import type { WordVectorSubset } from '../../shared/api'

/** What the page asks the compare worker. */
export type WorkerRequest =
  | { readonly type: 'words'; readonly id: number; readonly texts: ReadonlyArray<string> }
  | {
      readonly type: 'compare'
      readonly id: number
      readonly left: ArticleInput
      readonly right: ArticleInput
      readonly options: CompareOptions
      readonly vectors: WordVectorSubset | null
    }

/** What the compare worker answers, tagged with the request's id. */
export type WorkerResponse =
  | {
      readonly type: 'words'
      readonly id: number
      /** One list per requested text, in order. */
      readonly words: ReadonlyArray<ReadonlyArray<string>>
    }
  | {
      readonly type: 'compared'
      readonly id: number
      readonly comparison: Comparison
      readonly milliseconds: number
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  /** Sent as each stage of a comparison starts, before the final answer. */
  | { readonly type: 'progress'; readonly id: number; readonly stage: ComparisonStage }
