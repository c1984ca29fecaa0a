import { basename } from 'node:path'
import { compareArticles } from '../core/compare-articles'
import {
  buildCsvReport,
  buildCsvReportForPairs,
  buildHtmlReport,
  buildHtmlReportForPairs,
  buildJsonReport,
  buildMarkdownReport,
  buildMarkdownReportForPairs,
} from '../core/reports'
import { COMPARISON_SCHEMA, DEFAULT_COMPARE_OPTIONS } from '../core/types'
import type { CompareOptions, Comparison, WordVectors } from '../core/types'
import type {
  Article,
  ArticleMetadataPatch,
  ExportFormat,
  ExportResult,
  ImportFailure,
  ImportReport,
  ImportSource,
  LibrarySort,
  RewriteLensApi,
  WordVectorSubset,
} from '../shared/api'
import { collectImportPaths } from './importers/collect-import-paths'
import {
  ImportError,
  MAX_IMPORT_BYTES,
  importArticleBytes,
  importArticleFile,
} from './importers/import-file'
import type { ImportedArticle } from './importers/import-file'
import { normalizeNewlines } from './importers/decode-text'
import { writeFileAtomic } from './library/atomic-write'
import { LibraryError, openLibrary } from './library/library-store'
import type { LibraryStore } from './library/library-store'
import { loadWordVectors } from './word-vectors-file'

/** Exporting every pair of more articles than this would take minutes; the user is asked to pick fewer. */
export const MAX_EXPORT_ARTICLES = 12

/** What only the Electron shell can do, injected so the handlers stay plain functions. */
export interface DialogPort {
  /** Asks for files or folders to import; an empty list when the user cancels. */
  chooseImportPaths(): Promise<ReadonlyArray<string>>
  /** Asks where to save an export; null when the user cancels. */
  chooseSavePath(request: {
    readonly defaultName: string
    readonly format: ExportFormat
  }): Promise<string | null>
  /** Prints a self-contained HTML report to PDF bytes (in a sandboxed window without scripts). */
  printToPdf(html: string): Promise<Uint8Array>
  /** Asks whether to open this web address in the browser. */
  confirmOpenExternal(url: string): Promise<boolean>
  /** Opens an http(s) address in the user's browser. */
  openExternal(url: string): Promise<void>
}

/** Word vectors that can also hand the renderer's worker the subset two articles need. */
export type SubsettableVectors = WordVectors & {
  subset(words: ReadonlyArray<string>): WordVectorSubset
}

/** What the handlers work on. */
export interface HandlerDeps {
  readonly library: LibraryStore
  /** The word vectors, or null when they could not be loaded (alignment then uses words only). */
  readonly vectors: () => Promise<SubsettableVectors | null>
  readonly dialogs: DialogPort
  readonly appVersion: string
  readonly now?: () => Date
}

/** A request the handlers refuse; the message is one sentence that says what to do. */
export class RequestError extends Error {
  override readonly name = 'RequestError'
}

/** True for errors whose message is meant for the user (the rest are bugs, logged in main). */
export function isUserError(error: unknown): error is Error {
  return (
    error instanceof RequestError || error instanceof LibraryError || error instanceof ImportError
  )
}

/** The renderer's API as plain async functions over the library, importers and exporters. */
export function createHandlers(deps: HandlerDeps): RewriteLensApi {
  const { library, dialogs } = deps
  const now = deps.now ?? (() => new Date())

  const importSources = async (sources: ReadonlyArray<ImportSource>): Promise<ImportReport> => {
    const failed: ImportFailure[] = []
    const imported: ImportedArticle[] = []
    const attempt = async (fileName: string, run: () => Promise<ImportedArticle>) => {
      const outcome = await importOne(fileName, run)
      if ('article' in outcome) imported.push(outcome.article)
      else failed.push(outcome)
    }
    for (const source of sources) {
      if (source.path) {
        const collected = await collectImportPaths([source.path])
        failed.push(...collected.failed)
        for (const path of collected.files)
          await attempt(basename(path), () => importArticleFile(path))
      } else if (source.bytes) {
        const bytes = source.bytes
        await attempt(source.fileName, () =>
          importArticleBytes(requireFileName(source.fileName), bytes),
        )
      } else {
        failed.push({
          fileName: source.fileName,
          reason: `${source.fileName || 'A dropped item'} could not be read; save it to disk and import it from there.`,
        })
      }
    }
    // One save for the whole batch: either every readable file lands or, if saving fails, none.
    const added = await library.add(imported)
    return { imported: added.added, duplicates: added.duplicates, failed }
  }

  const saveExport = async (
    defaultName: string,
    format: ExportFormat,
    build: () => Promise<string | Uint8Array>,
  ): Promise<ExportResult> => {
    const path = await dialogs.chooseSavePath({ defaultName, format })
    if (!path) return { status: 'cancelled' }
    const contents = await build()
    try {
      await writeFileAtomic(path, contents)
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'an error'
      throw new RequestError(
        `The report could not be saved (${code}); choose another folder and try again.`,
      )
    }
    return { status: 'saved', path }
  }

  const reportOptions = () => ({ generatedAt: now().toISOString(), appVersion: deps.appVersion })

  return {
    libraryStatus: async () => library.status(),
    listArticles: async (query) => library.list(optionalString(query?.search), sortOf(query?.sort)),
    getArticle: async (id) => library.get(requireString(id)),
    importFiles: async (sources) => importSources(requireSources(sources)),
    importWithDialog: async () => {
      const paths = await dialogs.chooseImportPaths()
      if (paths.length === 0) return { imported: [], duplicates: [], failed: [] }
      return importSources(paths.map((path) => ({ fileName: path, path })))
    },
    importPastedText: async (input) => {
      const text = normalizeNewlines(optionalString(input?.text)).trim().normalize('NFC')
      if (text === '') throw new RequestError("Paste the article's text first.")
      if (new TextEncoder().encode(text).byteLength > MAX_IMPORT_BYTES)
        throw new RequestError('The pasted text is larger than 5 MB; paste just the article.')
      const firstLine = text.split('\n')[0]?.trim() ?? ''
      const title = optionalString(input?.title).replace(/\s+/g, ' ').trim() || firstLine
      const article: ImportedArticle = {
        title: title.length > 200 ? `${title.slice(0, 199)}…` : title,
        source: '',
        url: '',
        publishedAt: '',
        fileName: '',
        format: 'paste',
        text,
      }
      const added = await library.add([article])
      const duplicates = added.duplicates.map((duplicate) => ({
        ...duplicate,
        fileName: 'Pasted text',
      }))
      return { imported: added.added, duplicates, failed: [] }
    },
    updateArticle: async (id, patch) => library.update(requireString(id), requirePatch(patch)),
    deleteArticle: async (id) => library.remove(requireString(id)),
    restoreArticle: async (undoToken) => library.restore(requireString(undoToken)),
    wordVectorsFor: async (words) => {
      if (!Array.isArray(words) || !words.every((word) => typeof word === 'string'))
        throw new RequestError('Word vectors are asked for with a list of words.')
      const vectors = await deps.vectors()
      return vectors ? vectors.subset(words) : { dimensions: 0, vectors: {} }
    },
    exportReport: async (input) => {
      const comparison = requireComparison(input?.comparison)
      const format = requireFormat(input?.format)
      return saveExport(fileNameFor([comparison], format), format, async () => {
        switch (format) {
          case 'html':
            return buildHtmlReport(comparison, reportOptions())
          case 'pdf':
            return dialogs.printToPdf(buildHtmlReport(comparison, reportOptions()))
          case 'md':
            return buildMarkdownReport(comparison)
          case 'csv':
            return buildCsvReport(comparison)
          case 'json':
            return buildJsonReport(comparison)
        }
      })
    },
    exportAllPairs: async (input) => {
      const ids = [...new Set(Array.isArray(input?.articleIds) ? input.articleIds : [])]
      if (ids.length < 2) throw new RequestError('Select at least two articles to compare.')
      if (ids.length > MAX_EXPORT_ARTICLES)
        throw new RequestError(
          `Select at most ${MAX_EXPORT_ARTICLES} articles for one report of every pair.`,
        )
      const articles = ids.map((id) => library.get(requireString(id)))
      const format = requireFormat(input?.format)
      const options = compareOptionsOf(input?.options)
      return saveExport(
        `rewrite-lens-${articles.length}-articles-all-pairs.${format}`,
        format,
        async () => {
          const vectors = await deps.vectors()
          const comparisons = pairsOf(articles).map(([left, right]) =>
            compareArticles(inputOf(left), inputOf(right), options, vectors),
          )
          switch (format) {
            case 'html':
              return buildHtmlReportForPairs(comparisons, reportOptions())
            case 'pdf':
              return dialogs.printToPdf(buildHtmlReportForPairs(comparisons, reportOptions()))
            case 'md':
              return buildMarkdownReportForPairs(comparisons)
            case 'csv':
              return buildCsvReportForPairs(comparisons)
            case 'json':
              // Each element is a `rewrite-lens/comparison@1` object, as `buildJsonReport` writes one.
              return `${JSON.stringify(comparisons, null, 2)}\n`
          }
        },
      )
    },
    openExternal: async (url) => {
      const address = webAddressOf(url)
      if (!address) return false
      if (!(await dialogs.confirmOpenExternal(address))) return false
      await dialogs.openExternal(address)
      return true
    },
  }
}

/** Where the app keeps its data and finds its seeds and word vectors. */
export interface AppLocations {
  readonly dataDir: string
  readonly seedsDir: string
  readonly wordVectorsPath: string
  readonly dialogs: DialogPort
  readonly appVersion?: string
}

/**
 * Opens the library and starts loading the word vectors, then returns the handlers. The Electron
 * shell, the CLI and the e2e bridge all call this, so they run exactly the same code.
 */
export async function openAppHandlers(locations: AppLocations): Promise<RewriteLensApi> {
  const library = await openLibrary({ dataDir: locations.dataDir, seedsDir: locations.seedsDir })
  // Loaded in the background: the window opens at once, and the first compare waits if need be.
  const vectors = loadWordVectors(locations.wordVectorsPath).catch((error: unknown) => {
    console.warn(`rewrite-lens: comparing without word vectors: ${(error as Error).message}`)
    return null
  })
  return createHandlers({
    library,
    vectors: () => vectors,
    dialogs: locations.dialogs,
    appVersion: locations.appVersion ?? 'development',
  })
}

type ImportAttempt =
  { readonly article: ImportedArticle } | { readonly fileName: string; readonly reason: string }

async function importOne(
  fileName: string,
  run: () => Promise<ImportedArticle>,
): Promise<ImportAttempt> {
  try {
    return { article: await run() }
  } catch (error) {
    if (error instanceof ImportError) return { fileName: error.fileName, reason: error.message }
    if (error instanceof RequestError) return { fileName, reason: error.message }
    throw error
  }
}

function pairsOf(articles: ReadonlyArray<Article>): ReadonlyArray<readonly [Article, Article]> {
  return articles.flatMap((left, index) =>
    articles.slice(index + 1).map((right) => [left, right] as const),
  )
}

function inputOf(article: Article): { path: string; title: string; text: string } {
  return { path: article.id, title: article.title, text: article.text }
}

function fileNameFor(comparisons: ReadonlyArray<Comparison>, format: ExportFormat): string {
  const [first] = comparisons
  const name = first ? `${slugOf(first.left.title)}-vs-${slugOf(first.right.title)}` : 'report'
  return `${name}.${format}`
}

function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '')
  return slug || 'article'
}

function webAddressOf(url: unknown): string | null {
  if (typeof url !== 'string') return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

function requireString(value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new RequestError('That article is no longer in the library; refresh the list.')
  return value
}

function optionalString(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function requireFileName(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new RequestError('A dropped file had no name; save it to disk and import it from there.')
  return value
}

const SORTS: ReadonlyArray<LibrarySort> = ['date', 'title', 'source', 'imported']
function sortOf(value: unknown): LibrarySort {
  return SORTS.includes(value as LibrarySort) ? (value as LibrarySort) : 'imported'
}

const FORMATS: ReadonlyArray<ExportFormat> = ['html', 'pdf', 'md', 'csv', 'json']
function requireFormat(value: unknown): ExportFormat {
  if (FORMATS.includes(value as ExportFormat)) return value as ExportFormat
  throw new RequestError('Choose HTML, PDF, Markdown, CSV or JSON for the report.')
}

function requireSources(value: unknown): ReadonlyArray<ImportSource> {
  if (!Array.isArray(value)) throw new RequestError('Drop or choose the files to import.')
  return value.map((source: unknown) => {
    const { fileName, path, bytes } = (source ?? {}) as Record<string, unknown>
    return {
      fileName: optionalString(fileName),
      ...(typeof path === 'string' && path !== '' ? { path } : {}),
      ...(bytes !== undefined ? { bytes: bytesOf(bytes) } : {}),
    }
  })
}

// Bytes arrive as a Uint8Array over IPC; the e2e bridge serialises them as JSON (an array or an
// index-keyed object), so those shapes are accepted too.
function bytesOf(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value
  if (value instanceof ArrayBuffer) return new Uint8Array(value)
  if (Array.isArray(value) && value.every((byte) => Number.isInteger(byte)))
    return Uint8Array.from(value as number[])
  if (value !== null && typeof value === 'object') {
    const entries = Object.values(value as Record<string, unknown>)
    if (entries.every((byte) => typeof byte === 'number'))
      return Uint8Array.from(entries as number[])
  }
  throw new RequestError(
    'A dropped file could not be read; save it to disk and import it from there.',
  )
}

function requirePatch(value: unknown): ArticleMetadataPatch {
  if (value === null || typeof value !== 'object') return {}
  const record = value as Record<string, unknown>
  const keys = ['title', 'source', 'url', 'publishedAt', 'byline'] as const
  return Object.fromEntries(
    keys.flatMap((key) => (typeof record[key] === 'string' ? [[key, record[key]]] : [])),
  ) as ArticleMetadataPatch
}

function requireComparison(value: unknown): Comparison {
  const candidate = value as Partial<Comparison> | null
  if (candidate?.schema !== COMPARISON_SCHEMA || !Array.isArray(candidate.rows))
    throw new RequestError('Open a comparison before exporting its report.')
  return candidate as Comparison
}

function compareOptionsOf(value: unknown): CompareOptions {
  const record = (value ?? {}) as Partial<Record<keyof CompareOptions, unknown>>
  const flag = (key: keyof CompareOptions): boolean =>
    typeof record[key] === 'boolean' ? (record[key] as boolean) : DEFAULT_COMPARE_OPTIONS[key]
  return {
    ignoreCase: flag('ignoreCase'),
    ignorePunctuation: flag('ignorePunctuation'),
    ignoreTypography: flag('ignoreTypography'),
  }
}
