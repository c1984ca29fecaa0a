/// <reference lib="webworker" />
import { compareStory } from '../../../core/story/compare-story'
import { wordVectorsFromSubset } from '../../../core/word-vectors'
import { vectorWords } from '../../compare/vector-words'
import type { StoryRequest, StoryResponse } from './story-protocol'

const scope = globalThis as unknown as DedicatedWorkerGlobalScope

function answer(request: StoryRequest): StoryResponse {
  switch (request.type) {
    case 'words':
      return { type: 'words', id: request.id, words: vectorWords(request.texts) }
    case 'story': {
      const started = performance.now()
      const story = compareStory(request.inputs, request.options, {
        vectors: request.vectors ? wordVectorsFromSubset(request.vectors) : null,
        onProgress: (progress) =>
          scope.postMessage({ type: 'progress', id: request.id, progress } satisfies StoryResponse),
      })
      return { type: 'done', id: request.id, story, milliseconds: performance.now() - started }
    }
  }
}

scope.onmessage = (event: MessageEvent<StoryRequest>) => {
  let response: StoryResponse
  try {
    response = answer(event.data)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    response = { type: 'failed', id: event.data.id, message }
  }
  scope.postMessage(response)
}
