import type {
  Story,
  StoryArticleInput,
  StoryOptions,
  StoryProgress,
} from '../../../core/story/story-types'
import type { WordVectorSubset } from '../../../shared/api'

/** What the page asks the story worker: the words to look vectors up for, or the story itself. */
export type StoryRequest =
  | { readonly type: 'words'; readonly id: number; readonly texts: ReadonlyArray<string> }
  | {
      readonly type: 'story'
      readonly id: number
      readonly inputs: ReadonlyArray<StoryArticleInput>
      readonly options: StoryOptions
      readonly vectors: WordVectorSubset | null
    }

/** What the story worker answers, tagged with the request's id. */
export type StoryResponse =
  | { readonly type: 'words'; readonly id: number; readonly words: ReadonlyArray<string> }
  | { readonly type: 'progress'; readonly id: number; readonly progress: StoryProgress }
  | {
      readonly type: 'done'
      readonly id: number
      readonly story: Story
      readonly milliseconds: number
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
