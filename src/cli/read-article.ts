import {
  ImportError,
  importArticleBytes,
  importArticleFile,
  MAX_IMPORT_BYTES,
} from '../node/importers/import-file'
import type { ImportedArticle } from '../node/importers/import-file'
import type { ArticleInput } from '../core'
import { STDIN_PATH } from './cli-args'

/** How standard input is named in messages. */
const STDIN_NAME = 'standard input'

/** Reads an article from a file, or as plain text from standard input when the path is `-`. */
export async function readArticle(
  path: string,
  stdin: AsyncIterable<Uint8Array | string> | undefined,
): Promise<ImportedArticle> {
  if (path !== STDIN_PATH) return importArticleFile(path)
  const bytes = await readAtMost(stdin ?? [], MAX_IMPORT_BYTES)
  if (bytes === null)
    throw new ImportError(
      STDIN_NAME,
      `${STDIN_NAME} holds more than 5 MB; pipe in just the article's text.`,
    )
  return importArticleBytes(STDIN_NAME, bytes, 'txt')
}

/**
 * The engine's input for an article read from `path`: reports name the side by its file name (not
 * the path, which would show the user's folders to whoever reads the report) and by the source
 * and date the file itself declares.
 */
export function articleInputOf(path: string, article: ImportedArticle): ArticleInput {
  return {
    path,
    title: article.title,
    fileName: article.fileName,
    source: article.source,
    publishedAt: article.publishedAt,
    text: article.text,
  }
}

/** All of a stream's bytes, or null as soon as there are more than `limit`. */
async function readAtMost(
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  limit: number,
): Promise<Uint8Array | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)
    size += bytes.byteLength
    if (size > limit) return null
    chunks.push(bytes)
  }
  return Buffer.concat(chunks)
}
