import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_CLI, builtCliSkipReason } from './built-cli.test-helper'
import { COMPARISON_SCHEMA } from '../core'
import type { BatchResult, BatchTask } from './batch-pair'
import { runBatch, readLines } from './batch-command'
import type { PairPool } from './pair-pool'
import { runCli } from './run-cli'
import type { CliIo } from './run-cli'

const SEED_A = 'seeds/000_cbc1d2b3e80d9033.txt'
const SEED_B = 'seeds/001_f9530f5110897cd7.txt'
const SEED_C = 'seeds/003_b01608b6cce9594e.txt'

interface BatchLine {
  readonly status: 'compared' | 'failed'
  readonly line: number
  readonly id: unknown
  readonly error?: string
  readonly comparison?: { readonly schema: string; readonly left: { readonly path: string } }
}

async function* linesOf(...lines: ReadonlyArray<string>): AsyncGenerator<string> {
  for (const line of lines) yield `${line}\n`
}

async function batch(
  argv: ReadonlyArray<string>,
  stdin: AsyncIterable<string>,
  io: Partial<CliIo> = {},
): Promise<{ code: number; lines: ReadonlyArray<BatchLine>; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['batch', ...argv], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: false,
    env: {},
    stdin,
    ...io,
  })
  expect(stdout === '' || stdout.endsWith('\n')).toBe(true)
  const lines = stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as BatchLine)
  return { code, lines, stderr }
}

const pair = (left: string, right: string, id?: unknown) =>
  JSON.stringify(id === undefined ? { left, right } : { left, right, id })

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rewrite-lens-batch-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('rewrite-lens batch', () => {
  it('writes one line per pair in input order, with its id, and one error object per bad line', async () => {
    const result = await batch(
      ['--jobs', '1'],
      linesOf(
        pair(SEED_A, SEED_B, 'a-b'),
        'not json',
        '',
        pair(SEED_A, join(dir, 'absent.txt'), 7),
        JSON.stringify({ left: SEED_A, id: { story: 1 } }),
        pair(SEED_B, SEED_C, { story: 2 }),
        pair(SEED_A, '-', 'stdin'),
      ),
    )
    expect(result.lines.map(({ status, line, id }) => ({ status, line, id }))).toEqual([
      { status: 'compared', line: 1, id: 'a-b' },
      { status: 'failed', line: 2, id: null },
      { status: 'failed', line: 4, id: 7 },
      { status: 'failed', line: 5, id: { story: 1 } },
      { status: 'compared', line: 6, id: { story: 2 } },
      { status: 'failed', line: 7, id: 'stdin' },
    ])
    expect(result.lines[0]?.comparison?.schema).toBe(COMPARISON_SCHEMA)
    expect(result.lines[0]?.comparison?.left.path).toBe(SEED_A)
    expect(result.lines[1]?.error).toMatch(/^rewrite-lens: line 2 is not JSON; write one pair/)
    expect(result.lines[2]?.error).toMatch(/^rewrite-lens: absent\.txt was not found/)
    expect(result.lines[3]?.error).toMatch(/line 5 needs "left" and "right" file paths/)
    expect(result.lines[5]?.error).toMatch(/line 7 names standard input/)
    // Some pairs failed for reasons the user can fix: exit 2, as compare does.
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('')
  })

  it('gives each pair the same comparison as compare --format json', async () => {
    let single = ''
    const code = await runCli(['compare', SEED_A, SEED_C, '--format', 'json'], {
      stdout: (text) => (single += text),
      stderr: () => {},
      isTTY: false,
      env: {},
    })
    expect(code).toBe(0)
    const result = await batch(['--jobs', '1'], linesOf(pair(SEED_A, SEED_C, 'one')))
    expect(result.lines[0]?.comparison).toEqual(JSON.parse(single))
  })

  it('exits 0 when every pair is compared, reading CRLF input and a last line without newline', async () => {
    async function* input(): AsyncGenerator<string> {
      yield `${pair(SEED_A, SEED_B, 1)}\r\n${pair(SEED_B, SEED_C, 2).slice(0, 20)}`
      yield pair(SEED_B, SEED_C, 2).slice(20)
    }
    const result = await batch(['--jobs', '1', '--verbose'], input())
    expect(result.code).toBe(0)
    expect(result.lines.map((line) => [line.status, line.id])).toEqual([
      ['compared', 1],
      ['compared', 2],
    ])
    expect(result.stderr).toMatch(/^rewrite-lens: compared 2 pairs, 0 failed, in [\d.]+ s/)
  })

  it('streams: a pair is written before the next line of input arrives', async () => {
    let written = 0
    let firstWritten: () => void = () => {}
    const seen = new Promise<void>((resolve) => (firstWritten = resolve))
    async function* input(): AsyncGenerator<string> {
      yield `${pair(SEED_A, SEED_B, 1)}\n`
      // A pipe that stays open: the next line comes only once the first answer is out.
      await seen
      expect(written).toBe(1)
      yield `${pair(SEED_B, SEED_C, 2)}\n`
    }
    let stdout = ''
    const code = await runCli(['batch', '--jobs', '1'], {
      stdout: (text) => {
        stdout += text
        written = stdout.split('\n').length - 1
        if (written === 1) firstWritten()
      },
      stderr: () => {},
      isTTY: false,
      env: {},
      stdin: input(),
    })
    expect(code).toBe(0)
    expect(written).toBe(2)
  })

  it('rejects bad --jobs values and arguments that batch does not take', async () => {
    const failures = [
      [['--jobs', '0'], /--jobs takes a whole number from 1 to 256/],
      [['--jobs', 'many'], /--jobs takes a whole number/],
      [['pairs.jsonl'], /batch reads its pairs from standard input/],
      [['--out', 'x.jsonl'], /redirect it instead of --out/],
      [['--format', 'csv'], /batch writes JSON Lines only/],
    ] as const
    for (const [argv, message] of failures) {
      const result = await batch(argv, linesOf())
      expect(result.code).toBe(2)
      expect(result.lines).toEqual([])
      expect(result.stderr).toMatch(/^rewrite-lens: [^\n]+\n$/)
      expect(result.stderr).toMatch(message)
    }
  })
})

describe('runBatch with several jobs', () => {
  /** A pool of `size` fake workers whose pairs finish in the reverse order they started. */
  function reversingPool(size: number) {
    let inFlight = 0
    let mostInFlight = 0
    const pool: PairPool = {
      size,
      compare: async (task: BatchTask): Promise<BatchResult> => {
        inFlight++
        mostInFlight = Math.max(mostInFlight, inFlight)
        await new Promise((resolve) => setTimeout(resolve, 40 - (task.line % 8) * 5))
        inFlight--
        return { status: 'compared', json: JSON.stringify({ line: task.line }) }
      },
      close: async () => {},
    }
    return { pool, mostInFlight: () => mostInFlight }
  }

  it('writes in input order however the jobs finish, holding at most jobs × 4 pairs', async () => {
    const { pool, mostInFlight } = reversingPool(2)
    const input = Array.from({ length: 40 }, (_, k) => pair(`a${k}.txt`, `b${k}.txt`, k))
    let stdout = ''
    const code = await runBatch(
      { kind: 'batch', jobs: 2, verbose: false, options: DEFAULT_OPTIONS },
      {
        stdout: (text) => (stdout += text),
        stderr: () => {},
        isTTY: false,
        env: {},
        stdin: linesOf(...input),
      },
      () => pool,
    )
    expect(code).toBe(0)
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { line: number }).line)
    expect(lines).toEqual(Array.from({ length: 40 }, (_, k) => k + 1))
    expect(mostInFlight()).toBeGreaterThan(1)
    expect(mostInFlight()).toBeLessThanOrEqual(8)
  })

  it('exits 1 when a worker crashed on a pair', async () => {
    const pool: PairPool = {
      size: 2,
      compare: async (task) => ({
        status: task.line === 2 ? 'crashed' : 'compared',
        json: JSON.stringify({ line: task.line }),
      }),
      close: async () => {},
    }
    const code = await runBatch(
      { kind: 'batch', jobs: 2, verbose: false, options: DEFAULT_OPTIONS },
      { stdout: () => {}, stderr: () => {}, isTTY: false, env: {}, stdin: linesOf('{}', '{}') },
      () => pool,
    )
    expect(code).toBe(1)
  })
})

describe('readLines', () => {
  it('cuts an endless line short instead of holding it all', async () => {
    async function* endless(): AsyncGenerator<string> {
      for (let k = 0; k < 200; k++) yield 'x'.repeat(10_000)
      yield '\n{"next": true}\n'
    }
    const lines: string[] = []
    for await (const line of readLines(endless())) lines.push(line)
    expect(lines.map((line) => line.length)).toEqual([64 * 1024 + 1, 14])
  })
})

const DEFAULT_OPTIONS = { ignoreCase: false, ignorePunctuation: false, ignoreTypography: true }

const skipBuilt = builtCliSkipReason()
if (skipBuilt) console.info(`skipped "batch worker threads": ${skipBuilt}`)

describe.skipIf(skipBuilt !== null)('batch worker threads (built command line)', () => {
  it('warns once about a damaged vector file and compares by spelling in every thread', async () => {
    const damaged = join(dir, 'damaged-vectors.bin')
    await writeFile(damaged, 'not vectors at all')
    const result = await batch(
      ['--jobs', '2'],
      linesOf(pair(SEED_A, SEED_B, 1), pair(SEED_B, SEED_C, 2), pair(SEED_A, SEED_C, 3)),
      { wordVectorsPath: damaged, batchWorkerPath: resolve('out/cli/batch-worker.mjs') },
    )
    expect(result.code).toBe(0)
    expect(result.lines.map((line) => line.status)).toEqual(['compared', 'compared', 'compared'])
    expect(result.stderr).toMatch(
      /^rewrite-lens: warning: .*damaged-vectors\.bin is not a word-vector file.*\n$/,
    )
  })

  it('gives the same comparisons with shared vectors in threads as in-process', async () => {
    const vectorsPath = resolve('out/word-vectors/word-vectors.bin')
    const input = () => linesOf(pair(SEED_A, SEED_B, 1), pair(SEED_B, SEED_C, 2))
    const threads = await batch(['--jobs', '2'], input(), {
      wordVectorsPath: vectorsPath,
      batchWorkerPath: resolve('out/cli/batch-worker.mjs'),
    })
    const inline = await batch(['--jobs', '1'], input(), { wordVectorsPath: vectorsPath })
    expect(threads.stderr).toBe('')
    expect(threads.lines).toEqual(inline.lines)
  })

  it('gives the same lines with --jobs 2 as with --jobs 1, missing files included', async () => {
    const input = `${[
      pair(SEED_A, SEED_B, 1),
      pair(SEED_B, SEED_C, 2),
      pair(SEED_A, 'absent.txt', 3),
      pair(SEED_C, SEED_A, 4),
      pair(SEED_A, SEED_C, 5),
    ].join('\n')}\n`
    const inputPath = join(dir, 'pairs.jsonl')
    await writeFile(inputPath, input)
    const run = (jobs: string) =>
      new Promise<{ code: number; stdout: string }>((resolvePromise) => {
        const child = execFile(
          process.execPath,
          [BUILT_CLI, 'batch', '--jobs', jobs],
          { maxBuffer: 64 * 1024 * 1024 },
          (error, stdout) =>
            resolvePromise({ code: (error as { code?: number } | null)?.code ?? 0, stdout }),
        )
        child.stdin?.end(input)
      })
    const [one, two] = [await run('1'), await run('2')]
    expect(one.code).toBe(2)
    expect(two.code).toBe(2)
    expect(two.stdout.split('\n').length).toBe(6)
    expect(two.stdout).toBe(one.stdout)
  })
})
