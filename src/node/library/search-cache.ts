import { appendFile, readFile } from 'node:fs/promises'
import { writeFileAtomic } from './atomic-write'
import { timeSlicer } from './time-slice'

/** The search cache's name inside the data folder: folded words per text, rebuilt when missing. */
export const SEARCH_CACHE_FILE_NAME = 'search-cache.txt'

const HASH_LENGTH = 64

/** The words read from the cache, and how many of its lines were of no use (to rewrite it). */
export interface CachedWords {
  readonly entries: Map<string, string>
  /** Lines for texts not `wanted` (deleted articles) or repeated. */
  readonly stale: number
}

// Each line ends with a tab before its newline (words hold no whitespace): a line cut short by a
// crash during an append lacks it and is not used, so a text is never searched by half its words.
const LINE_END = '\t\n'

/**
 * Reads the words saved for search, one text per line (`<hash> <words>\t`), keeping only texts in
 * `wanted`. Read whole (20 MB for 10,000 texts takes milliseconds) and cut into lines in time
 * slices, so the event loop is never held for long; a missing or damaged cache is just empty (every
 * text is then folded again from its file).
 */
export async function readSearchCache(
  path: string,
  wanted: ReadonlySet<string>,
): Promise<CachedWords> {
  const entries = new Map<string, string>()
  const bytes = await readFile(path).catch(() => null)
  if (!bytes) return { entries, stale: 0 }
  const slice = timeSlicer()
  let stale = 0
  // A few lines at a time in a synchronous loop (compiled on its own, not with this function).
  const readLines = (from: number, lines: number): number => {
    let at = from
    for (let line = 0; line < lines && at < bytes.byteLength; line += 1) {
      const found = bytes.indexOf(0x0a, at)
      const end = found < 0 ? bytes.byteLength : found
      const hash = bytes.toString('latin1', at, Math.min(end, at + HASH_LENGTH))
      const complete = bytes[at + HASH_LENGTH] === 0x20 && bytes[end - 1] === 0x09
      if (complete && wanted.has(hash) && !entries.has(hash))
        entries.set(hash, bytes.toString('utf8', at + HASH_LENGTH + 1, end - 1))
      else if (end > at) stale += 1
      at = end + 1
    }
    return at
  }
  for (let at = 0; at < bytes.byteLength;) {
    at = readLines(at, 16)
    await slice()
  }
  return { entries, stale }
}

/** Saves the words for search of every text in `entries` (atomically; it is only a cache). */
export async function writeSearchCache(
  path: string,
  entries: ReadonlyMap<string, string>,
): Promise<void> {
  const lines: string[] = []
  for (const [hash, words] of entries) lines.push(`${hash} ${words}${LINE_END}`)
  await writeFileAtomic(path, lines)
}

/**
 * Adds the words of newly stored texts to the cache, so the next start finds them without reading
 * the texts. Not flushed: a line lost or cut short in a crash is only a cache miss.
 */
export async function appendSearchCache(
  path: string,
  entries: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  // The newline first ends a line a crash cut short, so it cannot run into this one.
  await appendFile(path, entries.map(([hash, words]) => `\n${hash} ${words}${LINE_END}`).join(''))
}
