import { Worker } from 'node:worker_threads'
import type { CompareOptions, WordVectors } from '../core'
import type { BatchResult, BatchTask } from './batch-pair'
import { failed, runBatchTask } from './batch-pair'
import type { SharedWordVectors } from './read-word-vectors'

/** Compares batch tasks, several at once when it has workers. */
export interface PairPool {
  /** How many tasks it runs at once. */
  readonly size: number
  compare(task: BatchTask): Promise<BatchResult>
  close(): Promise<void>
}

/** What a batch worker thread is started with. */
export interface BatchWorkerData {
  readonly options: CompareOptions
  /** The word-vector file's bytes, read once by the main thread and shared by every worker. */
  readonly wordVectors: SharedWordVectors | null
}

/** A message to a batch worker, and its answer. */
export interface BatchWorkerRequest {
  readonly seq: number
  readonly task: BatchTask
}
/** What a batch worker answers for one {@link BatchWorkerRequest}. */
export interface BatchWorkerResponse {
  readonly seq: number
  readonly result: BatchResult
}

/** Runs the tasks one at a time on this thread (one job, or no built worker script). */
export function createInlinePool(
  options: CompareOptions,
  vectors: () => Promise<WordVectors | null>,
): PairPool {
  return {
    size: 1,
    compare: async (task) => runBatchTask(task, options, await vectors()),
    close: async () => {},
  }
}

interface Busy {
  readonly seq: number
  readonly task: BatchTask
  readonly resolve: (result: BatchResult) => void
}

/**
 * `size` worker threads running src/cli/batch-worker.ts (built to out/cli/batch-worker.mjs), each
 * with its own engine and word vectors. A thread that dies fails the pair it held, and is replaced;
 * when no thread can start, every pair fails with the reason instead of waiting forever.
 */
export function createThreadPool(
  size: number,
  workerPath: string,
  data: BatchWorkerData,
): PairPool {
  let nextSeq = 0
  const idle: Worker[] = []
  const busy = new Map<Worker, Busy>()
  const waiting: Array<{ readonly task: BatchTask; readonly resolve: (r: BatchResult) => void }> =
    []
  let live = 0
  let closing = false
  let lastFailure = 'a worker thread stopped'

  const crashed = (task: BatchTask, reason: string): BatchResult =>
    failed(
      task.line,
      task.id,
      `rewrite-lens: internal error (${reason}); please report it with the two files.`,
      'crashed',
    )

  const start = (): void => {
    const worker = new Worker(workerPath, { workerData: data })
    live++
    let gone = false
    // A thread that fails (an error, or an exit nobody asked for) fails the pair it held. It is
    // replaced only if it was working on a pair: one that cannot even start would fail forever.
    const lose = (reason: string): void => {
      if (gone || closing) return
      gone = true
      live--
      lastFailure = reason
      const job = busy.get(worker)
      busy.delete(worker)
      const at = idle.indexOf(worker)
      if (at >= 0) idle.splice(at, 1)
      if (job) {
        job.resolve(crashed(job.task, reason))
        start()
        release(idle.pop())
      } else if (live === 0) {
        for (const next of waiting.splice(0)) next.resolve(crashed(next.task, reason))
      }
    }
    worker.on('message', (response: BatchWorkerResponse) => {
      const job = busy.get(worker)
      if (!job || job.seq !== response.seq) return
      busy.delete(worker)
      job.resolve(response.result)
      release(worker)
    })
    worker.on('error', (error) => lose(error.message))
    worker.on('exit', (code) => lose(`a worker thread exited with code ${code}`))
    idle.push(worker)
  }

  const release = (worker: Worker | undefined): void => {
    if (!worker) return
    const next = waiting.shift()
    if (next) dispatch(worker, next.task, next.resolve)
    else idle.push(worker)
  }

  const dispatch = (worker: Worker, task: BatchTask, resolve: (r: BatchResult) => void): void => {
    const seq = nextSeq++
    busy.set(worker, { seq, task, resolve })
    worker.postMessage({ seq, task } satisfies BatchWorkerRequest)
  }

  for (let k = 0; k < size; k++) start()

  return {
    size,
    compare: (task) =>
      new Promise<BatchResult>((resolve) => {
        const worker = idle.pop()
        if (worker) dispatch(worker, task, resolve)
        else if (live === 0) resolve(crashed(task, lastFailure))
        else waiting.push({ task, resolve })
      }),
    close: async () => {
      closing = true
      await Promise.all([...idle, ...busy.keys()].map((worker) => worker.terminate()))
    },
  }
}
