/// <reference lib="webworker" />
import { compareStory } from '../../../core/story/compare-story'
import type { StoryRequest, StoryResponse } from './story-protocol'

const scope = globalThis as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<StoryRequest>) => {
  const request = event.data
  const started = performance.now()
  let response: StoryResponse
  try {
    const story = compareStory(request.inputs, request.options, {
      onProgress: (progress) =>
        scope.postMessage({ type: 'progress', id: request.id, progress } satisfies StoryResponse),
    })
    response = { type: 'done', id: request.id, story, milliseconds: performance.now() - started }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    response = { type: 'failed', id: request.id, message }
  }
  scope.postMessage(response)
}
