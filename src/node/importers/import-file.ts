import { lstat, readFile, realpath, stat } from 'node:fs/promises'
import { basename, sep } from 'node:path'
import type { ArticleFormat } from '../../shared/api'
import { importFormatOf } from '../../shared/import-formats'
import type { ImportFileFormat } from '../../shared/import-formats'
import { decodeText, normalizeNewlines } from './decode-text'
import { extractDocxLines, inflateWithinBudget } from './docx-article'
import { extractHtmlArticle, isoDateOf, webUrlOf } from './html-article'
import { extractMarkdownArticle } from './markdown-article'
import { UserError } from '../../core'

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

const TITLE_MAX_LENGTH = 200

// A Word file's XML is typically 5 to 20 times its zipped size; 50 MB leaves room for any
// article while stopping a zip bomb after at most 50 MB of inflation.
const MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024

/**
 * Word documents with more paragraphs than this are refused before conversion: mammoth takes
 * about 0.1 ms per paragraph (6 s for 51,000 on a shared 2-core machine), and no news article
 * comes near; the 8,000-paragraph web page the bench reads is a stress case, not a limit to match.
 */
export const MAX_DOCX_PARAGRAPHS = 10_000

/** An article read from a file, before it is stored. */
export interface ImportedArticle {
  readonly title: string
  readonly source: string
  readonly url: string
  readonly publishedAt: string
  readonly fileName: string
  readonly format: ArticleFormat
  readonly text: string
  /** The author line a web page or front matter declares ('' or absent when unknown). */
  readonly byline?: string
}

/** A file that cannot be imported; `message` is one sentence saying what to do. */
export class ImportError extends UserError {
  override readonly name = 'ImportError'
  constructor(
    readonly fileName: string,
    message: string,
  ) {
    super(message)
  }
}

/** True when the file name has an extension the importers read. */
export function isImportableFileName(fileName: string): boolean {
  return importFormatOf(fileName) !== null
}

/** Reads an article file (.txt, .md, .html/.htm, .docx) into plain text with its metadata. */
export async function importArticleFile(path: string): Promise<ImportedArticle> {
  // The root folder (or `C:\\`) has no base name; its path is what the user typed.
  const fileName = basename(path) || path
  const info = await stat(path).catch(() => null)
  if (!info)
    throw new ImportError(fileName, `${fileName} was not found; check that it still exists.`)
  const link = await lstat(path).catch(() => null)
  if (link?.isSymbolicLink() && info.isFile()) await requireChoosableTarget(path, fileName)
  if (info.isDirectory())
    throw new ImportError(fileName, `${fileName} is a folder; pick the article files inside it.`)
  // Reading a pipe or a device would block or never end. Checked before the format, so that
  // /dev/null is named as the device it is and not as a file of an unknown format.
  if (!info.isFile())
    throw new ImportError(fileName, `${path} is not a regular file; save the article to a file.`)
  requireFormat(fileName)
  if (info.size > MAX_IMPORT_BYTES) throw tooLarge(fileName)
  const bytes = await readFile(path).catch((error: unknown) => {
    const code = (error as { code?: string }).code ?? 'an error'
    throw new ImportError(
      fileName,
      `${fileName} could not be read (${code}); check that you may open it and try again.`,
    )
  })
  return importArticleBytes(fileName, bytes)
}

/**
 * Reads an article from the bytes of a file (drag and drop without a path, standard input, tests);
 * the format is the file name's unless given.
 */
export async function importArticleBytes(
  fileName: string,
  bytes: Uint8Array,
  format: ImportFileFormat = requireFormat(fileName),
): Promise<ImportedArticle> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge(fileName)
  const article =
    format === 'docx' ? await readDocx(fileName, bytes) : await readText(fileName, format, bytes)
  const text = article.text.normalize('NFC')
  if (text.trim() === '')
    throw new ImportError(
      fileName,
      `${fileName} has no article text; check that it is the right file.`,
    )
  return { ...article, text, title: titleOf(article.title, text) }
}

// Folders of the system's own files and kernel interfaces: nothing a user picks as an article.
const SYSTEM_FOLDERS: ReadonlyArray<string> = [
  '/etc',
  '/proc',
  '/sys',
  '/dev',
  '/boot',
  '/var',
  '/run',
]

/**
 * A link is followed only to a file the user could have picked in the Import dialog instead: an
 * article file (its own name has an extension the importers read) outside the system's folders.
 * A `notes.txt` that points at `/etc/passwd` is refused, and the message names the target.
 */
async function requireChoosableTarget(path: string, fileName: string): Promise<void> {
  const target = await realpath(path).catch(() => null)
  const inSystemFolder =
    target !== null &&
    process.platform !== 'win32' &&
    SYSTEM_FOLDERS.some((folder) => target === folder || target.startsWith(`${folder}${sep}`))
  if (target !== null && !inSystemFolder && importFormatOf(basename(target)) !== null) return
  throw new ImportError(
    fileName,
    `${fileName} is a link to ${target ?? 'a file that cannot be found'}, which is not an article file; import the article file itself.`,
  )
}

function requireFormat(fileName: string): ImportFileFormat {
  const format = importFormatOf(fileName)
  if (format) return format
  throw new ImportError(
    fileName,
    `${fileName} is not a format Rewrite Lens reads; save it as .txt, .md, .html or .docx first.`,
  )
}

function tooLarge(fileName: string): ImportError {
  return new ImportError(
    fileName,
    `${fileName} is larger than 5 MB; save just the article's text and import that.`,
  )
}

async function readText(
  fileName: string,
  format: Exclude<ImportFileFormat, 'docx'>,
  bytes: Uint8Array,
): Promise<ImportedArticle> {
  const decoded = decodeText(bytes)
  if (decoded.status === 'binary')
    throw new ImportError(
      fileName,
      `${fileName} contains binary data, not text; save the article as .txt, .html or .docx first.`,
    )
  if (decoded.status === 'undecodable')
    throw new ImportError(
      fileName,
      `${fileName} is not in a text encoding Rewrite Lens reads; save it as UTF-8 text first.`,
    )
  const content = normalizeNewlines(decoded.text)
  const base = { title: '', source: '', url: '', publishedAt: '', fileName, format }
  switch (format) {
    case 'txt':
      return { ...base, text: trimBlankLines(content) }
    case 'md': {
      const article = extractMarkdownArticle(content)
      return {
        ...base,
        title: article.title,
        source: article.source,
        url: webUrlOf(article.url),
        publishedAt: isoDateOf(article.publishedAt),
        byline: article.byline,
        text: article.lines.join('\n'),
      }
    }
    case 'html': {
      const article = await extractHtmlArticle(content)
      return {
        ...base,
        title: article.title,
        source: article.siteName,
        url: article.url,
        publishedAt: article.publishedAt,
        byline: article.byline,
        text: article.lines.join('\n'),
      }
    }
  }
}

async function readDocx(fileName: string, bytes: Uint8Array): Promise<ImportedArticle> {
  // Every .docx is a zip archive; checking the signature first gives a clearer message.
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  const inflation = isZip ? inflateWithinBudget(bytes, MAX_DOCX_UNPACKED_BYTES) : null
  if (inflation?.status === 'over-budget')
    throw new ImportError(
      fileName,
      `${fileName} unpacks to more than ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MB; save just the article's text as a new .docx.`,
    )
  if (inflation?.status === 'within' && inflation.paragraphs > MAX_DOCX_PARAGRAPHS)
    throw new ImportError(
      fileName,
      `${fileName} has ${inflation.paragraphs.toLocaleString('en')} paragraphs, more than the ${MAX_DOCX_PARAGRAPHS.toLocaleString('en')} an article can have; save just the article as a new .docx.`,
    )
  const lines =
    inflation?.status === 'within' ? await extractDocxLines(bytes).catch(() => null) : null
  if (!lines)
    throw new ImportError(
      fileName,
      `${fileName} is not a readable Word document; open it in Word and save it again as .docx.`,
    )
  return {
    title: '',
    source: '',
    url: '',
    publishedAt: '',
    fileName,
    format: 'docx',
    text: lines.join('\n'),
  }
}

function trimBlankLines(text: string): string {
  return text.replace(/^(\s*\n)+/, '').trimEnd()
}

function titleOf(declared: string, text: string): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? ''
  const title = (declared.trim() || firstLine.trim()).replace(/\s+/g, ' ')
  return title.length > TITLE_MAX_LENGTH ? `${title.slice(0, TITLE_MAX_LENGTH - 1)}…` : title
}
