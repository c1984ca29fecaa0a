import type {
  Story,
  StoryArticleInput,
  StoryOptions,
  StoryProgress,
} from '../../../core/story/story-types'

/** What the page asks the story worker. */
export interface StoryRequest {
  readonly id: number
  readonly inputs: ReadonlyArray<StoryArticleInput>
  readonly options: StoryOptions
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
