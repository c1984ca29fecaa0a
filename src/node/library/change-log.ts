import { randomUUID } from 'node:crypto'
import { copyFile, open, rename, stat } from 'node:fs/promises'
import { assertNever } from '../../core'
import { appendFileDurably, writeFileAtomic } from './atomic-write'
import { linesOfFile } from './file-lines'
import { checkIndexRecord, serializeRecord } from './library-schema'
import type { IndexRecord } from './library-schema'

/** The change log's name inside the data folder: the changes made since the index was written. */
export const CHANGE_LOG_FILE_NAME = 'library-changes.log'

const LOG_VERSION = 1

/**
 * One change to the library as the log records it. Each is idempotent (a whole record put by id,
 * or an id deleted), so replaying a log on an index that already holds some of its changes (a
 * crash between writing the compacted index and starting the new log) gives the same library.
 */
export type LoggedChange =
  | { readonly op: 'put'; readonly record: IndexRecord }
  | { readonly op: 'delete'; readonly id: string }

/** What reading the log found. */
export interface LogContents {
  /** The log's id from its first line (a new log after each compaction), or null when missing. */
  readonly id: string | null
  readonly changes: ReadonlyArray<LoggedChange>
  /** Bytes up to the end of the last complete line: where the next read starts. */
  readonly end: number
  /** The last record was cut short (power lost while appending it): it was never acknowledged. */
  readonly torn: boolean
  /** Complete lines that could not be read (skipped; the others still apply). */
  readonly unreadable: number
  /** The log was written by a newer version: its changes are not applied. */
  readonly newer: boolean
}

const NO_LOG: LogContents = {
  id: null,
  changes: [],
  end: 0,
  torn: false,
  unreadable: 0,
  newer: false,
}

/**
 * The append-only log of changes beside the index: each change is one JSON line, flushed to disk
 * before the change is acknowledged, so a change writes a few hundred bytes instead of the whole
 * index. The first line names the log; compaction writes the index and then starts a new log.
 */
export class ChangeLog {
  #id: string | null = null
  #bytes = 0
  // An append failed and its fragment could not be cut off: the log must be restarted (after a
  // compaction) before anything is appended after that fragment.
  #suspect = false

  constructor(readonly path: string) {}

  /** The log's size as this process last read or wrote it. */
  get bytes(): number {
    return this.#bytes
  }

  /** True when the log must be compacted before the next append (an append failed part-way). */
  get mustRestart(): boolean {
    return this.#suspect
  }

  /** Where the previous log is kept: the changes the backup index lacks. */
  get backupPath(): string {
    return `${this.path}.bak`
  }

  /**
   * The previous log's changes (those between the backup index and the index): replayed with the
   * current log when the index is damaged and its backup opened instead.
   */
  async readBackup(): Promise<ReadonlyArray<LoggedChange>> {
    const read = await readLog(this.backupPath).catch(() => null)
    if (!read?.header || read.header.version > LOG_VERSION) return []
    return read.changes
  }

  /** True when the log or the previous one is on disk: the library existed before. */
  async exists(): Promise<boolean> {
    const found = await Promise.all(
      [this.path, this.backupPath].map((path) =>
        stat(path).then(
          () => true,
          () => false,
        ),
      ),
    )
    return found.includes(true)
  }

  /** Reads the whole log; a missing log has no changes. */
  async read(): Promise<LogContents> {
    const read = await readLog(this.path).catch(() => null)
    if (!read) {
      this.#id = null
      this.#bytes = 0
      return NO_LOG
    }
    const { header, size, ...parsed } = read
    if (!header) {
      // A log without its first line was not written by this program: nothing of it is trusted.
      this.#id = null
      this.#bytes = 0
      return { ...NO_LOG, unreadable: size > 0 ? 1 : 0 }
    }
    if (header.version > LOG_VERSION) return { ...NO_LOG, id: header.id, newer: true }
    this.#id = header.id
    this.#bytes = parsed.end
    // Anything after the last complete line must go before the next append can follow it.
    this.#suspect = parsed.end !== size
    return { id: header.id, newer: false, ...parsed }
  }

  /**
   * The changes appended since `from` (a `read` or earlier `readSince`) when the log is still the
   * one named `id`; 'replaced' when it was compacted (or removed) meanwhile.
   */
  async readSince(
    id: string,
    from: number,
  ): Promise<{ readonly changes: ReadonlyArray<LoggedChange>; readonly end: number } | 'replaced'> {
    const handle = await open(this.path, 'r').catch(() => null)
    if (!handle) return 'replaced'
    try {
      const { size } = await handle.stat()
      if (size < from) return 'replaced'
      const head = Buffer.alloc(Math.min(size, 200))
      await handle.read(head, 0, head.byteLength, 0)
      const firstEnd = head.indexOf(0x0a)
      const header = firstEnd < 0 ? null : parseHeader(head.subarray(0, firstEnd).toString('utf8'))
      if (header?.id !== id) return 'replaced'
      const tail = Buffer.alloc(size - from)
      await handle.read(tail, 0, tail.byteLength, from)
      const parsed = parseLines(tail, 0)
      return { changes: parsed.changes, end: from + parsed.end }
    } finally {
      await handle.close()
    }
  }

  /** Appends changes as one write, flushed to disk; a new log is started first if there is none. */
  async append(changes: ReadonlyArray<LoggedChange>): Promise<void> {
    if (this.#suspect) throw new Error('rewrite-lens: the change log must be restarted first')
    if (this.#id === null) await this.#start()
    try {
      this.#bytes = await appendFileDurably(this.path, changes.map(serializeChange).join(''))
    } catch (error) {
      // appendFileDurably cut the fragment off unless that failed too; a size check tells.
      const size = await stat(this.path).then(
        (info) => info.size,
        () => -1,
      )
      if (size !== this.#bytes) this.#suspect = true
      throw error
    }
  }

  /**
   * Starts an empty log (after the index was written with every change in it), keeping the old one
   * as the backup log: the backup index plus both logs is the library. A library that never had a
   * log gets none until its first change.
   */
  async reset(): Promise<void> {
    const exists = await stat(this.path).then(
      () => true,
      () => false,
    )
    // A crash between the two renames leaves no log: the index holds every change, so none is lost.
    if (exists) await rename(this.path, this.backupPath)
    if (exists || this.#suspect) await this.#start()
  }

  /** Copies the log aside (before a compaction drops lines that could not be read). */
  async keepCopy(): Promise<string | null> {
    const target = `${this.path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`
    return copyFile(this.path, target).then(
      () => target,
      () => null,
    )
  }

  async #start(): Promise<void> {
    const id = randomUUID()
    const header = `${JSON.stringify({ rewriteLensLog: LOG_VERSION, id })}\n`
    await writeFileAtomic(this.path, header)
    this.#id = id
    this.#bytes = Buffer.byteLength(header)
    this.#suspect = false
  }
}

function serializeChange(change: LoggedChange): string {
  switch (change.op) {
    case 'put':
      return `{"put":${serializeRecord(change.record)}}\n`
    case 'delete':
      return `${JSON.stringify({ delete: change.id })}\n`
    default:
      return assertNever(change)
  }
}

function parseHeader(line: string): { readonly id: string; readonly version: number } | null {
  try {
    const value = JSON.parse(line) as { rewriteLensLog?: unknown; id?: unknown }
    if (typeof value.rewriteLensLog !== 'number' || typeof value.id !== 'string') return null
    return { id: value.id, version: value.rewriteLensLog }
  } catch {
    return null
  }
}

function parseChange(line: string): LoggedChange | null {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return null
  }
  if (value === null || typeof value !== 'object') return null
  if ('delete' in value)
    return typeof value.delete === 'string' ? { op: 'delete', id: value.delete } : null
  if (!('put' in value)) return null
  const record = checkIndexRecord(value.put)
  return record ? { op: 'put', record } : null
}

/**
 * A log file read a chunk at a time (`linesOfFile`: a log holding one huge import is not one
 * string): its header, the changes of its complete lines after it, and sizes in bytes.
 */
async function readLog(path: string): Promise<
  Pick<LogContents, 'changes' | 'end' | 'torn' | 'unreadable'> & {
    readonly header: { readonly id: string; readonly version: number } | null
    readonly size: number
  }
> {
  const changes: LoggedChange[] = []
  let header: { readonly id: string; readonly version: number } | null | undefined
  let unreadable = 0
  let end = 0
  let size = 0
  let torn = false
  for await (const { lines, ended, bytes } of linesOfFile(path)) {
    size += bytes
    if (!ended) {
      // Power lost mid-append can also leave zeros instead of the record's bytes.
      torn = header !== undefined && /[^ \n]/.test(lines[0] ?? '')
      header ??= null
      break
    }
    end += bytes
    for (const line of lines) {
      if (header === undefined) {
        header = parseHeader(line)
        continue
      }
      if (line.trim() === '') continue
      const change = parseChange(line)
      if (change) changes.push(change)
      else unreadable += 1
    }
    if (header === null) break
  }
  return { header: header ?? null, size, changes, end, torn, unreadable }
}

// Complete lines from `start`; a last line without its newline is a record cut short.
function parseLines(
  bytes: Buffer,
  start: number,
): Pick<LogContents, 'changes' | 'end' | 'torn' | 'unreadable'> {
  const changes: LoggedChange[] = []
  let unreadable = 0
  let at = start
  for (;;) {
    const lineEnd = bytes.indexOf(0x0a, at)
    if (lineEnd < 0) break
    const line = bytes.subarray(at, lineEnd).toString('utf8')
    at = lineEnd + 1
    if (line.trim() === '') continue
    const change = parseChange(line)
    if (change) changes.push(change)
    else unreadable += 1
  }
  // Power lost mid-append can also leave zeros instead of the record's bytes.
  const torn = bytes.subarray(at).some((byte) => byte !== 0x20 && byte !== 0x0a)
  return { changes, end: at, torn, unreadable }
}

/**
 * The records after applying `changes` in order: a put replaces the record with its id in place
 * or adds it at the end, a delete removes the record with its id (if any).
 */
export function applyChanges(
  records: ReadonlyArray<IndexRecord>,
  changes: ReadonlyArray<LoggedChange>,
): ReadonlyArray<IndexRecord> {
  if (changes.length === 0) return records
  const byId = new Map(records.map((record) => [record.id, record]))
  for (const change of changes) {
    if (change.op === 'put') {
      // A record put again moves to the end only when it had been deleted: Map keeps its place.
      byId.set(change.record.id, change.record)
    } else byId.delete(change.id)
  }
  return [...byId.values()]
}
