import type { Story, StoryArticleInput, StoryOptions, StoryProgress } from '../../../core'

/** What the page asks the story worker: the story, with the word-vector file's bytes (or null). */
export type StoryRequest = {
  readonly type: 'story'
  readonly id: number
  readonly inputs: ReadonlyArray<StoryArticleInput>
  readonly options: StoryOptions
  readonly vectors: Uint8Array | null
}

/** What the story worker answers, tagged with the request's id. */
export type StoryResponse =
  | { readonly type: 'progress'; readonly id: number; readonly progress: StoryProgress }
  | {
      readonly type: 'done'
      readonly id: number
      readonly story: Story
      readonly milliseconds: number
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
