import { access, readFile } from 'node:fs/promises'
import type { WordVectors } from '../core'
import { readWordVectorFile, WordVectorsError } from '../node/word-vectors-file'
import { oneLine } from './cli-messages'

/**
 * The word vectors at `path`, or null (comparing by spelling only) when there is no path, no file
 * (said with --verbose) or a damaged one (a one-line warning: the comparison still stands).
 */
export async function readWordVectors(
  path: string | undefined,
  note: (message: string) => void,
  warn: (text: string) => void,
): Promise<WordVectors | null> {
  const bytes = await readVectorFile(path, note, warn)
  return bytes === null || path === undefined ? null : checked(bytes, path, warn)
}

/** Word vectors whose file bytes live in shared memory, so worker threads read the same copy. */
export interface SharedWordVectors {
  readonly path: string
  readonly bytes: SharedArrayBuffer
}

/**
 * The word-vector file read once into shared memory for batch's worker threads, checked with the
 * same notes and warnings as {@link readWordVectors}; null when there are none to share.
 */
export async function readSharedWordVectors(
  path: string | undefined,
  note: (message: string) => void,
  warn: (text: string) => void,
): Promise<SharedWordVectors | null> {
  const bytes = await readVectorFile(path, note, warn)
  if (bytes === null || path === undefined) return null
  const shared = new SharedArrayBuffer(bytes.byteLength)
  new Uint8Array(shared).set(bytes)
  return checked(Buffer.from(shared), path, warn) ? { path, bytes: shared } : null
}

/** The word vectors over bytes a batch worker was given (already checked by the main thread). */
export function wordVectorsOfShared(shared: SharedWordVectors | null): WordVectors | null {
  return shared === null ? null : checked(Buffer.from(shared.bytes), shared.path, () => {})
}

async function readVectorFile(
  path: string | undefined,
  note: (message: string) => void,
  warn: (text: string) => void,
): Promise<Buffer | null> {
  if (path === undefined) return null
  const present = await access(path).then(
    () => true,
    () => false,
  )
  if (!present) {
    note(
      `no word vectors at ${path} (run npm run build:vectors); comparing words by spelling only.`,
    )
    return null
  }
  return readFile(path).catch(() => {
    const message = `cannot read the word vectors at ${path}; run npm run build:vectors.`
    warnDamaged(new WordVectorsError(message, path), warn)
    return null
  })
}

function checked(bytes: Buffer, path: string, warn: (text: string) => void): WordVectors | null {
  try {
    return readWordVectorFile(bytes, path)
  } catch (error) {
    warnDamaged(error, warn)
    return null
  }
}

// A damaged vector file degrades paraphrase matching but the comparison still stands.
function warnDamaged(error: unknown, warn: (text: string) => void): void {
  const reason =
    error instanceof Error ? error.message.replace(/^rewrite-lens: /, '') : String(error)
  warn(`rewrite-lens: warning: ${oneLine(reason)} Comparing words by spelling only.\n`)
}
