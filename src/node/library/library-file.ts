import { readdir, readFile, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { syncFolder, writeFileAtomic } from './atomic-write'
import { linesOfFile } from './file-lines'
import type { LineBatch } from './file-lines'
import { emptyIndex, parseIndex, parseIndexLines, serializeIndexInSlices } from './library-schema'
import { timeSlicer } from './time-slice'
import type { IndexRecord, LibraryIndex, Parsed, Rejected } from './library-schema'

/** How the index file was found when it was opened. */
export type IndexOpening =
  | { readonly kind: 'first-run' }
  | { readonly kind: 'opened' }
  | { readonly kind: 'restored'; readonly notice: string }
  | { readonly kind: 'lost'; readonly notice: string }
  /** A newer app's file, or a damaged one that could not be moved aside: shown, never written. */
  | { readonly kind: 'read-only'; readonly notice: string }

const NO_REJECTS: Rejected = { records: [], renamedIds: 0 }

/**
 * The lowdb adapter for the library's index (metadata only; texts live in their own files). Each
 * write is atomic and keeps the previous file as `<name>.bak` by a hard link, so a save writes the
 * index once. Saves are rare (the change log holds each change), so records are serialised anew
 * as they are written, in time slices, rather than cached. A damaged file is moved aside (never
 * overwritten) and the backup opened; `opening` says what happened.
 */
export class IndexFile implements Adapter<LibraryIndex> {
  readonly backupPath: string
  #opening: IndexOpening = { kind: 'first-run' }
  #rejected: Rejected = NO_REJECTS
  #keepBackup = true

  /**
   * `pause` is awaited while a write serialises records (default: a fresh `timeSlicer` per write),
   * so a compaction of 10,000 records does not hold the event loop for one frame or more.
   */
  constructor(
    readonly path: string,
    readonly readOnly: boolean,
    readonly pause: () => () => Promise<void> = () => timeSlicer(),
  ) {
    this.backupPath = `${path}.bak`
  }

  /** What the last `read` found. */
  get opening(): IndexOpening {
    return this.#opening
  }

  /** Records the last `read` could not use, and how many ids it had to renew. */
  get rejected(): Rejected {
    return this.#rejected
  }

  /** Reads the index, recovering from a damaged file; null on first run (no file, no backup). */
  async read(): Promise<LibraryIndex | null> {
    const parsedMain = await readIndex(this.path)
    if (parsedMain?.status === 'ok') return this.#opened({ kind: 'opened' }, parsedMain)
    if (parsedMain?.status === 'newer') {
      this.#opening = {
        kind: 'read-only',
        notice: `This library was saved by a newer version of Rewrite Lens; update the app to make changes (nothing is saved until then).`,
      }
      return { ...emptyIndex(), articles: parsedMain.records }
    }
    const movedMain =
      parsedMain?.status === 'damaged' && !this.readOnly ? await moveAside(this.path) : null
    if (parsedMain?.status === 'damaged' && !movedMain) {
      this.#opening = {
        kind: 'read-only',
        notice: `The library file could not be read (${parsedMain.reason})${this.readOnly ? '' : ' or set aside'}; check the permissions of ${dirname(this.path)} and restart (nothing is saved until then).`,
      }
      return emptyIndex()
    }
    const parsedBackup = await readIndex(this.backupPath)
    if (parsedMain === null && parsedBackup === null) {
      const earlier = await earlierDamagedCopy(this.path)
      if (!earlier) {
        this.#opening = { kind: 'first-run' }
        return null
      }
      // A start after a failed recovery: the damaged file was set aside and nothing replaced it.
      this.#opening = {
        kind: 'lost',
        notice: `The library file was damaged and kept as ${earlier}, and no usable backup was found; import your articles again or restore that file by hand.`,
      }
      return emptyIndex()
    }
    const what =
      movedMain && parsedMain?.status === 'damaged'
        ? `The library file could not be read (${parsedMain.reason}), so it was kept as ${basename(movedMain)}`
        : 'The library file was missing'
    if (parsedBackup?.status === 'ok') {
      const savedAt = await stat(this.backupPath).then(
        (info) => `${info.mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        () => 'earlier',
      )
      return this.#opened(
        {
          kind: 'restored',
          notice: `${what} and the backup from ${savedAt} was opened; check that your latest changes are there.`,
        },
        parsedBackup,
      )
    }
    const movedBackup =
      parsedBackup !== null && !this.readOnly ? await moveAside(this.backupPath) : null
    const kept = movedBackup ? ` (the damaged backup is kept as ${basename(movedBackup)})` : ''
    this.#opening = {
      kind: 'lost',
      notice: `${what} and no usable backup was found${kept}; import your articles again or restore that file by hand.`,
    }
    return emptyIndex()
  }

  /** Saves the index atomically, keeping the previous file as the backup. */
  async write(data: LibraryIndex): Promise<void> {
    if (this.readOnly || this.#opening.kind === 'read-only')
      throw new Error('rewrite-lens: the library is open read-only; its file is never overwritten')
    const keepBackup = this.#keepBackup
    this.#keepBackup = true
    const first = await stat(this.path).then(
      () => false,
      () => true,
    )
    // Serialising 10,000 records in one piece holds the event loop for 10 ms or more: it goes in
    // slices, each line written soon after (the records are immutable: a change meanwhile
    // replaces the array, never edits this one).
    const pieces = (): AsyncGenerator<string> => serializeIndexInSlices(data.articles, this.pause())
    await writeFileAtomic(
      this.path,
      pieces(),
      0o600,
      keepBackup ? { keepPreviousAs: this.backupPath } : {},
    )
    // The first index has no previous one to keep: a copy of it is the backup, so a damaged index
    // can be rebuilt from the backup and the change logs even before the first compaction.
    if (first && keepBackup) await writeFileAtomic(this.backupPath, pieces())
  }

  /**
   * Drops the backup to free space (a full disk), and keeps none on the next write, whose previous
   * file would otherwise stay on disk as the new backup.
   */
  async dropBackup(): Promise<void> {
    this.#keepBackup = false
    await unlink(this.backupPath).catch(() => undefined)
  }

  #opened(opening: IndexOpening, parsed: Extract<Parsed<IndexRecord>, { status: 'ok' }>) {
    this.#opening = opening
    this.#rejected = parsed.rejected
    return { schemaVersion: parsed.fileVersion, articles: parsed.records }
  }
}

// The index file parsed (null when it is missing), read a line at a time as this program writes
// it. A file that cannot even be opened (permissions, I/O error) is handled like a damaged one.
function readIndex(path: string): Promise<Parsed<IndexRecord> | null> {
  return readParsedFile(path, (lines) => parseIndexLines(lines, timeSlicer()), parseIndex)
}

/**
 * A library file parsed a line at a time by `byLines`, or whole by `whole` when it is laid out
 * otherwise (edited by hand: as far as one string can hold it); null when the file is missing. A
 * file that cannot be opened or read is damaged, with the reason in words.
 */
export async function readParsedFile<T>(
  path: string,
  byLines: (lines: AsyncIterable<LineBatch>) => Promise<Parsed<T> | 'other-layout'>,
  whole: (text: string) => Parsed<T>,
): Promise<Parsed<T> | null> {
  try {
    const parsed = await byLines(linesOfFile(path))
    return parsed === 'other-layout' ? whole(await readFile(path, 'utf8')) : parsed
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'an I/O error'
    if (code === 'ENOENT') return null
    if (code === 'ERR_STRING_TOO_LONG' || code === 'ERR_FS_FILE_TOO_LARGE')
      return {
        status: 'damaged',
        reason:
          'it is too large to read unless it keeps one article per line, as Rewrite Lens writes it',
      }
    return { status: 'damaged', reason: `opening it failed with ${code}` }
  }
}

async function earlierDamagedCopy(path: string): Promise<string | null> {
  const prefix = `${basename(path)}.damaged-`
  const names = await readdir(dirname(path)).catch(() => [])
  return (
    names
      .filter((name) => name.startsWith(prefix))
      .sort()
      .at(-1) ?? null
  )
}

/** Renames a damaged file to a free `<name>.damaged-<time>` so nothing ever overwrites it. */
export async function moveAside(path: string): Promise<string | null> {
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

/** The path of a recovery file in `folder`, named after the time, for records set aside. */
export function recoveryPathIn(folder: string): string {
  return join(folder, `library-recovered-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
}
