import type { ArticleInput, CompareOptions, Comparison, ComparisonStage } from '../../core'
import type { WorkerRequest, WorkerResponse } from './compare-protocol'

/** The part of `Worker` the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

/** Rejects a request that a newer one replaced; callers ignore it. */
export class StaleRequestError extends Error {
  constructor() {
    super('rewrite-lens: a newer comparison replaced this one.')
    this.name = 'StaleRequestError'
  }
}

interface Pending {
  readonly id: number
  readonly resolve: (response: WorkerResponse) => void
  readonly reject: (error: Error) => void
  readonly onProgress?: (stage: ComparisonStage, fraction: number) => void
}

/**
 * Runs one request at a time in a worker. A new request cancels the one in flight: the engine is
 * synchronous, so the busy worker is terminated and a fresh one started rather than waited on.
 */
export class CompareClient {
  private worker: WorkerLike | null = null
  /** The vector bytes the current worker was given (undefined: none sent to it yet). */
  private workerVectors: Uint8Array | null | undefined = undefined
  /** The bytes every new worker gets first (undefined: not known yet). */
  private vectors: Uint8Array | null | undefined = undefined
  private pending: Pending | null = null
  private nextId = 1

  constructor(private readonly createWorker: () => WorkerLike) {}

  /**
   * Starts the worker ahead of the first request (it warms the engine as it starts), so the first
   * compare does not pay for it; given the word-vector bytes, hands them to it now too.
   */
  warmUp(vectors?: Uint8Array | null): void {
    if (vectors !== undefined) this.vectors = vectors
    this.ensureWorker()
  }

  /**
   * Compares two articles off the UI thread, reporting each engine stage as it starts and how far
   * a long one has got (0 to 1). `vectors`
   * are the word-vector file's bytes: a worker gets them once (a copy, which is one memory copy
   * for a typed array) and looks words up in them itself.
   */
  async compare(
    left: ArticleInput,
    right: ArticleInput,
    options: CompareOptions,
    vectors: Uint8Array | null,
    onProgress?: (stage: ComparisonStage, fraction: number) => void,
  ): Promise<{ readonly comparison: Comparison; readonly milliseconds: number }> {
    this.vectors = vectors
    const response = await this.run(
      (id) => ({ type: 'compare', id, left, right, options }),
      onProgress,
    )
    if (response.type !== 'compared') throw new Error('rewrite-lens: unexpected worker answer.')
    return response
  }

  /**
   * Cancels whatever is in flight (its promise rejects with `StaleRequestError`). The busy worker
   * is ended and a fresh one started at once, so it is warm again by the next compare.
   */
  cancel(): void {
    if (!this.pending) return
    this.pending.reject(new StaleRequestError())
    this.pending = null
    this.worker?.terminate()
    this.worker = null
    this.ensureWorker()
  }

  /** Stops the worker for good. */
  dispose(): void {
    this.pending?.reject(new StaleRequestError())
    this.pending = null
    this.worker?.terminate()
    this.worker = null
  }

  private run(
    build: (id: number) => WorkerRequest,
    onProgress?: (stage: ComparisonStage, fraction: number) => void,
  ): Promise<WorkerResponse> {
    this.cancel()
    const id = this.nextId++
    const worker = this.ensureWorker()
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.pending = { id, resolve, reject, ...(onProgress ? { onProgress } : {}) }
      worker.postMessage(build(id))
    })
  }

  private ensureWorker(): WorkerLike {
    const worker = this.worker ?? this.startWorker()
    // Messages are handled in order, so the vectors are in place before any later compare.
    if (this.vectors !== undefined && this.workerVectors !== this.vectors) {
      worker.postMessage({ type: 'vectors', id: this.nextId++, bytes: this.vectors })
      this.workerVectors = this.vectors
    }
    return worker
  }

  private startWorker(): WorkerLike {
    this.workerVectors = undefined
    const worker = this.createWorker()
    worker.onmessage = (event) => this.settle(event.data)
    worker.onerror = (event) => {
      const pending = this.pending
      this.pending = null
      this.worker?.terminate()
      this.worker = null
      pending?.reject(new Error(`The comparison stopped unexpectedly (${event.message}).`))
    }
    this.worker = worker
    return worker
  }

  private settle(response: WorkerResponse): void {
    const pending = this.pending
    if (!pending || pending.id !== response.id) return
    if (response.type === 'progress') {
      pending.onProgress?.(response.stage, response.fraction)
      return
    }
    this.pending = null
    if (response.type === 'failed') {
      pending.reject(new Error(`The comparison failed: ${response.message}`))
    } else {
      pending.resolve(response)
    }
  }
}
