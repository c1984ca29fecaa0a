import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { writeFileAtomic } from './atomic-write'

/** The search cache's name inside the data folder: folded words per text, rebuilt when missing. */
export const SEARCH_CACHE_FILE_NAME = 'search-cache.txt'

const HASH_LENGTH = 64

/**
 * Reads the words saved for search, one text per line (`<hash> <words>`), keeping only texts in
 * `wanted`. Read as a stream, so a cache of 10,000 texts never blocks the event loop for long;
 * a missing or damaged cache is just empty (every text is then folded again from its file).
 */
export async function readSearchCache(
  path: string,
  wanted: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const entries = new Map<string, string>()
  const stream = createReadStream(path, { encoding: 'utf8' })
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      const hash = line.slice(0, HASH_LENGTH)
      if (line.charAt(HASH_LENGTH) === ' ' && wanted.has(hash))
        entries.set(hash, line.slice(HASH_LENGTH + 1))
    }
  } catch {
    // No cache yet, or unreadable: the texts are read instead.
  } finally {
    stream.destroy()
  }
  return entries
}

/** Saves the words for search of every text in `entries` (atomically; it is only a cache). */
export async function writeSearchCache(
  path: string,
  entries: ReadonlyMap<string, string>,
): Promise<void> {
  const lines: string[] = []
  for (const [hash, words] of entries) lines.push(`${hash} ${words}\n`)
  await writeFileAtomic(path, lines)
}
