import { randomUUID } from 'node:crypto'
import { copyFile, link, open, rename, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The prefix of the temporary files `writeFileAtomic` leaves behind only if the process dies. */
export const TEMP_FILE_MARK = '.rewrite-lens-tmp-'

/**
 * Writes a file so that readers see either the old or the new contents, never a mix: the data go
 * to a temporary file in the same folder, are flushed to disk, renamed over the target, and the
 * folder is flushed so the rename itself survives a power cut. `mode` (before the umask) defaults
 * to owner-only, as the library holds the user's articles.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
  mode = 0o600,
  options: { readonly keepPreviousAs?: string } = {},
): Promise<void> {
  const folder = dirname(path)
  const temp = join(folder, `${TEMP_FILE_MARK}${basename(path)}-${randomUUID()}`)
  try {
    const handle = await open(temp, 'wx', mode)
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data)
      else await writePieces(handle, data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (options.keepPreviousAs) await keepPrevious(path, options.keepPreviousAs)
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}

// A file given as many pieces (an index of 10,000 lines) is written in chunks of about 64 kB, so
// no step builds or encodes the whole text at once and the event loop is never held for long.
async function writePieces(
  handle: FileHandle,
  pieces: Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  let chunk = ''
  for await (const piece of pieces) {
    chunk += piece
    if (chunk.length < 65_536) continue
    await handle.write(chunk)
    chunk = ''
  }
  if (chunk !== '') await handle.write(chunk)
}

// The previous contents become the backup by a second name for the same file (no data copied),
// swapped in with a rename so a crash leaves either the old backup or the new one. Folders that
// cannot hold hard links (FAT drives) get a copy instead.
async function keepPrevious(path: string, backupPath: string): Promise<void> {
  const temp = join(dirname(backupPath), `${TEMP_FILE_MARK}${basename(backupPath)}-${randomUUID()}`)
  try {
    await link(path, temp)
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENOENT') return
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EOPNOTSUPP')
      throw error
    await copyFile(path, temp)
  }
  await rename(temp, backupPath)
}

/** Flushes a folder's entries (a completed rename) to disk; a no-op where folders cannot be opened. */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals renames itself.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r').catch(() => null)
  if (!handle) return
  try {
    await handle.sync().catch(() => undefined)
  } finally {
    await handle.close()
  }
}

/**
 * Appends `data` to the end of a file and flushes it to disk before resolving. A write that fails
 * part-way is cut off again, so the file never ends in a fragment that the next append would run
 * into; returns the file's size after the append.
 */
export async function appendFileDurably(path: string, data: string): Promise<number> {
  const handle = await open(path, 'a', 0o600)
  try {
    const { size } = await handle.stat()
    try {
      await handle.write(data)
      await handle.datasync()
    } catch (error) {
      await handle.truncate(size).catch(() => undefined)
      throw error
    }
    return size + Buffer.byteLength(data, 'utf8')
  } finally {
    await handle.close()
  }
}
