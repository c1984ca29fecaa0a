import type { WordVectors } from './types'

/** Word vectors over the bytes of a word-vector file, with its vocabulary size. */
export interface WordVectorFile extends WordVectors {
  readonly size: number
}

const MAGIC = 'RLWVEC03'
const HEADER_BYTES = 20
const MAX_KNOWN_WORDS = 50_000

/**
 * Reads the bytes of a word-vector file (format documented in scripts/build-word-vectors.mjs), or
 * null when they are not one. The bytes are used as they are: a word is found by binary search over
 * the sorted vocabulary and only its row is read, so this costs nothing whatever the vocabulary's
 * size. Both the CLI (a file read) and the app's workers (the bytes main sent once) use it.
 */
export function readWordVectorBytes(bytes: Uint8Array): WordVectorFile | null {
  if (bytes.length < HEADER_BYTES) return null
  for (let k = 0; k < MAGIC.length; k++) if (bytes[k] !== MAGIC.charCodeAt(k)) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const dimensions = view.getUint32(8, true)
  const count = view.getUint32(12, true)
  const vocabularyBytes = view.getUint32(16, true)
  const ranksStart = HEADER_BYTES + 4 * count
  const offsetsStart = ranksStart + 4 * count
  const componentsStart = offsetsStart + 4 * (count + 1)
  const vocabularyStart = componentsStart + count * dimensions
  if (
    dimensions === 0 ||
    vocabularyStart + vocabularyBytes !== bytes.length ||
    view.getUint32(offsetsStart + 4 * count, true) !== vocabularyBytes
  )
    return null

  const wordStart = (row: number): number =>
    vocabularyStart + view.getUint32(offsetsStart + 4 * row, true)
  const encoder = new TextEncoder()

  // Compares the UTF-8 key with word `row` byte by byte: the order the builder sorted them in.
  const compareWith = (key: Uint8Array, row: number): number => {
    const start = wordStart(row)
    const length = wordStart(row + 1) - start
    const shared = Math.min(key.length, length)
    for (let k = 0; k < shared; k++) {
      const difference = (key[k] ?? 0) - (bytes[start + k] ?? 0)
      if (difference !== 0) return difference
    }
    return key.length - length
  }

  const rowOf = (word: string): number => {
    const key = encoder.encode(word)
    let low = 0
    let high = count - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const order = compareWith(key, middle)
      if (order === 0) return middle
      if (order > 0) low = middle + 1
      else high = middle - 1
    }
    return -1
  }

  const readRow = (row: number): Float32Array => {
    const scale = view.getFloat32(HEADER_BYTES + 4 * row, true)
    const vector = new Float32Array(dimensions)
    const base = componentsStart + row * dimensions
    for (let k = 0; k < dimensions; k++) vector[k] = view.getInt8(base + k) * scale
    return vector
  }

  // The aligner asks for the same words again and again; each is searched for once. Cleared when
  // full, so a long batch run's memory stays bounded.
  const known = new Map<string, Float32Array | null>()
  const vectorOf = (word: string): Float32Array | undefined => {
    let vector = known.get(word)
    if (vector === undefined) {
      const row = rowOf(word)
      vector = row < 0 ? null : readRow(row)
      if (known.size >= MAX_KNOWN_WORDS) known.clear()
      known.set(word, vector)
    }
    return vector ?? undefined
  }

  // Words the file lacks are rarer than all it keeps (the most frequent ones); the rarest rank is
  // found the first time such a word is asked for, not on every read of the file.
  let lastRank: number | undefined
  const rankOfMissing = (): number => {
    if (lastRank === undefined) {
      lastRank = 0
      for (let row = 0; row < count; row++) {
        lastRank = Math.max(lastRank, view.getUint32(ranksStart + 4 * row, true))
      }
    }
    return lastRank + 1
  }
  // Asked for every spelling of every shared word of every sentence link: searched for once each,
  // like `known`.
  const ranks = new Map<string, number>()
  const rankOf = (word: string): number => {
    let rank = ranks.get(word)
    if (rank === undefined) {
      const row = rowOf(word)
      rank = row < 0 ? rankOfMissing() : view.getUint32(ranksStart + 4 * row, true)
      if (ranks.size >= MAX_KNOWN_WORDS) ranks.clear()
      ranks.set(word, rank)
    }
    return rank
  }

  return { dimensions, size: count, vectorOf, rankOf }
}
