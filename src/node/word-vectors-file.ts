import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { readWordVectorBytes, UserError } from '../core'
import type { WordVectorFile } from '../core'

/** Word vectors read from disk, with the file's bytes (main hands them to the app's workers). */
export interface LoadedWordVectors extends WordVectorFile {
  readonly bytes: Uint8Array
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

/** Where `npm run build` writes the word vectors, seen from a directory inside the app (e.g. out/main). */
export function defaultWordVectorsPath(fromDir: string): string {
  return resolve(fromDir, '..', 'word-vectors', 'word-vectors.bin')
}

/**
 * Reads the word-vector file written by scripts/build-word-vectors.mjs (format documented there):
 * one file read, then words are looked up in the bytes as they are (core's readWordVectorBytes).
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
  return readWordVectorFile(bytes, path)
}

/** Word vectors over the bytes of a word-vector file, or a {@link WordVectorsError}. */
export function readWordVectorFile(bytes: Uint8Array, path: string): LoadedWordVectors {
  const vectors = readWordVectorBytes(bytes)
  if (!vectors)
    throw new WordVectorsError(
      `rewrite-lens: ${path} is not a word-vector file; rebuild it with npm run build:vectors.`,
      path,
    )
  return { ...vectors, bytes }
}
