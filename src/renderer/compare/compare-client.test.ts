import { describe, expect, it } from 'vitest'
import { DEFAULT_COMPARE_OPTIONS } from '../../core/types'
import { CompareClient, StaleRequestError } from './compare-client'
import type { WorkerLike } from './compare-client'
import type { WorkerRequest, WorkerResponse } from './compare-protocol'

/** A worker that records requests and answers only when the test says so. */
class FakeWorker implements WorkerLike {
  readonly received: WorkerRequest[] = []
  terminated = false
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null

  postMessage(message: WorkerRequest): void {
    this.received.push(message)
  }

  terminate(): void {
    this.terminated = true
  }

  answer(response: WorkerResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>)
  }
}

function setup(): { client: CompareClient; workers: FakeWorker[] } {
  const workers: FakeWorker[] = []
  const client = new CompareClient(() => {
    const worker = new FakeWorker()
    workers.push(worker)
    return worker
  })
  return { client, workers }
}

const article = (text: string) => ({ path: text, text })

describe('CompareClient', () => {
  it('sends a request and resolves with the matching answer', async () => {
    const { client, workers } = setup()
    const words = client.words(['Some text'])
    const worker = workers[0]!
    const request = worker.received[0]!
    worker.answer({ type: 'words', id: request.id, words: [['some', 'text']] })
    await expect(words).resolves.toEqual([['some', 'text']])
  })

  it('terminates a busy worker when a newer request arrives and rejects the stale one', async () => {
    const { client, workers } = setup()
    const first = client.compare(article('a'), article('b'), DEFAULT_COMPARE_OPTIONS, null)
    const second = client.compare(article('a'), article('c'), DEFAULT_COMPARE_OPTIONS, null)
    await expect(first).rejects.toBeInstanceOf(StaleRequestError)
    expect(workers).toHaveLength(2)
    expect(workers[0]!.terminated).toBe(true)
    const request = workers[1]!.received[0]!
    expect(request.type === 'compare' && request.right.text).toBe('c')
    workers[1]!.answer({ type: 'failed', id: request.id, message: 'boom' })
    await expect(second).rejects.toThrow('The comparison failed: boom')
  })

  it('reuses an idle worker and ignores answers to cancelled requests', async () => {
    const { client, workers } = setup()
    const first = client.words(['a'])
    const firstId = workers[0]!.received[0]!.id
    workers[0]!.answer({ type: 'words', id: firstId, words: [['a']] })
    await first
    const second = client.words(['b'])
    expect(workers).toHaveLength(1)
    workers[0]!.answer({ type: 'words', id: firstId, words: [['stale']] })
    workers[0]!.answer({ type: 'words', id: workers[0]!.received[1]!.id, words: [['b']] })
    await expect(second).resolves.toEqual([['b']])
  })

  it('reports a crashed worker in a sentence and starts a new one next time', async () => {
    const { client, workers } = setup()
    const pending = client.words(['a'])
    workers[0]!.onerror?.({ message: 'out of memory' } as ErrorEvent)
    await expect(pending).rejects.toThrow('The comparison stopped unexpectedly (out of memory).')
    void client.words(['b'])
    expect(workers).toHaveLength(2)
  })

  it('passes stage progress on and resolves with the final answer', async () => {
    const { client, workers } = setup()
    const stages: string[] = []
    const compared = client.compare(
      article('a'),
      article('b'),
      DEFAULT_COMPARE_OPTIONS,
      null,
      (stage) => stages.push(stage),
    )
    const id = workers[0]!.received[0]!.id
    workers[0]!.answer({ type: 'progress', id, stage: 'segmentation' })
    workers[0]!.answer({ type: 'progress', id: id + 99, stage: 'diff' })
    workers[0]!.answer({ type: 'progress', id, stage: 'alignment' })
    workers[0]!.answer({ type: 'failed', id, message: 'boom' })
    await expect(compared).rejects.toThrow('boom')
    expect(stages).toEqual(['segmentation', 'alignment'])
  })

  it('cancels the request in flight by ending its worker', async () => {
    const { client, workers } = setup()
    const compared = client.compare(article('a'), article('b'), DEFAULT_COMPARE_OPTIONS, null)
    client.cancel()
    await expect(compared).rejects.toBeInstanceOf(StaleRequestError)
    expect(workers[0]!.terminated).toBe(true)
  })
})
