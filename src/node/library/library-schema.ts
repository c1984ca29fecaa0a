import { randomUUID } from 'node:crypto'
import { countWords } from '../../core'
import type { Article, ArticleFormat, ArticleSummary } from '../../shared/api'
import type { LineBatch } from './file-lines'

/**
 * The version of the index file this build writes. Version 1 was one `library.json` holding every
 * article with its text; version 2 keeps only metadata in the index and each text in its own file;
 * version 3 is the same index, with the changes since it was written in a log beside it (a build
 * that knows only version 2 would not read that log, so it opens version 3 read-only).
 */
export const LIBRARY_SCHEMA_VERSION = 3

/** One article in the index: what the list shows, the name of its text's file and its text key. */
export interface IndexRecord extends ArticleSummary {
  /** SHA-256 of the text: the name of its file under `articles/`. */
  readonly body: string
  /** `textKeyOf(text)`: the duplicate check without reading the text. */
  readonly textKey: string
}

/** The whole index file. */
export interface LibraryIndex {
  readonly schemaVersion: number
  readonly articles: ReadonlyArray<IndexRecord>
}

/** Records that could not be used, kept verbatim for the recovery file. */
export interface Rejected {
  readonly records: ReadonlyArray<unknown>
  /** Records whose id another record already had: kept under a new id. */
  readonly renamedIds: number
}

/** What reading a file's text gave: its records, or why it cannot be used at all. */
export type Parsed<T> =
  | {
      readonly status: 'ok'
      readonly records: ReadonlyArray<T>
      readonly rejected: Rejected
      /** The version the file was written with. */
      readonly fileVersion: number
    }
  | { readonly status: 'damaged'; readonly reason: string }
  | { readonly status: 'newer'; readonly records: ReadonlyArray<T>; readonly fileVersion: number }

const FORMATS: ReadonlyArray<ArticleFormat> = ['txt', 'md', 'html', 'docx', 'paste', 'seed']
const HEX_HASH = /^[0-9a-f]{64}$/

/** An empty index at the current version. */
export function emptyIndex(): LibraryIndex {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, articles: [] }
}

/**
 * Parses an index file (version 2): each record is checked on its own, so one bad record is set
 * aside instead of hiding the rest, and records sharing an id are given new ids. Never throws.
 */
export function parseIndex(text: string): Parsed<IndexRecord> {
  const raw = parseJson(text)
  if ('reason' in raw) return { status: 'damaged', reason: raw.reason }
  const version = versionOf(raw.value)
  if (version === null) return { status: 'damaged', reason: 'its version is not a number' }
  if (version < 2) return { status: 'damaged', reason: 'it is not an index file' }
  const list = articlesOf(raw.value)
  if (!list) return { status: 'damaged', reason: 'it holds no list of articles' }
  const checked = checkEach(list, checkRecord)
  if (version > LIBRARY_SCHEMA_VERSION)
    return { status: 'newer', records: checked.records, fileVersion: version }
  return { status: 'ok', ...checked, fileVersion: version }
}

/**
 * `parseIndex` for the file this program writes (one record per line, `indexPieces`), read a line
 * at a time from `batches` (`linesOfFile`) with `pause` awaited between groups of lines: no string
 * holds more than one record, so the index has no size limit but the disk's. 'other-layout' when
 * the file is laid out otherwise (edited by hand) or a line is not JSON: `parseIndex` of the whole
 * text gives the answer then (the same one, for a file laid out so).
 */
export async function parseIndexLines(
  batches: AsyncIterable<LineBatch>,
  pause: () => Promise<void>,
): Promise<Parsed<IndexRecord> | 'other-layout'> {
  const checker = recordChecker(checkRecord)
  let version = Number.NaN
  // The record line read last: a comma ends every record line but the last one.
  let previous: string | null = null
  let closed = false
  let count = 0
  const add = (line: string): boolean => {
    try {
      checker.add(JSON.parse(line))
      return true
    } catch {
      return false
    }
  }
  for await (const { lines, ended } of batches) {
    if (!ended) return 'other-layout'
    for (const line of lines) {
      if (closed) return 'other-layout'
      if (Number.isNaN(version)) {
        // Editors on Windows save UTF-8 with a byte order mark; it is not part of the JSON.
        const header = /^\uFEFF?\{"schemaVersion":(\d+),"articles":\[$/.exec(line)
        version = Number(header?.[1])
        if (!header || version < 2) return 'other-layout'
        continue
      }
      if (line === ']}') {
        closed = true
        if (previous !== null && !add(previous)) return 'other-layout'
        continue
      }
      if (line === '') continue
      if (previous !== null && !(previous.endsWith(',') && add(previous.slice(0, -1))))
        return 'other-layout'
      previous = line
      if (++count % 64 === 0) await pause()
    }
  }
  if (!closed) return 'other-layout'
  const checked = checker.result()
  if (version > LIBRARY_SCHEMA_VERSION)
    return { status: 'newer', records: checked.records, fileVersion: version }
  return { status: 'ok', ...checked, fileVersion: version }
}

/**
 * Parses the single-file library of version 0 or 1 (`library.json`, texts inline) for migration:
 * each article is checked on its own, missing fields of unversioned files are filled in.
 */
export function parseLegacyLibrary(text: string): Parsed<Article> {
  const raw = parseJson(text)
  if ('reason' in raw) return { status: 'damaged', reason: raw.reason }
  const version = versionOf(raw.value)
  if (version === null) return { status: 'damaged', reason: 'its version is not a number' }
  if (version >= 2) return { status: 'damaged', reason: 'it is an index file, not a library' }
  const list = articlesOf(raw.value)
  if (!list) return { status: 'damaged', reason: 'it holds no list of articles' }
  const completed = version === 0 ? list.map(completeArticle) : list
  return { status: 'ok', ...checkEach(completed, checkArticle), fileVersion: version }
}

/**
 * `parseLegacyLibrary` for a version-1 `library.json` as earlier versions wrote it
 * (`JSON.stringify(library, null, 2)`: each article from a line `    {` to a line `    }`), read a
 * line at a time from `batches` (`linesOfFile`), one article per string: a library of 120,000
 * articles passed V8's longest string. 'other-layout' when the file is laid out otherwise or an
 * article is not JSON: `parseLegacyLibrary` of the whole text gives the answer then.
 */
export async function parseLegacyLines(
  batches: AsyncIterable<LineBatch>,
): Promise<Parsed<Article> | 'other-layout'> {
  const list: unknown[] = []
  let version = Number.NaN
  let state: 'start' | 'object' | 'articles' | 'after' | 'end' = 'start'
  // The lines of the article being read.
  let article: string[] | null = null
  // A last line without its newline reads the same: JSON needs none.
  for await (const { lines } of batches) {
    for (const line of lines) {
      if (article) {
        article.push(line)
        if (line !== '    }' && line !== '    },') continue
        try {
          list.push(JSON.parse(article.join('\n').replace(/,$/, '')))
        } catch {
          return 'other-layout'
        }
        article = null
        continue
      }
      const field = /^ {2}"schemaVersion": (\d+),?$/.exec(line)
      if (state === 'start' && /^\uFEFF?\{$/.test(line)) state = 'object'
      else if ((state === 'object' || state === 'after') && field) version = Number(field[1])
      else if (state === 'object' && line === '  "articles": [') state = 'articles'
      else if (state === 'object' && /^ {2}"articles": \[\],?$/.test(line)) state = 'after'
      else if (state === 'articles' && line === '    {') article = [line]
      else if (state === 'articles' && /^ {2}\],?$/.test(line)) state = 'after'
      else if (state === 'after' && line === '}') state = 'end'
      else if (state !== 'end' || line !== '') return 'other-layout'
    }
  }
  if (state !== 'end' || version !== 1) return 'other-layout'
  return { status: 'ok', ...checkEach(list, checkArticle), fileVersion: version }
}

/** Checks one index record as read from a file; null when it cannot be used. */
export function checkIndexRecord(raw: unknown): IndexRecord | null {
  return checkRecord(raw)
}

/** Serialises one record as a line of the index file. */
export function serializeRecord(record: IndexRecord): string {
  return JSON.stringify(record)
}

/** The index file's text from records already serialised one per line (cached by the caller). */
export function joinIndex(lines: ReadonlyArray<string>): string {
  return indexPieces(lines).join('')
}

const INDEX_START = `{"schemaVersion":${LIBRARY_SCHEMA_VERSION},"articles":[\n`
const INDEX_END = '\n]}\n'

/** The index file's text as pieces, to be written one after another without joining them. */
export function indexPieces(lines: ReadonlyArray<string>): ReadonlyArray<string> {
  const pieces = [INDEX_START]
  lines.forEach((line, index) => pieces.push(index === 0 ? line : `,\n${line}`))
  pieces.push(INDEX_END)
  return pieces
}

/**
 * The pieces `indexPieces` gives for `records`, each record serialised only when the writer asks
 * for it, with `pause` awaited after each: the text of 10,000 records is never held (nor built in
 * one piece), and what is written goes before the garbage collector has to copy it.
 */
export async function* serializeIndexInSlices(
  records: ReadonlyArray<IndexRecord>,
  pause: () => Promise<void>,
): AsyncGenerator<string> {
  yield INDEX_START
  for (const [index, record] of records.entries()) {
    const line = serializeRecord(record)
    yield index === 0 ? line : `,\n${line}`
    await pause()
  }
  yield INDEX_END
}

function parseJson(text: string): { readonly value: object } | { readonly reason: string } {
  // Editors on Windows save UTF-8 with a byte order mark; it is not part of the JSON.
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return { reason: 'it is empty' }
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return { reason: 'it is cut short or is not valid JSON' }
  }
  if (value === null || typeof value !== 'object') return { reason: 'it holds no library data' }
  return { value }
}

function versionOf(raw: object): number | null {
  if (Array.isArray(raw) || !('schemaVersion' in raw)) return 0
  const version = raw.schemaVersion
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null
}

function articlesOf(raw: object): ReadonlyArray<unknown> | null {
  const articles = Array.isArray(raw) ? raw : (raw as { articles?: unknown }).articles
  return Array.isArray(articles) ? articles : null
}

function checkEach<T extends { readonly id: string }>(
  list: ReadonlyArray<unknown>,
  check: (raw: unknown) => T | null,
): { readonly records: ReadonlyArray<T>; readonly rejected: Rejected } {
  const checker = recordChecker(check)
  for (const raw of list) checker.add(raw)
  return checker.result()
}

// Checks records one by one (so a caller can pause between them), keeping the good ones.
function recordChecker<T extends { readonly id: string }>(check: (raw: unknown) => T | null) {
  const records: T[] = []
  const bad: unknown[] = []
  const ids = new Set<string>()
  let renamedIds = 0
  return {
    add(raw: unknown): void {
      const record = check(raw)
      if (!record) {
        bad.push(raw)
        return
      }
      // Two records with one id made an edit or delete hit both; the later one gets its own id.
      if (ids.has(record.id)) {
        renamedIds += 1
        const renamed = { ...record, id: randomUUID() }
        ids.add(renamed.id)
        records.push(renamed)
        return
      }
      ids.add(record.id)
      records.push(record)
    },
    result: (): { readonly records: ReadonlyArray<T>; readonly rejected: Rejected } => ({
      records,
      rejected: { records: bad, renamedIds },
    }),
  }
}

function checkSummary(record: Record<string, unknown>): ArticleSummary | null {
  const strings = ['id', 'title', 'source', 'url', 'publishedAt', 'importedAt', 'fileName']
  if (!strings.every((key) => typeof record[key] === 'string')) return null
  if (record['id'] === '' || !FORMATS.includes(record['format'] as ArticleFormat)) return null
  if (typeof record['wordCount'] !== 'number') return null
  if (record['byline'] !== undefined && typeof record['byline'] !== 'string') return null
  if (record['label'] !== undefined && typeof record['label'] !== 'string') return null
  const summary = record as unknown as ArticleSummary
  // Files written before labels existed have none: the article simply has no label yet.
  return record['label'] === undefined ? { ...summary, label: '' } : summary
}

function checkRecord(raw: unknown): IndexRecord | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null
  const record = raw as Record<string, unknown>
  const summary = checkSummary(record)
  if (!summary) return null
  const { body, textKey } = record
  if (typeof body !== 'string' || !HEX_HASH.test(body)) return null
  if (typeof textKey !== 'string' || !HEX_HASH.test(textKey)) return null
  return { ...summary, body, textKey }
}

function checkArticle(raw: unknown): Article | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null
  const record = raw as Record<string, unknown>
  if (typeof record['text'] !== 'string' || record['text'].trim() === '') return null
  const summary = checkSummary(record)
  return summary ? { ...summary, text: record['text'] } : null
}

// Version 0: files without a version (hand-made, or written before the schema was versioned): a
// bare array of articles or `{ articles }`, with fields possibly missing; missing ones get their
// empty value and the word count is computed.
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
    label: stringOr('label', ''),
    text,
  }
}
