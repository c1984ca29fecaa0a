import type { ReactNode } from 'react'
import type { CompareOptions } from '../../../core'
import type { RewriteLensApi } from '../../../shared/api'
import type { StoryClient } from './story-client'
import { StoryView } from './story-view'
import type { StoryActions } from './story-view'
import { useStory } from './use-story'

/** The story of the chosen articles, computed while the pane is open. */
export function StoryPane(props: {
  readonly api: Pick<RewriteLensApi, 'getArticle'>
  readonly client: StoryClient
  readonly ids: ReadonlyArray<string>
  readonly options: CompareOptions
  readonly actions: Omit<StoryActions, 'cancel' | 'retry'>
}): ReactNode {
  const [state, controls] = useStory(props.api, props.client, props.ids, props.options)
  return (
    <StoryView state={state} count={props.ids.length} actions={{ ...props.actions, ...controls }} />
  )
}
