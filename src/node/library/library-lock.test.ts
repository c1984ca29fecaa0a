import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCK_FILE_NAME, processStartOf, takeLibraryLock } from './library-lock'
import type { ProcessQueries } from './library-lock'

let dataDir = ''
const children: ChildProcess[] = []

// A live process that is not a Rewrite Lens: what a reused pid points at after a crash.
async function liveProcess(): Promise<number> {
  const child = spawn('sleep', ['30'], { stdio: 'ignore' })
  children.push(child)
  await new Promise((resolve) => child.once('spawn', resolve))
  return child.pid ?? 0
}

const writeLock = (owner: object): Promise<void> =>
  writeFile(
    join(dataDir, LOCK_FILE_NAME),
    JSON.stringify({ host: hostname(), since: '', ...owner }),
  )

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rewrite-lens-lock-'))
})
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
  await rm(dataDir, { recursive: true, force: true })
})

describe('the library lock', () => {
  it('records when its owner started, so a reused pid can be told apart', async () => {
    const lock = await takeLibraryLock(dataDir)
    const owner = JSON.parse(await readFile(join(dataDir, LOCK_FILE_NAME), 'utf8'))
    expect(owner.pid).toBe(process.pid)
    expect(owner.started).toBe(await processStartOf(process.pid))
    if (lock.status === 'owned') await lock.release()
  })

  it('takes over a lock whose pid now belongs to another process started later', async (context) => {
    const pid = await liveProcess()
    const started = await processStartOf(pid)
    if (started === null) {
      console.log(`skipped: ${process.platform} gives no process start time to compare`)
      return context.skip()
    }
    // The crashed owner had this pid before `sleep` was given it: its start time differs.
    await writeLock({ pid, started: `${started}-earlier` })
    const lock = await takeLibraryLock(dataDir)
    expect(lock.status).toBe('owned')
    const owner = JSON.parse(await readFile(join(dataDir, LOCK_FILE_NAME), 'utf8'))
    expect(owner.pid).toBe(process.pid)
    if (lock.status === 'owned') await lock.release()
  })

  it('respects a lock whose owner still runs with the start time it recorded', async () => {
    const pid = await liveProcess()
    await writeLock({ pid, started: await processStartOf(pid) })
    const lock = await takeLibraryLock(dataDir)
    expect(lock).toMatchObject({ status: 'held', owner: { pid } })
  })

  it('respects a live owner that recorded no start time (an earlier version)', async () => {
    const pid = await liveProcess()
    await writeLock({ pid })
    expect(await takeLibraryLock(dataDir)).toMatchObject({ status: 'held', owner: { pid } })
  })

  it('knows no start time for a process that does not run', async () => {
    const child = spawn('true', [], { stdio: 'ignore' })
    await new Promise((resolve) => child.once('exit', resolve))
    expect(await processStartOf(child.pid ?? 0)).toBeNull()
  })

  describe('on Windows (commands answered by an injected runner; untested on real Windows)', () => {
    // A runner that answers like Windows for `pid`: PowerShell or, when it fails, wmic.
    const windows = (
      answers: { powershell?: string | null; wmic?: string | null },
      calls: string[][] = [],
    ): ProcessQueries => ({
      platform: 'win32',
      run: async (file, args) => {
        calls.push([file, ...args])
        if (file === 'powershell.exe') return answers.powershell ?? null
        if (file === 'wmic') return answers.wmic ?? null
        return null
      },
    })

    it('asks PowerShell for the creation time of the process, in UTC', async () => {
      const calls: string[][] = []
      const started = await processStartOf(
        4242,
        windows({ powershell: '2026-11-30T08:15:02.1234567Z\r\n' }, calls),
      )
      expect(started).toBe('win:2026-11-30T08:15:02.123Z')
      expect(calls).toHaveLength(1)
      expect(calls[0]?.[0]).toBe('powershell.exe')
      expect(calls[0]?.at(-1)).toContain("ProcessId=4242'")
    })

    it('falls back to wmic, whose local time carries its offset from UTC in minutes', async () => {
      const runner = windows({
        powershell: null,
        wmic: '\r\n\r\nCreationDate=20261130091502.123456+060\r\n\r\n',
      })
      expect(await processStartOf(4242, runner)).toBe('win:2026-11-30T08:15:02.123Z')
      expect(await processStartOf(4242, windows({}))).toBeNull()
    })

    it('records its own start without running a command', async () => {
      const calls: string[][] = []
      const started = await processStartOf(process.pid, windows({}, calls))
      expect(started).toMatch(/^win:\d{4}-\d\d-\d\dT[\d:.]+Z$/)
      expect(calls).toEqual([])
    })

    it('takes over the lock when the live pid was created at another time', async () => {
      const pid = await liveProcess()
      await writeLock({ pid, started: 'win:2026-11-30T08:15:02.000Z' })
      const lock = await takeLibraryLock(
        dataDir,
        windows({ powershell: '2026-11-30T09:40:00.0000000Z' }),
      )
      expect(lock.status).toBe('owned')
      const owner = JSON.parse(await readFile(join(dataDir, LOCK_FILE_NAME), 'utf8'))
      expect(owner).toMatchObject({ pid: process.pid, started: expect.stringMatching(/^win:/) })
      if (lock.status === 'owned') await lock.release()
    })

    it('respects the lock when the pid was created when the owner recorded (within seconds)', async () => {
      const pid = await liveProcess()
      await writeLock({ pid, started: 'win:2026-11-30T08:15:03.500Z' })
      const lock = await takeLibraryLock(
        dataDir,
        windows({ powershell: '2026-11-30T08:15:02.0000000Z' }),
      )
      expect(lock).toMatchObject({ status: 'held', owner: { pid } })
    })

    it('goes by the pid alone when neither command answers', async () => {
      const pid = await liveProcess()
      await writeLock({ pid, started: 'win:2026-11-30T08:15:02.000Z' })
      expect(await takeLibraryLock(dataDir, windows({}))).toMatchObject({
        status: 'held',
        owner: { pid },
      })
    })
  })
})
