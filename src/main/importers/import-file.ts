import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { ArticleFormat } from '../../shared/api'

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

/** An article read from a file, before it is stored. */
export interface ImportedArticle {
  readonly title: string
  readonly source: string
  readonly url: string
  readonly publishedAt: string
  readonly fileName: string
  readonly format: ArticleFormat
  readonly text: string
}

/** A file that cannot be imported; `message` is one sentence saying what to do. */
export class ImportError extends Error {
  override readonly name = 'ImportError'
  constructor(
    readonly fileName: string,
    message: string,
  ) {
    super(message)
  }
}

// TEMPORARY (to be completed by the importers work: html, docx, encodings, binary detection).
/** Reads an article file (.txt, .md, .html/.htm, .docx) into plain text with its metadata. */
export async function importArticleFile(path: string): Promise<ImportedArticle> {
  const fileName = basename(path)
  const info = await stat(path).catch(() => null)
  if (!info) throw new ImportError(fileName, `rewrite-lens: ${path}: no such file; check the path.`)
  if (info.isDirectory())
    throw new ImportError(fileName, `rewrite-lens: ${path} is a folder; give an article file.`)
  if (info.size > MAX_IMPORT_BYTES)
    throw new ImportError(fileName, `rewrite-lens: ${path} is over 5 MB; split it or trim it first.`)
  const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path))
  return {
    title: '',
    source: '',
    url: '',
    publishedAt: '',
    fileName,
    format: extname(path).toLowerCase() === '.md' ? 'md' : 'txt',
    text,
  }
}
