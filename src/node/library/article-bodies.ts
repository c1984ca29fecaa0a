import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { TEMP_FILE_MARK, writeFileAtomic } from './atomic-write'

/** The folder inside the data folder that holds one file per article text. */
export const BODIES_FOLDER = 'articles'

/** The name of an article text's file: the SHA-256 of its UTF-8 bytes, in hex. */
export function bodyHashOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/**
 * Article texts stored content-addressed outside the index: `articles/ab/abcd….txt`, named by the
 * hash of the text, so a file is written once, never changed, and can be checked when read. The
 * index only names a text after its file is on disk, so a crash leaves at most an unnamed file.
 */
export class ArticleBodies {
  readonly folder: string

  constructor(dataDir: string) {
    this.folder = join(dataDir, BODIES_FOLDER)
  }

  /** Where the text with this hash lives. */
  pathOf(hash: string): string {
    return join(this.folder, hash.slice(0, 2), `${hash}.txt`)
  }

  /** Saves a text (atomically, flushed to disk) unless an identical one is already stored. */
  async write(text: string): Promise<string> {
    const hash = bodyHashOf(text)
    const path = this.pathOf(hash)
    const bytes = Buffer.from(text, 'utf8')
    const existing = await stat(path).catch(() => null)
    if (existing?.size === bytes.byteLength) return hash
    await mkdir(join(this.folder, hash.slice(0, 2)), { recursive: true })
    await writeFileAtomic(path, bytes)
    return hash
  }

  /**
   * Saves many texts (a migration), several at a time: each is still flushed before its rename,
   * but the disk's journal commits concurrent flushes together instead of one by one.
   */
  async writeAll(texts: ReadonlyArray<string>): Promise<ReadonlyArray<string>> {
    const hashes: string[] = new Array<string>(texts.length)
    let next = 0
    const worker = async (): Promise<void> => {
      for (let index = next++; index < texts.length; index = next++)
        hashes[index] = await this.write(texts[index] ?? '')
    }
    await Promise.all(Array.from({ length: 16 }, worker))
    return hashes
  }

  /** The text with this hash, or null when its file is missing or does not match its name. */
  async read(hash: string): Promise<string | null> {
    const bytes = await readFile(this.pathOf(hash)).catch(() => null)
    if (!bytes) return null
    if (createHash('sha256').update(bytes).digest('hex') !== hash) return null
    return bytes.toString('utf8')
  }

  /** The text with this hash as stored, unchecked (for search), or null when its file is missing. */
  async readUnchecked(hash: string): Promise<string | null> {
    return readFile(this.pathOf(hash), 'utf8').catch(() => null)
  }

  /** Deletes a text's file; a missing one is already gone. */
  async remove(hash: string): Promise<void> {
    await unlink(this.pathOf(hash)).catch(() => undefined)
  }

  /**
   * Removes what a crash left: temp files of unfinished writes and texts no index entry names
   * (written before a crash stopped the index save, or deleted articles from earlier sessions).
   * Only the process holding the library's lock calls this.
   */
  async removeUnreferenced(referenced: ReadonlySet<string>): Promise<number> {
    let removed = 0
    const shards = await readdir(this.folder).catch(() => [])
    for (const shard of shards) {
      const names = await readdir(join(this.folder, shard)).catch(() => [])
      for (const name of names) {
        const unfinished = name.startsWith(TEMP_FILE_MARK)
        const unnamed = name.endsWith('.txt') && !referenced.has(name.slice(0, -4))
        if (!unfinished && !unnamed) continue
        await unlink(join(this.folder, shard, name)).catch(() => undefined)
        removed += 1
      }
    }
    return removed
  }
}
