import type { CliCommand } from './cli-args'
import type { BatchResult } from './batch-pair'
import { MAX_BATCH_LINE_CHARS, parseBatchLine } from './batch-pair'
import { createInlinePool, createThreadPool } from './pair-pool'
import type { PairPool } from './pair-pool'
import { readSharedWordVectors, readWordVectors } from './read-word-vectors'
import type { CliIo } from './run-cli'
import { EXIT_INTERNAL, EXIT_USAGE } from './run-cli'

/** How many pairs per job may be read ahead of the one being written (bounds memory). */
const READ_AHEAD_PER_JOB = 4

/**
 * `rewrite-lens batch`: compares the pairs listed as JSON Lines on standard input and writes one
 * JSON line per pair, in input order, as soon as it and those before it are done. At most
 * `jobs × 4` pairs are held at once whatever the input's length, and input is read no faster than
 * output is taken, so memory stays flat.
 */
export async function runBatch(
  command: Extract<CliCommand, { kind: 'batch' }>,
  io: CliIo,
  createPool: (jobs: number) => PairPool | Promise<PairPool> = (jobs) =>
    defaultPool(jobs, command, io),
): Promise<number> {
  const started = Date.now()
  const pool = await createPool(command.jobs)
  const window = Math.max(1, pool.size) * READ_AHEAD_PER_JOB
  // Pairs in input order; each is written as soon as it and all before it are done.
  const queue: Array<{ result: BatchResult | null }> = []
  const counts = { compared: 0, failed: 0, crashed: 0 }
  let wake: (() => void) | null = null
  const writeDone = (): void => {
    while (queue[0]?.result) {
      const { result } = queue.shift() as { result: BatchResult }
      counts[result.status]++
      io.stdout(`${result.json}\n`)
    }
    wake?.()
    wake = null
  }
  const whileQueueHolds = async (most: number): Promise<void> => {
    while (queue.length > most) await new Promise<void>((resolve) => (wake = resolve))
  }

  try {
    let line = 0
    for await (const text of readLines(io.stdin ?? [])) {
      line++
      if (text.trim() === '') continue
      const entry: { result: BatchResult | null } = { result: null }
      queue.push(entry)
      void pool.compare(parseBatchLine(text, line)).then((result) => {
        entry.result = result
        writeDone()
      })
      await whileQueueHolds(window - 1)
      await io.drained?.()
    }
    await whileQueueHolds(0)
  } finally {
    await pool.close()
  }
  if (command.verbose)
    io.stderr(
      `rewrite-lens: compared ${counts.compared} pairs, ${counts.failed + counts.crashed} failed, ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s with ${pool.size} jobs.\n`,
    )
  return counts.crashed > 0 ? EXIT_INTERNAL : counts.failed > 0 ? EXIT_USAGE : 0
}

async function defaultPool(
  jobs: number,
  command: Extract<CliCommand, { kind: 'batch' }>,
  io: CliIo,
): Promise<PairPool> {
  const note = (message: string): void => {
    if (command.verbose) io.stderr(`rewrite-lens: ${message}\n`)
  }
  if (jobs > 1 && io.batchWorkerPath !== undefined)
    return createThreadPool(jobs, io.batchWorkerPath, {
      options: command.options,
      wordVectors: await readSharedWordVectors(io.wordVectorsPath, note, io.stderr),
    })
  const vectors = await readWordVectors(io.wordVectorsPath, note, io.stderr)
  return createInlinePool(command.options, async () => vectors)
}

/**
 * The lines of a stream, without their line ends. A line longer than batch accepts is cut to
 * just over the limit (the rest is skipped), so one endless line cannot fill memory.
 */
export async function* readLines(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder()
  let current = ''
  let overlong = false
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      const piece = overlong ? '' : text.slice(start, end)
      yield withoutCarriageReturn(current + piece)
      current = ''
      overlong = false
      start = end + 1
    }
    if (!overlong) {
      current += text.slice(start)
      if (current.length > MAX_BATCH_LINE_CHARS) {
        current = current.slice(0, MAX_BATCH_LINE_CHARS + 1)
        overlong = true
      }
    }
  }
  current += decoder.decode()
  if (current !== '') yield withoutCarriageReturn(current)
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}
