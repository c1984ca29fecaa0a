import { execFile } from 'node:child_process'
import { unlinkSync } from 'node:fs'
import { open, readFile, rename, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

/** The lock file's name inside the data folder. */
export const LOCK_FILE_NAME = 'library.lock'

/** Who holds a library lock: written into the lock file as JSON. */
export interface LockOwner {
  readonly pid: number
  readonly host: string
  readonly since: string
  /**
   * When the owner process started (`processStartOf`), so a pid the system gave to another
   * process after a crash is not taken for the owner; null where the system does not say.
   */
  readonly started: string | null
}

/** The outcome of taking the lock: ours (release it when done), or held by a live process. */
export type LibraryLock =
  | { readonly status: 'owned'; release(): Promise<void> }
  | { readonly status: 'held'; readonly owner: LockOwner | null; readonly path: string }

/**
 * Takes the data folder's lock so only one process writes the library. The lock is a file created
 * exclusively (`wx`) holding the owner's pid and host; a lock whose process no longer runs on this
 * host is stale and taken over. The same process may open the library again (tests reopen it);
 * a process on another host cannot be checked, so its lock is respected.
 */
export async function takeLibraryLock(
  dataDir: string,
  system: ProcessQueries = systemProcessQueries,
): Promise<LibraryLock> {
  const path = join(dataDir, LOCK_FILE_NAME)
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    started: await processStartOf(process.pid, system),
  }
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, 'wx', 0o600)
      try {
        await handle.writeFile(`${JSON.stringify(me)}\n`)
      } finally {
        await handle.close()
      }
      return owned(path)
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') return unlocked()
    }
    // An empty lock may be one another process is writing this instant: look again shortly.
    const owner =
      (await readOwner(path)) ??
      (await new Promise((resolve) => setTimeout(resolve, 50)).then(() => readOwner(path)))
    if (owner && owner.host === me.host && owner.pid === process.pid) return owned(path)
    if (owner && !(owner.host === me.host && !(await isOwnerRunning(owner, system))))
      return { status: 'held', owner, path }
    // Stale or unreadable (a crash between create and write): move it away, then try again. The
    // rename makes two processes taking over the same stale lock race on one step, not two.
    const stale = `${path}.stale-${process.pid}-${attempt}`
    await rename(path, stale).then(
      () => unlink(stale).catch(() => undefined),
      () => undefined,
    )
  }
  return { status: 'held', owner: await readOwner(path), path }
}

/** The sentence a second process shows when another one holds the library. */
export function heldLockNotice(lock: Extract<LibraryLock, { status: 'held' }>): string {
  const who = lock.owner
    ? `process ${lock.owner.pid}${lock.owner.host === hostname() ? '' : ` on ${lock.owner.host}`}`
    : 'another process'
  return `The library is open in another Rewrite Lens window (${who}), so this one shows it read-only; close the other window and reopen this one to make changes (if none is open, delete ${lock.path}).`
}

// Locks this process holds, freed by one exit listener: a listener per lock would pile up past
// Node's limit of ten in a process that opens many folders (the tests do).
const heldPaths = new Set<string>()
const releaseAllOnExit = (): void => {
  for (const path of heldPaths) {
    try {
      unlinkSync(path)
    } catch {
      // Already gone: nothing to free.
    }
  }
}

function owned(path: string): LibraryLock {
  // A quit that skips `release` (a crash is handled as a stale lock) still frees the folder.
  if (heldPaths.size === 0) process.once('exit', releaseAllOnExit)
  heldPaths.add(path)
  let released = false
  return {
    status: 'owned',
    release: async () => {
      if (released) return
      released = true
      heldPaths.delete(path)
      if (heldPaths.size === 0) process.removeListener('exit', releaseAllOnExit)
      const owner = await readOwner(path)
      if (owner?.pid === process.pid) await unlink(path).catch(() => undefined)
    },
  }
}

// A folder where the lock cannot be created (read-only, no permission) has nothing to protect:
// nothing can be saved there either, and the store says so.
function unlocked(): LibraryLock {
  return { status: 'owned', release: async () => undefined }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null
    return {
      pid: parsed.pid,
      host: parsed.host,
      since: String(parsed.since ?? ''),
      started: typeof parsed.started === 'string' ? parsed.started : null,
    }
  } catch {
    return null
  }
}

/**
 * What the lock asks the system about processes: injectable, so each platform's way of telling a
 * process's start time is tested on any platform.
 */
export interface ProcessQueries {
  readonly platform: NodeJS.Platform
  /** Runs a command (no shell); its standard output, or null when it failed or timed out. */
  run(file: string, args: ReadonlyArray<string>): Promise<string | null>
}

/** The real system: this platform, commands run with a 5-second timeout. */
export const systemProcessQueries: ProcessQueries = {
  platform: process.platform,
  run: (file, args) =>
    new Promise((resolve) => {
      execFile(file, [...args], { timeout: 5000, windowsHide: true }, (error, stdout) =>
        resolve(error ? null : String(stdout)),
      )
    }),
}

// Windows start times are compared with this tolerance: this process records its own start from
// Node's clock (running PowerShell at every open would cost a second), a little after Windows
// created the process. A wrong "same process" only keeps the lock held, which the notice explains.
const WINDOWS_START_TOLERANCE_MS = 10_000
const WINDOWS_START = 'win:'

// The owner runs when its pid does and, if it recorded its start time, that pid's process started
// then: after a crash and a reboot (or pid wrap-around) the same pid may be any other program.
async function isOwnerRunning(owner: LockOwner, system: ProcessQueries): Promise<boolean> {
  if (!isRunning(owner.pid)) return false
  if (owner.started === null) return true
  const started = await processStartOf(owner.pid, system)
  return started === null || sameStart(started, owner.started)
}

function sameStart(current: string, recorded: string): boolean {
  if (current.startsWith(WINDOWS_START) && recorded.startsWith(WINDOWS_START)) {
    const gap =
      Date.parse(current.slice(WINDOWS_START.length)) -
      Date.parse(recorded.slice(WINDOWS_START.length))
    return Number.isNaN(gap) || Math.abs(gap) <= WINDOWS_START_TOLERANCE_MS
  }
  return current === recorded
}

/**
 * When process `pid` started, as a string that differs for two processes given the same pid, or
 * null when it does not run or the system does not say. Linux: the boot id and the start time in
 * clock ticks since boot (/proc); macOS and the BSDs: `ps -o lstart` (to the second); Windows:
 * `win:` and the creation time in UTC (PowerShell's CIM query, else wmic; this process's own from
 * Node's clock), compared with a tolerance.
 */
export async function processStartOf(
  pid: number,
  system: ProcessQueries = systemProcessQueries,
): Promise<string | null> {
  if (!Number.isInteger(pid) || pid <= 0) return null
  if (system.platform === 'linux') {
    const [stat, bootId] = await Promise.all([
      readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null),
      readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => ''),
    ])
    // Fields after the command name (which may hold spaces and parentheses): state is field 3,
    // starttime field 22 (proc(5)).
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = fields?.[22 - 3]
    return ticks && /^\d+$/.test(ticks) ? `${bootId.trim()}/${ticks}` : null
  }
  if (system.platform === 'win32') {
    if (pid === process.pid)
      return `${WINDOWS_START}${new Date(performance.timeOrigin).toISOString()}`
    const created = await windowsCreationTime(pid, system)
    return created === null ? null : `${WINDOWS_START}${created}`
  }
  const started = (await system.run('ps', ['-o', 'lstart=', '-p', String(pid)]))?.trim()
  return started ? started : null
}

// The creation time of a Windows process as an ISO date in UTC, or null. Win32_Process answers for
// other users' processes too (Get-Process's StartTime does not); wmic is the fallback for systems
// without PowerShell's CIM cmdlets (and is gone from the newest Windows).
async function windowsCreationTime(pid: number, system: ProcessQueries): Promise<string | null> {
  const powershell = await system.run('powershell.exe', [
    '-NoProfile',
    '-NonInteractive',
    '-Command',
    `(Get-CimInstance Win32_Process -Filter 'ProcessId=${pid}').CreationDate.ToUniversalTime().ToString('o')`,
  ])
  const iso = powershell?.trim() ?? ''
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(iso))
    return new Date(Date.parse(iso)).toISOString()
  const wmic = await system.run('wmic', [
    'process',
    'where',
    `ProcessId=${pid}`,
    'get',
    'CreationDate',
    '/value',
  ])
  return wmicDate(wmic ?? '')
}

// wmic's CIM datetime: `CreationDate=yyyymmddHHMMSS.ffffff+UUU`, local time and its offset from
// UTC in minutes.
function wmicDate(output: string): string | null {
  const match = /CreationDate=(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)\.(\d{3})\d*([+-]\d{3})/.exec(
    output,
  )
  if (!match) return null
  const [, year, month, day, hour, minute, second, ms, offset] = match.map(Number)
  const local = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, ms!)
  return new Date(local - offset! * 60_000).toISOString()
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM'
  }
}
