import { readFile, readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { TEMP_FILE_MARK, syncFolder, writeFileAtomic } from './atomic-write'
import { emptyLibrary, parseLibrary, serializeLibrary } from './library-schema'
import type { LibraryData, ParsedLibrary } from './library-schema'

/** How the library file was found when it was opened. */
export type LibraryOpening =
  | { readonly kind: 'first-run' }
  | { readonly kind: 'opened'; readonly migratedFrom: number | null }
  | { readonly kind: 'restored'; readonly notice: string }
  | { readonly kind: 'lost'; readonly notice: string }
  /** A newer app's file, or a damaged one that could not be moved aside: shown, never written. */
  | { readonly kind: 'read-only'; readonly notice: string }

/**
 * A lowdb adapter for the library file that never loses data: each write is atomic and first saves
 * the previous good contents as `<name>.bak`; a damaged file is moved aside (never overwritten) and
 * the backup opened instead, and `opening` says what happened so the user can be told.
 */
export class LibraryFile implements Adapter<LibraryData> {
  readonly backupPath: string
  #opening: LibraryOpening = { kind: 'first-run' }
  /** The text of the last good file on disk: what the next write keeps as the backup. */
  #committed: string | null = null

  constructor(readonly path: string) {
    this.backupPath = `${path}.bak`
  }

  /** What the last `read` found. */
  get opening(): LibraryOpening {
    return this.#opening
  }

  /** Reads the library, recovering from a damaged file; null on first run (no file, no backup). */
  async read(): Promise<LibraryData | null> {
    await this.#removeLeftoverTempFiles()
    const main = await readText(this.path)
    const parsedMain = main === null ? null : parseText(main)
    if (main !== null && 'text' in main && parsedMain?.status === 'ok') {
      this.#committed = main.text
      const migrated = parsedMain.fileVersion === parsedMain.data.schemaVersion
      this.#opening = { kind: 'opened', migratedFrom: migrated ? null : parsedMain.fileVersion }
      return parsedMain.data
    }
    if (parsedMain?.status === 'newer') {
      this.#opening = {
        kind: 'read-only',
        notice: `This library was saved by a newer version of Rewrite Lens; update the app to make changes (nothing is saved until then).`,
      }
      return parsedMain.data
    }
    const movedMain = parsedMain?.status === 'damaged' ? await moveAside(this.path) : null
    if (parsedMain?.status === 'damaged' && !movedMain) {
      this.#opening = {
        kind: 'read-only',
        notice: `The library file could not be read (${parsedMain.reason}) or set aside; check the permissions of ${dirname(this.path)} and restart (nothing is saved until then).`,
      }
      return emptyLibrary()
    }
    const backup = await readText(this.backupPath)
    const parsedBackup = backup === null ? null : parseText(backup)
    if (main === null && backup === null) {
      this.#opening = { kind: 'first-run' }
      return null
    }
    const what =
      movedMain && parsedMain?.status === 'damaged'
        ? `The library file could not be read (${parsedMain.reason}), so it was kept as ${basename(movedMain)}`
        : 'The library file was missing'
    if (backup !== null && 'text' in backup && parsedBackup?.status === 'ok') {
      this.#committed = backup.text
      const savedAt = await stat(this.backupPath).then(
        (info) => `${info.mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        () => 'earlier',
      )
      this.#opening = {
        kind: 'restored',
        notice: `${what} and the backup from ${savedAt} was opened; check that your latest changes are there.`,
      }
      return parsedBackup.data
    }
    const movedBackup = backup !== null ? await moveAside(this.backupPath) : null
    const kept = movedBackup ? ` (the damaged backup is kept as ${basename(movedBackup)})` : ''
    this.#opening = {
      kind: 'lost',
      notice: `${what} and no usable backup was found${kept}; import your articles again or restore that file by hand.`,
    }
    return emptyLibrary()
  }

  /** Saves the library atomically, keeping the previous good file as the backup. */
  async write(data: LibraryData): Promise<void> {
    if (this.#opening.kind === 'read-only')
      throw new Error('rewrite-lens: the library is open read-only; its file is never overwritten')
    const text = serializeLibrary(data)
    if (this.#committed !== null && this.#committed !== text)
      await writeFileAtomic(this.backupPath, this.#committed)
    await writeFileAtomic(this.path, text)
    this.#committed = text
  }

  // A temp file left by a crash holds a write that never completed; the library file itself is
  // still the last complete one, so the leftover is removed.
  async #removeLeftoverTempFiles(): Promise<void> {
    const folder = dirname(this.path)
    const names = await readdir(folder).catch(() => [])
    const prefixes = [basename(this.path), basename(this.backupPath)].map(
      (name) => `${TEMP_FILE_MARK}${name}-`,
    )
    for (const name of names)
      if (prefixes.some((prefix) => name.startsWith(prefix)))
        await unlink(join(folder, name)).catch(() => undefined)
  }
}

type FileText = { readonly text: string } | { readonly error: string }

async function readText(path: string): Promise<FileText | null> {
  try {
    return { text: await readFile(path, 'utf8') }
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'an I/O error'
    return code === 'ENOENT' ? null : { error: `opening it failed with ${code}` }
  }
}

// A file that cannot even be opened (permissions, I/O error) is handled like a damaged one.
function parseText(file: FileText): ParsedLibrary {
  return 'text' in file ? parseLibrary(file.text) : { status: 'damaged', reason: file.error }
}

/** Renames a damaged file to a free `<name>.damaged-<time>` so nothing ever overwrites it. */
async function moveAside(path: string): Promise<string | null> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const target = `${path}.damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}`
    if (
      await stat(target).then(
        () => true,
        () => false,
      )
    )
      continue
    try {
      await rename(path, target)
      await syncFolder(dirname(path))
      return target
    } catch {
      return null
    }
  }
  return null
}
