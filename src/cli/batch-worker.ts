// A batch worker thread: compares the pairs the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads'
import { runBatchTask } from './batch-pair'
import type { BatchWorkerData, BatchWorkerRequest, BatchWorkerResponse } from './pair-pool'
import { wordVectorsOfShared } from './read-word-vectors'

const data = workerData as BatchWorkerData
// The main thread read and checked the file (and said what was wrong with it) before sharing it.
const vectors = wordVectorsOfShared(data.wordVectors)

parentPort?.on('message', (request: BatchWorkerRequest) => {
  void runBatchTask(request.task, data.options, vectors).then((result) => {
    parentPort?.postMessage({ seq: request.seq, result } satisfies BatchWorkerResponse)
  })
})
