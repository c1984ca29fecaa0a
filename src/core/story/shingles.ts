import { tokenizeText } from '../text/words'
import { normalizeTypography } from '../text/typography'
import type { Paragraph } from '../types'

// Three words: long enough that shared runs are rarely chance ("the US and"), short enough that a
// paraphrase which keeps a few phrases of its source still shares them (the seeds are rewrites).
const SHINGLE_WORDS = 3

/** The words of one version and, at each word, the id of the shingle (word run) it starts. */
export interface VersionWords {
  readonly count: number
  readonly paragraph: Int32Array
  readonly start: Int32Array
  readonly end: Int32Array
  /** Shingle id starting at each word, -1 where fewer than three words of the paragraph follow. */
  readonly shingles: Int32Array
}

/** Interned shingles of all versions and which versions contain each, built once per story. */
export interface ShingleIndex {
  readonly versions: ReadonlyArray<VersionWords>
  /** For each shingle id, the ascending indices of the versions that contain it. */
  readonly owners: ReadonlyArray<ReadonlyArray<number>>
}

/** Reads the words of every version's paragraphs (boilerplate left out) and interns their shingles. */
export function indexShingles(versions: ReadonlyArray<ReadonlyArray<Paragraph>>): ShingleIndex {
  const ids = new Map<string, number>()
  const owners: number[][] = []
  const read = versions.map((paragraphs, version) => {
    const paragraph: number[] = []
    const start: number[] = []
    const end: number[] = []
    const shingles: number[] = []
    for (const item of paragraphs) {
      if (item.kind === 'boilerplate') continue
      const keys: string[] = []
      for (const token of tokenizeText(item.text)) {
        if (token.kind !== 'word') continue
        paragraph.push(item.index)
        start.push(token.start)
        end.push(token.end)
        keys.push(normalizeTypography(token.text).toLowerCase())
      }
      keys.forEach((_key, at) => {
        if (at + SHINGLE_WORDS > keys.length) {
          shingles.push(-1)
          return
        }
        const gram = keys.slice(at, at + SHINGLE_WORDS).join(' ')
        let id = ids.get(gram)
        if (id === undefined) {
          id = owners.length
          ids.set(gram, id)
          owners.push([])
        }
        const list = owners[id]!
        if (list[list.length - 1] !== version) list.push(version)
        shingles.push(id)
      })
    }
    return {
      count: paragraph.length,
      paragraph: Int32Array.from(paragraph),
      start: Int32Array.from(start),
      end: Int32Array.from(end),
      shingles: Int32Array.from(shingles),
    }
  })
  return { versions: read, owners }
}

/**
 * Words of `version` covered by a shingle that some version accepted by `counts` also contains,
 * counted once however many shingles cover them; one pass, each shingle's owners visited once.
 */
function coveredWords(
  index: ShingleIndex,
  version: number,
  counts: (owner: number) => boolean,
  covered: (owner: number, words: number) => void,
  size: number,
): void {
  const words = index.versions[version]!
  const upTo = new Int32Array(size).fill(-1)
  for (let at = 0; at < words.count; at += 1) {
    const id = words.shingles[at]!
    if (id < 0) continue
    const last = at + SHINGLE_WORDS - 1
    for (const owner of index.owners[id]!) {
      if (owner === version || !counts(owner)) continue
      const from = Math.max(upTo[owner]!, at - 1)
      covered(owner, last - from)
      upTo[owner] = last
    }
  }
}

/**
 * N×N share of content in common: the words of both versions covered by shingles they share,
 * over the words of both. Symmetric, 1 on the diagonal.
 */
export function similarityMatrix(index: ShingleIndex): ReadonlyArray<ReadonlyArray<number>> {
  const n = index.versions.length
  const shared = Array.from({ length: n }, () => new Float64Array(n))
  for (let version = 0; version < n; version += 1) {
    const row = shared[version]!
    coveredWords(
      index,
      version,
      () => true,
      (owner, words) => {
        row[owner] = row[owner]! + words
      },
      n,
    )
  }
  return Array.from({ length: n }, (_, a) =>
    Array.from({ length: n }, (_, b) => {
      if (a === b) return 1
      const total = index.versions[a]!.count + index.versions[b]!.count
      return total === 0 ? 0 : round((shared[a]![b]! + shared[b]![a]!) / total)
    }),
  )
}

/**
 * Each version's share of words covered by no shingle of another version; with `earlierOnly`,
 * only versions before it count (the first is then wholly original).
 */
export function originalityShares(
  index: ShingleIndex,
  earlierOnly: boolean,
): ReadonlyArray<number> {
  return index.versions.map((words, version) => {
    if (words.count === 0) return 0
    // Covered by any other version: each word counts once however many versions share it.
    const upTo = { value: -1 }
    let found = 0
    for (let at = 0; at < words.count; at += 1) {
      const id = words.shingles[at]!
      if (id < 0) continue
      const seen = index.owners[id]!.some(
        (owner) => owner !== version && (!earlierOnly || owner < version),
      )
      if (!seen) continue
      const last = at + SHINGLE_WORDS - 1
      found += last - Math.max(upTo.value, at - 1)
      upTo.value = last
    }
    return round(1 - found / words.count)
  })
}

/** One run of words of a version, as word positions (inclusive start, exclusive end). */
interface WordRun {
  readonly from: number
  readonly to: number
}

// A phrase shorter than this says little about who copied whom; longer ones are trimmed for display.
const MIN_EVIDENCE_WORDS = 4
const MAX_EVIDENCE_WORDS = 14
const EVIDENCE_PHRASES = 3

/**
 * Up to three of the longest phrases `child` shares with `parent` and with no other version,
 * as the child writes them.
 */
export function distinctivePhrases(
  index: ShingleIndex,
  child: number,
  parent: number,
  paragraphs: ReadonlyArray<Paragraph>,
): ReadonlyArray<string> {
  const words = index.versions[child]!
  const runs: WordRun[] = []
  let open: { from: number; to: number } | null = null
  for (let at = 0; at < words.count; at += 1) {
    const id = words.shingles[at]!
    const owners = id < 0 ? [] : index.owners[id]!
    const only = owners.length === 2 && owners.includes(child) && owners.includes(parent)
    const sameParagraph = open !== null && words.paragraph[at] === words.paragraph[open.from]
    if (only && open !== null && sameParagraph && at <= open.to - SHINGLE_WORDS + 1) {
      open.to = at + SHINGLE_WORDS
    } else if (only) {
      if (open !== null) runs.push(open)
      open = { from: at, to: at + SHINGLE_WORDS }
    }
  }
  if (open !== null) runs.push(open)
  const texts = new Map(paragraphs.map((paragraph) => [paragraph.index, paragraph.text]))
  return runs
    .filter((run) => run.to - run.from >= MIN_EVIDENCE_WORDS)
    .sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from)
    .slice(0, EVIDENCE_PHRASES)
    .sort((a, b) => a.from - b.from)
    .map((run) => {
      const last = Math.min(run.to, run.from + MAX_EVIDENCE_WORDS) - 1
      const text = texts.get(words.paragraph[run.from]!) ?? ''
      return text.slice(words.start[run.from]!, words.end[last]!)
    })
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000
}
