/// <reference lib="webworker" />
import { compareArticles, readWordVectorBytes } from '../../core'
import type { StageRunner, WordVectors } from '../../core'
import { serveRequests } from '../workers/serve-requests'
import { scheduleWarmUp, warmUpEngine } from './warm-up'
import type { WorkerRequest, WorkerResponse } from './compare-protocol'

// Set by the page's 'vectors' message; each compare looks its words up here, in this thread.
let vectors: WordVectors | null = null
// Set by the first compare asked for, which ends the warm-up passes.
let asked = false

serveRequests<WorkerRequest, WorkerResponse>(
  globalThis as unknown as DedicatedWorkerGlobalScope,
  (request, post) => {
    switch (request.type) {
      case 'vectors':
        vectors = request.bytes ? readWordVectorBytes(request.bytes) : null
        return null
      case 'compare': {
        asked = true
        const started = performance.now()
        // Each stage is announced as it starts; the page reads these while the engine runs on.
        const announce: StageRunner = (stage, run) => {
          post({ type: 'progress', id: request.id, stage, fraction: 0 })
          return run()
        }
        const comparison = compareArticles(
          request.left,
          request.right,
          request.options,
          vectors,
          announce,
          (stage, fraction) => post({ type: 'progress', id: request.id, stage, fraction }),
        )
        const milliseconds = performance.now() - started
        return { type: 'compared', id: request.id, comparison, milliseconds }
      }
    }
  },
)

// The worker starts when the window opens: warming the engine now (off the page's thread) spares
// the first compare the engine's load and compile time. The first pass runs at once. The others
// give V8 time to optimise the engine's hot code before the first click: they start after a pause
// (a person takes longer than that to pick two articles; an earlier click does not compete with
// them) and each is its own task, so a request waits for one pass at most. Measured in
// e2e/first-compare-speed.spec.ts: seed pair picked 2.5 s after opening, 256–303 ms with one pass,
// 190 ms with six. A failure here only loses the head start.
scheduleWarmUp({
  passes: 6,
  pause: 1000,
  run: () => void warmUpEngine(),
  stopped: () => asked,
  later: (next, milliseconds) => setTimeout(next, milliseconds),
})
