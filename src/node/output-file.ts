import { lstat, realpath, stat, writeFile } from 'node:fs/promises'
import { writeFileAtomic } from './library/atomic-write'

/**
 * Writes an export (the app's Save dialog, the CLI's `--out`) where the user pointed:
 * - a regular file, new or existing, is replaced atomically (temp file, fsync, rename), keeping
 *   the permissions an existing file had;
 * - a symbolic link is followed, so the file it names is updated and the link stays a link;
 * - a device or pipe (`/dev/stdout`, `/dev/null`, a FIFO) is written in place: renaming a temp
 *   file over it would replace the device node itself, which as root breaks the whole system.
 * Errors keep their Node `code` for the caller to explain.
 */
export async function writeOutputFile(
  path: string,
  data: string | Uint8Array | Iterable<string>,
): Promise<void> {
  const target = await followLink(path)
  const existing = await stat(target).catch(() => null)
  if (existing?.isDirectory())
    throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR', path })
  if (existing && !existing.isFile()) {
    await writeFile(target, data)
    return
  }
  // New files get the usual 0o666 less the umask, like any file a program saves.
  await writeFileAtomic(target, data, existing ? existing.mode & 0o777 : 0o666)
}

async function followLink(path: string): Promise<string> {
  const info = await lstat(path).catch(() => null)
  if (!info?.isSymbolicLink()) return path
  // A dangling link has no file to update; writing at the link's own path replaces it.
  return realpath(path).catch(() => path)
}
