import { countWords } from '../../core/stats'
import type { Article, ArticleFormat } from '../../shared/api'

/** The version of the library file this build writes; bump it with a migration below. */
export const LIBRARY_SCHEMA_VERSION = 1

/** The whole library file. */
export interface LibraryData {
  readonly schemaVersion: number
  readonly articles: ReadonlyArray<Article>
}

/** What reading a library file's text gave: a library, or why it cannot be used. */
export type ParsedLibrary =
  | {
      readonly status: 'ok'
      readonly data: LibraryData
      /** The version the file was written with, before migration. */
      readonly fileVersion: number
    }
  | { readonly status: 'damaged'; readonly reason: string }
  | { readonly status: 'newer'; readonly data: LibraryData; readonly fileVersion: number }

const FORMATS: ReadonlyArray<ArticleFormat> = ['txt', 'md', 'html', 'docx', 'paste', 'seed']

// Each entry upgrades a file from version `from` to `from + 1`; they run in order on open.
const MIGRATIONS: ReadonlyArray<{ readonly from: number; migrate(raw: unknown): unknown }> = [
  {
    // Version 0: files without a version (hand-made, or written before the schema was versioned):
    // a bare array of articles or `{ articles }`, with fields possibly missing. Version 1 stores
    // every field of `Article`, so missing ones get their empty value and the word count is computed.
    from: 0,
    migrate: (raw) => {
      const articles = Array.isArray(raw) ? raw : (raw as { articles?: unknown }).articles
      if (!Array.isArray(articles)) return raw
      return { schemaVersion: 1, articles: articles.map(completeArticle) }
    },
  },
]

/** An empty library at the current version. */
export function emptyLibrary(): LibraryData {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, articles: [] }
}

/** Parses, checks and migrates a library file's text; never throws. */
export function parseLibrary(text: string): ParsedLibrary {
  if (text.trim() === '') return { status: 'damaged', reason: 'it is empty' }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { status: 'damaged', reason: 'it is cut short or is not valid JSON' }
  }
  if (raw === null || typeof raw !== 'object')
    return { status: 'damaged', reason: 'it holds no library data' }
  const fileVersion = versionOf(raw as object)
  if (fileVersion === null) return { status: 'damaged', reason: 'its version is not a number' }
  let migrated: unknown = raw
  for (const step of MIGRATIONS) if (step.from >= fileVersion) migrated = step.migrate(migrated)
  const data = checkLibrary(migrated)
  if (!data) return { status: 'damaged', reason: 'its articles are malformed' }
  if (fileVersion > LIBRARY_SCHEMA_VERSION) return { status: 'newer', data, fileVersion }
  return { status: 'ok', data: { ...data, schemaVersion: LIBRARY_SCHEMA_VERSION }, fileVersion }
}

/** Serialises a library for the file (indented, so a person can read or repair it). */
export function serializeLibrary(data: LibraryData): string {
  return `${JSON.stringify(data, null, 2)}\n`
}

function versionOf(raw: object): number | null {
  if (Array.isArray(raw) || !('schemaVersion' in raw)) return 0
  const version = raw.schemaVersion
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null
}

function checkLibrary(raw: unknown): LibraryData | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null
  const { schemaVersion, articles } = raw as { schemaVersion?: unknown; articles?: unknown }
  if (typeof schemaVersion !== 'number' || !Array.isArray(articles)) return null
  const checked = articles.map(checkArticle)
  if (checked.some((article) => article === null)) return null
  return { schemaVersion, articles: checked as ReadonlyArray<Article> }
}

function checkArticle(raw: unknown): Article | null {
  if (raw === null || typeof raw !== 'object') return null
  const record = raw as Record<string, unknown>
  const strings = ['id', 'title', 'source', 'url', 'publishedAt', 'importedAt', 'fileName', 'text']
  if (!strings.every((key) => typeof record[key] === 'string')) return null
  if (record['id'] === '' || !FORMATS.includes(record['format'] as ArticleFormat)) return null
  if (typeof record['wordCount'] !== 'number') return null
  if (record['byline'] !== undefined && typeof record['byline'] !== 'string') return null
  // Files written before labels existed have none: the article simply has no label yet.
  if (record['label'] === undefined) return { ...(raw as Omit<Article, 'label'>), label: '' }
  if (typeof record['label'] !== 'string') return null
  return raw as Article
}

function completeArticle(raw: unknown, index: number): unknown {
  if (raw === null || typeof raw !== 'object') return raw
  const record = raw as Record<string, unknown>
  const text = typeof record['text'] === 'string' ? record['text'] : null
  if (text === null) return raw
  const stringOr = (key: string, fallback: string): string =>
    typeof record[key] === 'string' ? (record[key] as string) : fallback
  const format = FORMATS.includes(record['format'] as ArticleFormat) ? record['format'] : 'txt'
  return {
    ...record,
    id: stringOr('id', '') || `migrated-${index + 1}`,
    title: stringOr('title', '') || (text.split('\n').find((line) => line.trim() !== '') ?? ''),
    source: stringOr('source', ''),
    url: stringOr('url', ''),
    publishedAt: stringOr('publishedAt', ''),
    importedAt: stringOr('importedAt', ''),
    fileName: stringOr('fileName', ''),
    format,
    wordCount: countWords(text),
    text,
  }
}
