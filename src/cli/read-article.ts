import {
  ImportError,
  importArticleBytes,
  importArticleFile,
  MAX_IMPORT_BYTES,
} from '../node/importers/import-file'
import type { ImportedArticle } from '../node/importers/import-file'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ArticleInput } from '../core'
import { STDIN_PATH } from './cli-args'

/** How standard input is named in messages. */
const STDIN_NAME = 'standard input'

/**
 * Reads an article from a file, or from standard input when the path is `-`, or from the pipe a
 * shell's process substitution names (`<(git show HEAD~1:story.txt)` is /dev/fd/63). What comes
 * through a pipe is read as text, or as HTML when it starts as an HTML page does (`curl -s URL |
 * rewrite-lens compare a.txt -`).
 */
export async function readArticle(
  path: string,
  stdin: AsyncIterable<Uint8Array | string> | undefined,
): Promise<ImportedArticle> {
  if (path === STDIN_PATH) return readPiped(STDIN_NAME, stdin ?? [])
  // Only the shell's own pipes: it starts their writer first. A named pipe in a folder may have
  // no writer, and reading it would wait for ever; the importer refuses those.
  if (SHELL_PIPE.test(path) && (await stat(path).catch(() => null))?.isFIFO())
    return readPiped(path, createReadStream(path))
  return importArticleFile(path)
}

/** How shells name the pipes of process substitution (bash, zsh; Linux and macOS). */
const SHELL_PIPE = /^\/(?:dev|proc\/self)\/fd\/\d+$/

async function readPiped(
  name: string,
  stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): Promise<ImportedArticle> {
  const bytes = await readAtMost(stream, MAX_IMPORT_BYTES)
  if (bytes === null)
    throw new ImportError(name, `${name} holds more than 5 MB; pipe in just the article's text.`)
  return importArticleBytes(name, bytes, looksLikeHtml(bytes) ? 'html' : 'txt')
}

/** Whether piped bytes begin as an HTML page does (after a byte order mark and white space). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = Buffer.from(bytes.subarray(0, 512))
    .toString('utf8')
    .replace(/^\uFEFF?\s*/, '')
  return /^(<!doctype html|<html[\s>])/i.test(start)
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
