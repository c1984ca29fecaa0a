import type { ArticleFormat } from './api'

/** The formats a file can be imported from (the others come from pasting or the seeds). */
export type ImportFileFormat = Extract<ArticleFormat, 'txt' | 'md' | 'html' | 'docx'>

// The one list of importable endings: the importer's dispatch, the Import… dialog's filter and the
// drop handler's folder walk all read it, so a new format cannot reach one and not the others.
const FORMAT_OF_EXTENSION = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
} as const satisfies Readonly<Record<string, ImportFileFormat>>

/** File name endings the importers read (lower-case, with their dot); other files are skipped. */
export const IMPORTABLE_EXTENSIONS = Object.keys(FORMAT_OF_EXTENSION) as ReadonlyArray<string>

/**
 * The format a file name asks for by its ending (case-insensitive), or null when the importers do
 * not read it. As Node's `extname`, a name that only starts with a dot (`.md`) has no ending.
 */
export function importFormatOf(fileName: string): ImportFileFormat | null {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return null
  const ending = base.slice(dot).toLowerCase()
  return Object.hasOwn(FORMAT_OF_EXTENSION, ending)
    ? FORMAT_OF_EXTENSION[ending as keyof typeof FORMAT_OF_EXTENSION]
    : null
}
