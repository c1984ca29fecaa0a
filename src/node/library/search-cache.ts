import { appendFile } from 'node:fs/promises'
import { writeFileAtomic } from './atomic-write'
import { linesOfFile } from './file-lines'
import { rangeInSlices, timeSlicer } from './time-slice'

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
 * `wanted`. Read a chunk at a time (`linesOfFile`: no size limit but the disk's) and cut into lines
 * in time slices, so the event loop is never held for long; a missing or damaged cache is just
 * empty (every text is then folded again from its file).
 */
export async function readSearchCache(
  path: string,
  wanted: ReadonlySet<string>,
): Promise<CachedWords> {
  const entries = new Map<string, string>()
  const slice = timeSlicer()
  let stale = 0
  // A few lines at a time in a synchronous loop (compiled on its own, not with this function).
  const readLines = (lines: ReadonlyArray<string>, from: number, to: number): boolean => {
    for (let at = from; at < to; at += 1) {
      const line = lines[at] ?? ''
      const hash = line.slice(0, HASH_LENGTH)
      const complete = line.charCodeAt(HASH_LENGTH) === 0x20 && line.endsWith('\t')
      if (complete && wanted.has(hash) && !entries.has(hash))
        entries.set(hash, line.slice(HASH_LENGTH + 1, -1))
      else if (line !== '') stale += 1
    }
    return true
  }
  try {
    for await (const { lines } of linesOfFile(path))
      await rangeInSlices(lines.length, 16, (from, to) => readLines(lines, from, to), slice)
  } catch {
    return { entries: new Map(), stale: 0 }
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
