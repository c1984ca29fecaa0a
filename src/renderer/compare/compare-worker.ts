/// <reference lib="webworker" />
import { compareArticles } from '../../core/compare-articles'
import type { StageRunner } from '../../core/compare-articles'
import { wordVectorsFromSubset } from '../../core/word-vectors'
import { vectorWords } from './vector-words'
import { warmUpEngine } from './warm-up'
import type { WorkerRequest, WorkerResponse } from './compare-protocol'

const scope = globalThis as unknown as DedicatedWorkerGlobalScope

function answer(request: WorkerRequest): WorkerResponse {
  switch (request.type) {
    case 'words':
      return {
        type: 'words',
        id: request.id,
        words: request.texts.map((text) => vectorWords([text])),
      }
    case 'compare': {
      const started = performance.now()
      const vectors = request.vectors ? wordVectorsFromSubset(request.vectors) : null
      // Each stage is announced as it starts; the page reads these while the engine runs on.
      const announce: StageRunner = (stage, run) => {
        scope.postMessage({ type: 'progress', id: request.id, stage } satisfies WorkerResponse)
        return run()
      }
      const comparison = compareArticles(
        request.left,
        request.right,
        request.options,
        vectors,
        announce,
      )
      return {
        type: 'compared',
        id: request.id,
        comparison,
        milliseconds: performance.now() - started,
      }
    }
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  let response: WorkerResponse
  try {
    response = answer(event.data)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    response = { type: 'failed', id: event.data.id, message }
  }
  scope.postMessage(response)
}

// The worker starts when the window opens: warming the engine now (off the page's thread) spares
// the first compare the engine's load and compile time. A request that arrives meanwhile waits in
// the worker's queue; a failure here only loses the head start.
try {
  warmUpEngine()
} catch {
  // The first real compare reports whatever is wrong.
}
