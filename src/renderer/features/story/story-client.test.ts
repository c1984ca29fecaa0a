import { describe, expect, it } from 'vitest'
import { DEFAULT_STORY_OPTIONS } from '../../../core'
import type { StoryProgress } from '../../../core'
import { StoryCancelledError, StoryClient } from './story-client'
import type { StoryWorkerLike } from './story-client'
import type { StoryRequest, StoryResponse } from './story-protocol'

/** A worker that records what it is asked and answers only when told to. */
function fakeWorkers() {
  const made: Array<StoryWorkerLike & { requests: StoryRequest[]; terminated: boolean }> = []
  const create = (): StoryWorkerLike => {
    const worker = {
      requests: [] as StoryRequest[],
      terminated: false,
      onmessage: null as StoryWorkerLike['onmessage'],
      onerror: null as StoryWorkerLike['onerror'],
      postMessage(message: StoryRequest) {
        worker.requests.push(message)
      },
      terminate() {
        worker.terminated = true
      },
    }
    made.push(worker)
    return worker
  }
  const answer = (index: number, response: StoryResponse): void =>
    made[index]!.onmessage?.({ data: response } as MessageEvent<StoryResponse>)
  return { made, create, answer }
}

/** The window's vector file, already fetched. */
const BYTES = new Uint8Array([1, 2, 3])
const vectorFile = { load: async () => BYTES }

/** Lets the client's wait for the vector file end, so its worker has been started. */
const started = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

const INPUTS = [
  { path: 'a', text: 'One.' },
  { path: 'b', text: 'Two.' },
]

describe('StoryClient', () => {
  it('reports progress, then resolves with the story and ends its worker', async () => {
    const workers = fakeWorkers()
    const client = new StoryClient(workers.create, vectorFile)
    const seen: StoryProgress[] = []
    const running = client.compare(INPUTS, DEFAULT_STORY_OPTIONS, (progress) => seen.push(progress))
    await started()
    const id = workers.made[0]!.requests[0]!.id
    workers.answer(0, { type: 'progress', id, progress: { done: 1, total: 4, step: 'reading' } })
    const story = { schema: 'rewrite-lens/story@1' } as never
    workers.answer(0, { type: 'done', id, story, milliseconds: 5 })
    await expect(running).resolves.toEqual({ story, milliseconds: 5 })
    expect(seen).toEqual([{ done: 1, total: 4, step: 'reading' }])
    expect(workers.made[0]!.terminated).toBe(true)
  })

  it('cancels by ending the busy worker; a late answer is ignored', async () => {
    const workers = fakeWorkers()
    const client = new StoryClient(workers.create, vectorFile)
    const running = client.compare(INPUTS, DEFAULT_STORY_OPTIONS, () => undefined)
    await started()
    const id = workers.made[0]!.requests[0]!.id
    client.cancel()
    await expect(running).rejects.toBeInstanceOf(StoryCancelledError)
    expect(workers.made[0]!.terminated).toBe(true)
    workers.answer(0, { type: 'done', id, story: {} as never, milliseconds: 1 })
    // A new story starts a fresh worker.
    void client.compare(INPUTS, DEFAULT_STORY_OPTIONS, () => undefined).catch(() => undefined)
    await started()
    expect(workers.made).toHaveLength(2)
    client.cancel()
  })

  it('hands the worker the vector bytes with the story', async () => {
    const workers = fakeWorkers()
    const client = new StoryClient(workers.create, vectorFile)
    void client.compare(INPUTS, DEFAULT_STORY_OPTIONS, () => undefined).catch(() => undefined)
    await started()
    expect(workers.made[0]!.requests[0]).toMatchObject({ type: 'story', vectors: BYTES })
    client.cancel()
  })

  it('never starts a story cancelled while the vector file was loading', async () => {
    const workers = fakeWorkers()
    const client = new StoryClient(workers.create, vectorFile)
    const running = client.compare(INPUTS, DEFAULT_STORY_OPTIONS, () => undefined)
    client.cancel()
    await expect(running).rejects.toBeInstanceOf(StoryCancelledError)
    expect(workers.made).toHaveLength(0)
  })

  it('turns a worker failure into one sentence', async () => {
    const workers = fakeWorkers()
    const client = new StoryClient(workers.create, vectorFile)
    const running = client.compare(INPUTS, DEFAULT_STORY_OPTIONS, () => undefined)
    await started()
    const id = workers.made[0]!.requests[0]!.id
    workers.answer(0, { type: 'failed', id, message: 'out of memory' })
    await expect(running).rejects.toThrow('The story could not be compared (out of memory).')
  })
})
