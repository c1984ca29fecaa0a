import type { Story, StoryArticleInput, StoryOptions, StoryProgress } from '../../../core'
import type { WordVectorFile } from '../../compare/word-vector-file'
import type { StoryRequest, StoryResponse } from './story-protocol'

/** The part of `Worker` the client uses, so tests can pass a fake. */
export interface StoryWorkerLike {
  postMessage(message: StoryRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<StoryResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

/** Rejects a story that was cancelled or replaced; callers ignore it. */
export class StoryCancelledError extends Error {
  constructor() {
    super('rewrite-lens: the story was cancelled.')
    this.name = 'StoryCancelledError'
  }
}

/**
 * Computes one story at a time in a worker of its own. The engine is synchronous, so cancelling
 * terminates the worker; the next story starts a fresh one.
 */
export class StoryClient {
  private worker: StoryWorkerLike | null = null
  private pending: { readonly id: number; readonly reject: (error: Error) => void } | null = null
  private nextId = 1
  /** Counts calls and cancels, so a story cancelled while its vectors load never starts. */
  private generation = 0

  constructor(
    private readonly createWorker: () => StoryWorkerLike,
    private readonly vectorFile: Pick<WordVectorFile, 'load'>,
  ) {}

  /**
   * Compares the versions off the UI thread, reporting progress as the engine goes; the worker gets
   * the word-vector file's bytes with the request and looks its words up there.
   */
  async compare(
    inputs: ReadonlyArray<StoryArticleInput>,
    options: StoryOptions,
    onProgress: (progress: StoryProgress) => void,
  ): Promise<{ readonly story: Story; readonly milliseconds: number }> {
    const generation = ++this.generation
    const vectors = await this.vectorFile.load()
    if (generation !== this.generation) throw new StoryCancelledError()
    const response = await this.run(
      (id) => ({ type: 'story', id, inputs, options, vectors }),
      onProgress,
    )
    if (response.type !== 'done') throw new Error('rewrite-lens: unexpected story worker answer.')
    return { story: response.story, milliseconds: response.milliseconds }
  }

  private run(
    build: (id: number) => StoryRequest,
    onProgress: (progress: StoryProgress) => void,
  ): Promise<Exclude<StoryResponse, { type: 'progress' } | { type: 'failed' }>> {
    this.cancel()
    const id = this.nextId++
    const worker = this.createWorker()
    this.worker = worker
    return new Promise((resolve, reject) => {
      this.pending = { id, reject }
      const finish = (): void => {
        this.pending = null
        worker.terminate()
        if (this.worker === worker) this.worker = null
      }
      worker.onmessage = (event) => {
        const response = event.data
        if (response.id !== id || this.pending?.id !== id) return
        switch (response.type) {
          case 'progress':
            onProgress(response.progress)
            return
          case 'done':
            finish()
            resolve(response)
            return
          case 'failed':
            finish()
            reject(new Error(`The story could not be compared (${response.message}).`))
            return
        }
      }
      worker.onerror = (event) => {
        if (this.pending?.id !== id) return
        finish()
        reject(new Error(`The story comparison stopped unexpectedly (${event.message}).`))
      }
      worker.postMessage(build(id))
    })
  }

  /** Stops the story in flight; its promise rejects with `StoryCancelledError`. */
  cancel(): void {
    this.generation++
    const pending = this.pending
    this.pending = null
    this.worker?.terminate()
    this.worker = null
    pending?.reject(new StoryCancelledError())
  }
}

/** Starts the story worker; Vite bundles it as a same-origin module file, which the CSP allows. */
export function createStoryWorker(): StoryWorkerLike {
  return new Worker(new URL('./story-worker.ts', import.meta.url), {
    type: 'module',
    name: 'story',
  }) as unknown as StoryWorkerLike
}
