import { access } from 'node:fs/promises'
import type { WordVectors } from '../core/types'
import { loadWordVectors } from '../node/word-vectors-file'
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
  try {
    return await loadWordVectors(path)
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/^rewrite-lens: /, '') : String(error)
    warn(`rewrite-lens: warning: ${oneLine(reason)} Comparing words by spelling only.\n`)
    return null
  }
}
