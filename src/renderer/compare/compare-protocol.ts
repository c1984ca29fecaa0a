import type { ArticleInput, CompareOptions, Comparison, ComparisonStage } from '../../core'

/** What the page asks the compare worker. */
export type WorkerRequest =
  /**
   * The word-vector file's bytes (or null: none), sent once to each new worker before its first
   * compare; the worker looks words up in them itself, so a compare sends only the two texts.
   */
  | { readonly type: 'vectors'; readonly id: number; readonly bytes: Uint8Array | null }
  | {
      readonly type: 'compare'
      readonly id: number
      readonly left: ArticleInput
      readonly right: ArticleInput
      readonly options: CompareOptions
    }

/** What the compare worker answers, tagged with the request's id. */
export type WorkerResponse =
  | {
      readonly type: 'compared'
      readonly id: number
      readonly comparison: Comparison
      readonly milliseconds: number
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  /**
   * Sent as each stage of a comparison starts (fraction 0), and as a long stage goes on (fraction
   * up to 1: see core's StageProgress), before the final answer.
   */
  | {
      readonly type: 'progress'
      readonly id: number
      readonly stage: ComparisonStage
      readonly fraction: number
    }
