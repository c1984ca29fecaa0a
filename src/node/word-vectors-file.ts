import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { WordVectors } from '../core/types'
import type { WordVectorSubset } from '../shared/api'
import { UserError } from '../core/user-error'

/** Word vectors read from disk, which can also hand out the subset two articles need. */
export interface LoadedWordVectors extends WordVectors {
  readonly size: number
  subset(words: ReadonlyArray<string>): WordVectorSubset
}

/** A word-vector file that is missing or not in the format scripts/build-word-vectors.mjs writes. */
export class WordVectorsError extends UserError {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message)
    this.name = 'WordVectorsError'
  }
}

const MAGIC = 'RLWVEC02'
const HEADER_BYTES = 20
const MAX_KNOWN_WORDS = 50_000

/** Where `npm run build` writes the word vectors, seen from a directory inside the app (e.g. out/main). */
export function defaultWordVectorsPath(fromDir: string): string {
  return resolve(fromDir, '..', 'word-vectors', 'word-vectors.bin')
}

/**
 * Reads the word-vector file written by scripts/build-word-vectors.mjs (format documented there).
 * The bytes are used as they are: a word is found by binary search over the sorted vocabulary and
 * only its row is read, so loading costs one file read whatever the vocabulary's size.
 */
export async function loadWordVectors(path: string): Promise<LoadedWordVectors> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch {
    throw new WordVectorsError(
      `rewrite-lens: cannot read the word vectors at ${path}; run npm run build:vectors.`,
      path,
    )
  }
  return readWordVectorBytes(bytes, path)
}

/** Word vectors over the bytes of a word-vector file, or a {@link WordVectorsError}. */
export function readWordVectorBytes(bytes: Buffer, path: string): LoadedWordVectors {
  const corrupt = (): WordVectorsError =>
    new WordVectorsError(
      `rewrite-lens: ${path} is not a word-vector file; rebuild it with npm run build:vectors.`,
      path,
    )
  if (bytes.length < HEADER_BYTES || bytes.toString('ascii', 0, 8) !== MAGIC) throw corrupt()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const dimensions = view.getUint32(8, true)
  const count = view.getUint32(12, true)
  const vocabularyBytes = view.getUint32(16, true)
  const offsetsStart = HEADER_BYTES + 4 * count
  const componentsStart = offsetsStart + 4 * (count + 1)
  const vocabularyStart = componentsStart + count * dimensions
  if (
    dimensions === 0 ||
    vocabularyStart + vocabularyBytes !== bytes.length ||
    view.getUint32(offsetsStart + 4 * count, true) !== vocabularyBytes
  )
    throw corrupt()

  const wordStart = (row: number): number =>
    vocabularyStart + view.getUint32(offsetsStart + 4 * row, true)

  const rowOf = (word: string): number => {
    const key = Buffer.from(word, 'utf8')
    let low = 0
    let high = count - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const order = bytes.compare(key, 0, key.length, wordStart(middle), wordStart(middle + 1))
      if (order === 0) return middle
      if (order < 0) low = middle + 1
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

  const subset = (wanted: ReadonlyArray<string>): WordVectorSubset => {
    const vectors: Record<string, ReadonlyArray<number>> = {}
    for (const word of wanted) {
      const vector = vectorOf(word)
      if (vector) vectors[word] = Array.from(vector)
    }
    return { dimensions, vectors }
  }

  return { dimensions, size: count, vectorOf, subset }
}
