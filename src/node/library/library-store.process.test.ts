import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dependencies } from '../../../package.json'
import { INDEX_FILE_NAME, openLibrary } from './library-store'

// The store runs in real child processes (plain node on a bundle built here), so a SIGKILL hits
// it anywhere in a save, and two processes really share one folder.
const ROOT = join(__dirname, '..', '..', '..')
const RUNNER_DIR = join(ROOT, 'node_modules', '.cache', `store-runner-${process.pid}`)
const RUNNER = join(RUNNER_DIR, 'store-runner.mjs')

let dataDir = ''

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: join(__dirname, 'fixtures', 'store-runner.ts'),
      outDir: RUNNER_DIR,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        external: [
          ...builtinModules,
          ...builtinModules.map((name) => `node:${name}`),
          ...Object.keys(dependencies).filter((name) => name !== 'lowdb'),
        ],
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  })
  dataDir = await mkdtemp(join(tmpdir(), 'rewrite-lens-processes-'))
}, 60_000)

afterAll(async () => {
  await rm(RUNNER_DIR, { recursive: true, force: true })
  await rm(dataDir, { recursive: true, force: true })
})

/** A runner process and the lines it printed, with a way to wait for the next matching one. */
function startRunner(args: ReadonlyArray<string>): {
  readonly child: ChildProcess
  readonly acked: ReadonlyArray<number>
  waitFor(pattern: RegExp): Promise<string>
} {
  const child = spawn(process.execPath, [RUNNER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const acked: number[] = []
  const lines: string[] = []
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = []
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line)
    const ack = /^ack (\d+)$/.exec(line)
    if (ack) acked.push(Number(ack[1]))
    for (const waiter of [...waiters])
      if (waiter.pattern.test(line)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(line)
      }
  })
  return {
    child,
    acked,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((line) => pattern.test(line))
        if (seen !== undefined) return resolve(seen)
        waiters.push({ pattern, resolve })
        child.once('exit', () =>
          setImmediate(() =>
            reject(new Error(`runner exited before ${pattern}: ${stderr.slice(0, 500)}`)),
          ),
        )
      }),
  }
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()))

/**
 * The article numbers in the library, read through the real store (which takes over the lock);
 * `acked` articles must also show their edit (every third) and not their deleted companion.
 */
async function storedNumbers(acked: ReadonlyArray<number> = []): Promise<ReadonlySet<number>> {
  const library = await openLibrary({ dataDir, seedsDir: join(dataDir, 'no-seeds') })
  try {
    expect(library.status().readOnly).toBe(false)
    const numbers = new Set<number>()
    const doomed = new Set<number>()
    const labels = new Map<number, string>()
    for (const summary of await library.list('', 'imported')) {
      const match = /^(Article|Doomed) (\d+)$/.exec(summary.title)
      const n = Number(match?.[2])
      // Each acknowledged article's text must be readable from its own file, not just listed.
      expect((await library.get(summary.id)).text).toContain(`article number ${n},`)
      if (match?.[1] === 'Doomed') doomed.add(n)
      else numbers.add(n)
      labels.set(n, summary.label)
    }
    const ackedSet = new Set(acked)
    expect(
      [...doomed].filter((n) => ackedSet.has(n)),
      'acknowledged deletes undone',
    ).toEqual([])
    expect(
      acked.filter((n) => n % 3 === 0 && labels.get(n) !== `edited ${n}`),
      'acknowledged edits lost',
    ).toEqual([])
    return numbers
  } finally {
    await library.close()
  }
}

describe('the store in real processes', () => {
  it('loses no acknowledged add, edit or delete when its process is killed with SIGKILL at random moments', async () => {
    let next = 1
    const allAcked: number[] = []
    for (let round = 0; round < 8; round += 1) {
      // A small bound makes the runner compact its change log every few changes, so kills also
      // land inside compactions (index written, log restarted).
      const runner = startRunner(['add', dataDir, String(next), '1500'])
      await runner.waitFor(/^ack \d+$/)
      // Kill somewhere in the following saves: each one writes a text file and appends to the log.
      await new Promise((resolve) => setTimeout(resolve, 20 + ((round * 37) % 90)))
      runner.child.kill('SIGKILL')
      await exited(runner.child)
      allAcked.push(...runner.acked)
      const stored = await storedNumbers(allAcked)
      const lost = allAcked.filter((n) => !stored.has(n))
      expect(lost, `round ${round}: acknowledged but missing`).toEqual([])
      next = Math.max(0, ...stored) + 1
    }
    expect(allAcked.length).toBeGreaterThan(8)
    // The runners compacted: the index itself holds articles, not only the log.
    const index = JSON.parse(await readFile(join(dataDir, INDEX_FILE_NAME), 'utf8'))
    expect(index.articles.length).toBeGreaterThan(0)
  }, 60_000)

  it("shows a read-only second process the first one's changes as they are saved, across compactions", async () => {
    const writer = startRunner(['add', dataDir, '2000', '1500'])
    await writer.waitFor(/^ack 2001$/)
    const follower = await openLibrary(
      { dataDir, seedsDir: join(dataDir, 'no-seeds') },
      { followIntervalMs: 20 },
    )
    try {
      expect(follower.status().readOnly).toBe(true)
      let changes = 0
      follower.onChange(() => {
        changes += 1
      })
      await writer.waitFor(/^ack 2030$/)
      const acked = [...writer.acked]
      const shown = async (): Promise<ReadonlyMap<string, string>> =>
        new Map((await follower.list('', 'title')).map((s) => [s.title, s.label]))
      for (let waited = 0; waited < 5000; waited += 50) {
        const titles = await shown()
        if (acked.every((n) => titles.has(`Article ${n}`))) break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const titles = await shown()
      expect(
        acked.filter((n) => !titles.has(`Article ${n}`)),
        'not shown',
      ).toEqual([])
      expect(
        acked.filter((n) => n % 3 === 0 && titles.get(`Article ${n}`) !== `edited ${n}`),
      ).toEqual([])
      expect([...titles.keys()].filter((title) => /^Doomed 20[0-2]\d$/.test(title))).toEqual([])
      expect(follower.status().articleCount).toBe(titles.size)
      expect(await follower.list('number 2030', 'title')).toHaveLength(1)
      expect(changes).toBeGreaterThan(0)
      expect(follower.status().revision).toBe(changes)
    } finally {
      writer.child.kill('SIGKILL')
      await exited(writer.child)
      await follower.close()
    }
  }, 60_000)

  it('lets a second process see the library read-only while the first keeps saving', async () => {
    const writer = startRunner(['add', dataDir, '1000'])
    await writer.waitFor(/^ack 1002$/)
    const probe = startRunner(['probe', dataDir, '5000'])
    const answer = JSON.parse(await probe.waitFor(/^\{/)) as {
      status: { readOnly: boolean; notice: string }
      added: string
    }
    await exited(probe.child)
    expect(answer.status.readOnly).toBe(true)
    expect(answer.status.notice).toMatch(
      new RegExp(
        `^The library is open in another Rewrite Lens window \\(process ${writer.child.pid}\\)`,
      ),
    )
    expect(answer.added).toMatch(/open in another Rewrite Lens window/)
    await writer.waitFor(/^ack 1005$/)
    writer.child.kill('SIGKILL')
    await exited(writer.child)
    const stored = await storedNumbers()
    expect(writer.acked.filter((n) => !stored.has(n))).toEqual([])
    expect(stored.has(5000)).toBe(false)
  }, 60_000)
})
