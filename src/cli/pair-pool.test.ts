import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BatchTask } from './batch-pair'
import { createThreadPool } from './pair-pool'

const OPTIONS = { ignoreCase: false, ignorePunctuation: false, ignoreTypography: true }

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rewrite-lens-pool-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A worker script speaking the batch worker's protocol, with `body` run for each request. */
async function workerScript(name: string, top: string, body: string): Promise<string> {
  const path = join(dir, name)
  await writeFile(
    path,
    `import { parentPort } from 'node:worker_threads'
${top}
let handled = 0
parentPort.on('message', ({ seq, task }) => {
  handled++
  ${body}
  parentPort.postMessage({ seq, result: { status: 'compared', json: JSON.stringify({ line: task.line }) } })
})
`,
  )
  return path
}

const task = (line: number): BatchTask => ({ kind: 'pair', line, id: line, left: 'a', right: 'b' })

describe('createThreadPool', () => {
  it('fails every pair with the reason when no worker thread can start, instead of hanging', async () => {
    const path = await workerScript('broken.mjs', "throw new Error('cannot load the engine')", '')
    const pool = createThreadPool(2, path, { options: OPTIONS, wordVectors: null })
    const results = await Promise.all([1, 2, 3].map((line) => pool.compare(task(line))))
    await pool.close()
    expect(results.map((result) => result.status)).toEqual(['crashed', 'crashed', 'crashed'])
    expect(JSON.parse(results[2]?.json ?? '{}')).toEqual({
      status: 'failed',
      line: 3,
      id: 3,
      error:
        'rewrite-lens: internal error (cannot load the engine); please report it with the two files.',
    })
  })

  it('fails the pair a thread dies on, and goes on with a new thread', async () => {
    const path = await workerScript('dies.mjs', '', 'if (task.line === 2) process.exit(3)')
    const pool = createThreadPool(1, path, { options: OPTIONS, wordVectors: null })
    const results = []
    for (const line of [1, 2, 3]) results.push(await pool.compare(task(line)))
    await pool.close()
    expect(results.map((result) => result.status)).toEqual(['compared', 'crashed', 'compared'])
    expect(results[1]?.json).toContain('a worker thread exited with code 3')
  })
})
