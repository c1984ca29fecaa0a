import { describe, expect, it } from 'vitest'
import { DEFAULT_COMPARE_OPTIONS } from '../../core'
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

const compareRequests = (worker: FakeWorker) =>
  worker.received.filter((request) => request.type === 'compare')

const BYTES = new Uint8Array([1, 2, 3])

describe('CompareClient', () => {
  it('sends a request and resolves with the matching answer', async () => {
    const { client, workers } = setup()
    const compared = client.compare(article('a'), article('b'), DEFAULT_COMPARE_OPTIONS, null)
    const worker = workers[0]!
    const request = compareRequests(worker)[0]!
    const comparison = { schema: 'rewrite-lens/comparison@2' } as never
    worker.answer({ type: 'compared', id: request.id, comparison, milliseconds: 3 })
    await expect(compared).resolves.toEqual({
      type: 'compared',
      id: request.id,
      comparison,
      milliseconds: 3,
    })
  })

  it('hands each worker the vector bytes once, before its first compare', async () => {
    const { client, workers } = setup()
    client.warmUp()
    expect(workers[0]!.received).toEqual([])
    client.warmUp(BYTES)
    void client.compare(article('a'), article('b'), DEFAULT_COMPARE_OPTIONS, BYTES)
    const first = compareRequests(workers[0]!)[0]!
    workers[0]!.answer({ type: 'compared', id: first.id, comparison: {} as never, milliseconds: 1 })
    const second = client.compare(article('a'), article('c'), DEFAULT_COMPARE_OPTIONS, BYTES)
    expect(workers[0]!.received.map((request) => request.type)).toEqual([
      'vectors',
      'compare',
      'compare',
    ])
    const sent = workers[0]!.received[0]!
    expect(sent.type === 'vectors' && sent.bytes).toBe(BYTES)
    // Cancelling ends the busy worker and starts the next one at once, vectors first.
    client.cancel()
    await expect(second).rejects.toBeInstanceOf(StaleRequestError)
    expect(workers).toHaveLength(2)
    expect(workers[1]!.received.map((request) => request.type)).toEqual(['vectors'])
  })

  it('terminates a busy worker when a newer request arrives and rejects the stale one', async () => {
    const { client, workers } = setup()
    const first = client.compare(article('a'), article('b'), DEFAULT_COMPARE_OPTIONS, null)
    const second = client.compare(article('a'), article('c'), DEFAULT_COMPARE_OPTIONS, null)
    await expect(first).rejects.toBeInstanceOf(StaleRequestError)
    expect(workers).toHaveLength(2)
    expect(workers[0]!.terminated).toBe(true)
    const request = compareRequests(workers[1]!)[0]!
    expect(request.type === 'compare' && request.right.text).toBe('c')
    workers[1]!.answer({ type: 'failed', id: request.id, message: 'boom' })
    await expect(second).rejects.toThrow('The comparison failed: boom')
  })

  it('reuses an idle worker and ignores answers to cancelled requests', async () => {
    const { client, workers } = setup()
    const first = client.compare(article('a'), article('b'), DEFAULT_COMPARE_OPTIONS, null)
    const firstId = compareRequests(workers[0]!)[0]!.id
    const comparison = (text: string) => ({ text }) as never
    workers[0]!.answer({
      type: 'compared',
      id: firstId,
      comparison: comparison('first'),
      milliseconds: 1,
    })
    await first
    const second = client.compare(article('a'), article('c'), DEFAULT_COMPARE_OPTIONS, null)
    expect(workers).toHaveLength(1)
    workers[0]!.answer({
      type: 'compared',
      id: firstId,
      comparison: comparison('stale'),
      milliseconds: 1,
    })
    const secondId = compareRequests(workers[0]!)[1]!.id
    workers[0]!.answer({
      type: 'compared',
      id: secondId,
      comparison: comparison('second'),
      milliseconds: 1,
    })
    await expect(second).resolves.toMatchObject({ comparison: { text: 'second' } })
  })

  it('reports a crashed worker in a sentence and starts a new one next time', async () => {
    const { client, workers } = setup()
    const pending = client.compare(article('a'), article('b'), DEFAULT_COMPARE_OPTIONS, BYTES)
    workers[0]!.onerror?.({ message: 'out of memory' } as ErrorEvent)
    await expect(pending).rejects.toThrow('The comparison stopped unexpectedly (out of memory).')
    void client.compare(article('a'), article('b'), DEFAULT_COMPARE_OPTIONS, BYTES)
    expect(workers).toHaveLength(2)
    expect(workers[1]!.received.map((request) => request.type)).toEqual(['vectors', 'compare'])
  })

  it('passes stage progress on and resolves with the final answer', async () => {
    const { client, workers } = setup()
    const stages: string[] = []
    const compared = client.compare(
      article('a'),
      article('b'),
      DEFAULT_COMPARE_OPTIONS,
      null,
      (stage, fraction) => stages.push(`${stage} ${fraction}`),
    )
    const id = compareRequests(workers[0]!)[0]!.id
    workers[0]!.answer({ type: 'progress', id, stage: 'segmentation', fraction: 0 })
    workers[0]!.answer({ type: 'progress', id: id + 99, stage: 'diff', fraction: 0 })
    workers[0]!.answer({ type: 'progress', id, stage: 'alignment', fraction: 0 })
    workers[0]!.answer({ type: 'progress', id, stage: 'alignment', fraction: 0.42 })
    workers[0]!.answer({ type: 'failed', id, message: 'boom' })
    await expect(compared).rejects.toThrow('boom')
    expect(stages).toEqual(['segmentation 0', 'alignment 0', 'alignment 0.42'])
  })

  it('cancels the request in flight by ending its worker', async () => {
    const { client, workers } = setup()
    const compared = client.compare(article('a'), article('b'), DEFAULT_COMPARE_OPTIONS, null)
    client.cancel()
    await expect(compared).rejects.toBeInstanceOf(StaleRequestError)
    expect(workers[0]!.terminated).toBe(true)
  })
})
