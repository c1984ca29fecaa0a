// A batch worker thread: compares the pairs the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads'
import { runBatchTask } from './batch-pair'
import type { BatchWorkerData, BatchWorkerRequest, BatchWorkerResponse } from './pair-pool'
import { readWordVectors } from './read-word-vectors'

const data = workerData as BatchWorkerData
// The main thread already warned about a missing or damaged file; workers stay quiet.
const vectors = readWordVectors(
  data.wordVectorsPath ?? undefined,
  () => {},
  () => {},
)

parentPort?.on('message', (request: BatchWorkerRequest) => {
  void vectors
    .then((loaded) => runBatchTask(request.task, data.options, loaded))
    .then((result) => {
      parentPort?.postMessage({ seq: request.seq, result } satisfies BatchWorkerResponse)
    })
})
