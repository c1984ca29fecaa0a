/// <reference lib="webworker" />
import { compareStory, readWordVectorBytes } from '../../../core'
import { serveRequests } from '../../workers/serve-requests'
import type { StoryRequest, StoryResponse } from './story-protocol'

serveRequests<StoryRequest, StoryResponse>(
  globalThis as unknown as DedicatedWorkerGlobalScope,
  (request, post) => {
    const started = performance.now()
    const story = compareStory(request.inputs, request.options, {
      vectors: request.vectors ? readWordVectorBytes(request.vectors) : null,
      onProgress: (progress) => post({ type: 'progress', id: request.id, progress }),
    })
    return { type: 'done', id: request.id, story, milliseconds: performance.now() - started }
  },
)
