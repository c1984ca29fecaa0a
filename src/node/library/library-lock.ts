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
export async function takeLibraryLock(dataDir: string): Promise<LibraryLock> {
  const path = join(dataDir, LOCK_FILE_NAME)
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    started: await processStartOf(process.pid),
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
    if (owner && !(owner.host === me.host && !(await isOwnerRunning(owner))))
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

// The owner runs when its pid does and, if it recorded its start time, that pid's process started
// then: after a crash and a reboot (or pid wrap-around) the same pid may be any other program.
async function isOwnerRunning(owner: LockOwner): Promise<boolean> {
  if (!isRunning(owner.pid)) return false
  if (owner.started === null) return true
  const started = await processStartOf(owner.pid)
  return started === null || started === owner.started
}

/**
 * When process `pid` started, as a string that differs for two processes given the same pid, or
 * null when it does not run or the system does not say. Linux: the boot id and the start time in
 * clock ticks since boot (/proc); macOS and the BSDs: `ps -o lstart` (to the second); Windows: null
 * (the lock then goes by the pid alone, as before).
 */
export async function processStartOf(pid: number): Promise<string | null> {
  if (!Number.isInteger(pid) || pid <= 0) return null
  if (process.platform === 'linux') {
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
  if (process.platform === 'win32') return null
  return new Promise((resolve) => {
    execFile('ps', ['-o', 'lstart=', '-p', String(pid)], { timeout: 2000 }, (error, stdout) => {
      const started = String(stdout).trim()
      resolve(error || started === '' ? null : started)
    })
  })
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
