/// <reference lib="webworker" />
import { compareArticles } from '../../core/compare-articles'
import type { StageRunner } from '../../core/compare-articles'
import type { WordVectors } from '../../core/types'
import { readWordVectorBytes } from '../../core/word-vector-bytes'
import { serveRequests } from '../workers/serve-requests'
import { warmUpEngine } from './warm-up'
import type { WorkerRequest, WorkerResponse } from './compare-protocol'

// Set by the page's 'vectors' message; each compare looks its words up here, in this thread.
let vectors: WordVectors | null = null

serveRequests<WorkerRequest, WorkerResponse>(
  globalThis as unknown as DedicatedWorkerGlobalScope,
  (request, post) => {
    switch (request.type) {
      case 'vectors':
        vectors = request.bytes ? readWordVectorBytes(request.bytes) : null
        return null
      case 'compare': {
        const started = performance.now()
        // Each stage is announced as it starts; the page reads these while the engine runs on.
        const announce: StageRunner = (stage, run) => {
          post({ type: 'progress', id: request.id, stage })
          return run()
        }
        const comparison = compareArticles(
          request.left,
          request.right,
          request.options,
          vectors,
          announce,
        )
        const milliseconds = performance.now() - started
        return { type: 'compared', id: request.id, comparison, milliseconds }
      }
    }
  },
)

// The worker starts when the window opens: warming the engine now (off the page's thread) spares
// the first compare the engine's load and compile time. A request that arrives meanwhile waits in
// the worker's queue; a failure here only loses the head start.
try {
  warmUpEngine()
} catch {
  // The first real compare reports whatever is wrong.
}
