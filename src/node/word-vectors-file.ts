import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { WordVectors } from '../core/types'
import type { WordVectorSubset } from '../shared/api'

/** Word vectors read from disk, which can also hand out the subset two articles need. */
export interface LoadedWordVectors extends WordVectors {
  readonly size: number
  subset(words: ReadonlyArray<string>): WordVectorSubset
}

/** A word-vector file that is missing or not in the format scripts/build-word-vectors.mjs writes. */
export class WordVectorsError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message)
    this.name = 'WordVectorsError'
  }
}

const MAGIC = 'RLWVEC01'
const HEADER_BYTES = 16

/** Where `npm run build` writes the word vectors, seen from a directory inside the app (e.g. out/main). */
export function defaultWordVectorsPath(fromDir: string): string {
  return resolve(fromDir, '..', 'word-vectors', 'word-vectors.bin')
}

/** Reads the word-vector file written by scripts/build-word-vectors.mjs (format documented there). */
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
  return decodeWordVectors(bytes, path)
}

function decodeWordVectors(bytes: Buffer, path: string): LoadedWordVectors {
  const corrupt = (): WordVectorsError =>
    new WordVectorsError(
      `rewrite-lens: ${path} is not a word-vector file; rebuild it with npm run build:vectors.`,
      path,
    )
  if (bytes.length < HEADER_BYTES || bytes.toString('ascii', 0, 8) !== MAGIC) throw corrupt()
  const dimensions = bytes.readUInt32LE(8)
  const count = bytes.readUInt32LE(12)
  const componentsStart = HEADER_BYTES + 4 * count
  const wordsStart = componentsStart + count * dimensions
  if (dimensions === 0 || wordsStart > bytes.length) throw corrupt()
  // Copies keep the typed arrays aligned whatever offset the Buffer has in its pool.
  const scales = new Float32Array(
    bytes.buffer.slice(bytes.byteOffset + HEADER_BYTES, bytes.byteOffset + componentsStart),
  )
  const components = new Int8Array(
    bytes.buffer.slice(bytes.byteOffset + componentsStart, bytes.byteOffset + wordsStart),
  )
  const words = bytes.toString('utf8', wordsStart).split('\n')
  if (words.length !== count + 1) throw corrupt()
  const rows = new Map<string, number>()
  words.slice(0, count).forEach((word, row) => rows.set(word, row))

  const vectorOf = (word: string): Float32Array | undefined => {
    const row = rows.get(word)
    if (row === undefined) return undefined
    const scale = scales[row] ?? 0
    const vector = new Float32Array(dimensions)
    let norm = 0
    for (let k = 0; k < dimensions; k++) {
      const value = (components[row * dimensions + k] ?? 0) * scale
      vector[k] = value
      norm += value * value
    }
    // Quantisation shifts the length slightly; callers rely on unit vectors.
    const inverse = norm > 0 ? 1 / Math.sqrt(norm) : 0
    for (let k = 0; k < dimensions; k++) vector[k] = (vector[k] ?? 0) * inverse
    return vector
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
