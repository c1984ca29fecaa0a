import { basename, isAbsolute } from 'node:path'
import {
  buildReport,
  buildStoryHtml,
  buildStoryReport,
  compareArticles,
  compareStory,
  COMPARISON_SCHEMA,
  orderVersionsByDate,
  UserError,
  withProvenance,
} from '../core'
import type {
  ArticleInput,
  ArticleProvenance,
  ComparedArticle,
  Comparison,
  ReportOptions,
  WordVectors,
} from '../core'
import { isLibrarySort } from '../shared/api'
import { parseCompareOptions } from '../shared/compare-options'
import type {
  Article,
  ArticleMetadataPatch,
  ArticleSummary,
  ExportFormat,
  ExportResult,
  ImportFailure,
  ImportReport,
  ImportSource,
  LibrarySort,
  LibraryStatus,
  RewriteLensApi,
} from '../shared/api'
import { collectImportPaths } from '../node/importers/collect-import-paths'
import {
  ImportError,
  MAX_IMPORT_BYTES,
  importArticleBytes,
  importArticleFile,
} from '../node/importers/import-file'
import type { ImportedArticle } from '../node/importers/import-file'
import { normalizeNewlines } from '../node/importers/decode-text'
import { LibraryError, openLibrary } from '../node/library/library-store'
import type { LibraryStore } from '../node/library/library-store'
import { writeOutputFile } from '../node/output-file'
import { loadWordVectors } from '../node/word-vectors-file'

/** Exporting every pair of more articles than this would take minutes; the user is asked to pick fewer. */
export const MAX_EXPORT_ARTICLES = 12

/** The most versions one story compares: 60 versions of 800 words take about 30 s. */
export const MAX_STORY_ARTICLES = 60

/**
 * The largest values a call may carry. The renderer is treated as untrusted: these bound what a
 * compromised page can make main hold, search or store, far above anything the UI sends.
 */
export const REQUEST_LIMITS = {
  /** Files (or folders) in one import call; a folder is expanded up to its own limit. */
  sources: 1000,
  /** Characters of a search, an id, a file name or path, and a web address. */
  search: 1000,
  id: 200,
  fileName: 4096,
  url: 2048,
  /** Characters of an edited title, source, byline, label or date. */
  metadata: 500,
} as const

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
  /** Shows a file selected in the system's file manager. */
  showItemInFolder(path: string): void
}

/** Word vectors with the bytes of their file, which the renderer's workers read themselves. */
export type VectorsWithBytes = WordVectors & { readonly bytes: Uint8Array }

/** What the handlers work on. */
export interface HandlerDeps {
  readonly library: LibraryStore
  /** The word vectors, or null when they could not be loaded (alignment then uses words only). */
  readonly vectors: () => Promise<VectorsWithBytes | null>
  readonly dialogs: DialogPort
  readonly appVersion: string
  readonly now?: () => Date
}

/** A request the handlers refuse; the message is one sentence that says what to do. */
export class RequestError extends UserError {
  override readonly name = 'RequestError'
}

/** The renderer's API as plain async functions over the library, importers and exporters. */
export function createHandlers(deps: HandlerDeps): RewriteLensApi {
  const { library, dialogs } = deps
  const now = deps.now ?? (() => new Date())

  const exportBytes = (
    format: ExportFormat,
    comparisons: Comparison | ReadonlyArray<Comparison>,
    options: ReportOptions,
  ): string | Promise<Uint8Array> =>
    format === 'pdf'
      ? dialogs.printToPdf(buildReport('html', comparisons, options))
      : buildReport(format, comparisons, options)

  const importSources = async (sources: ReadonlyArray<ImportSource>): Promise<ImportReport> => {
    const failed: ImportFailure[] = []
    const imported: ImportedArticle[] = []
    const attempt = async (fileName: string, run: () => Promise<ImportedArticle>) => {
      const outcome = await importOne(fileName, run)
      if ('article' in outcome) imported.push(outcome.article)
      else failed.push(outcome)
    }
    for (const source of sources) {
      if (source.path !== undefined) {
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

  // Only files this session wrote can be shown, so the page cannot probe the disk through it.
  const saved = new Set<string>()

  const saveExport = async (
    defaultName: string,
    format: ExportFormat,
    build: () => Promise<string | Uint8Array>,
  ): Promise<ExportResult> => {
    const path = await dialogs.chooseSavePath({ defaultName, format })
    if (!path) return { status: 'cancelled' }
    const contents = await build()
    try {
      await writeOutputFile(path, contents)
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'an error'
      throw new RequestError(
        `The report could not be saved (${code}); choose another folder and try again.`,
      )
    }
    saved.add(path)
    return { status: 'saved', path }
  }

  let askingToOpen = false

  const reportOptions = () => ({ generatedAt: now().toISOString(), appVersion: deps.appVersion })

  return {
    libraryStatus: async () => library.status(),
    listArticles: async (query) =>
      library.list(
        optionalString(query?.search).slice(0, REQUEST_LIMITS.search),
        sortOf(query?.sort),
      ),
    getArticle: async (id) => library.get(requireString(id)),
    importFiles: async (sources) => importSources(requireSources(sources)),
    importWithDialog: async () => {
      const paths = await dialogs.chooseImportPaths()
      if (paths.length === 0) return { imported: [], duplicates: [], failed: [] }
      return importSources(paths.map((path) => ({ fileName: path, path })))
    },
    importPastedText: async (input) => {
      const raw = optionalString(input?.text)
      // A UTF-16 code unit is at least one UTF-8 byte, so this refuses a huge paste before copying it.
      if (raw.length > MAX_IMPORT_BYTES) throw pasteTooLarge()
      const text = normalizeNewlines(raw).trim().normalize('NFC')
      if (text === '') throw new RequestError("Paste the article's text first.")
      if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) throw pasteTooLarge()
      const firstLine = text.split('\n', 1)[0]?.trim() ?? ''
      const title =
        optionalString(input?.title)
          .slice(0, REQUEST_LIMITS.metadata)
          .replace(/\s+/g, ' ')
          .trim() || firstLine
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
    wordVectorFile: async () => (await deps.vectors())?.bytes ?? null,
    exportReport: async (input) => {
      // The renderer names sides by library id; the report names them by the library's metadata.
      const comparison = await namedFromLibrary(library, requireComparison(input?.comparison))
      const format = requireFormat(input?.format)
      return saveExport(fileNameFor([comparison], format), format, async () =>
        exportBytes(format, comparison, reportOptions()),
      )
    },
    exportAllPairs: async (input) => {
      const given: ReadonlyArray<unknown> = Array.isArray(input?.articleIds) ? input.articleIds : []
      if (given.length > REQUEST_LIMITS.sources)
        throw new RequestError(
          `Select at most ${MAX_EXPORT_ARTICLES} articles for one report of every pair.`,
        )
      const ids = [...new Set(given)]
      if (ids.length < 2) throw new RequestError('Select at least two articles to compare.')
      if (ids.length > MAX_EXPORT_ARTICLES)
        throw new RequestError(
          `Select at most ${MAX_EXPORT_ARTICLES} articles for one report of every pair.`,
        )
      const articles = await Promise.all(ids.map((id) => library.get(requireString(id))))
      const format = requireFormat(input?.format)
      const options = parseCompareOptions(input?.options)
      return saveExport(
        `rewrite-lens-${articles.length}-articles-all-pairs.${format}`,
        format,
        async () => {
          const vectors = await deps.vectors()
          const comparisons = pairsOf(articles).map(([left, right]) =>
            compareArticles(inputOf(left), inputOf(right), options, vectors),
          )
          // JSON: an array of `rewrite-lens/comparison@2` objects, as `buildJsonReport` writes one.
          return exportBytes(format, comparisons, reportOptions())
        },
      )
    },
    exportStory: async (input) => {
      const given: ReadonlyArray<unknown> = Array.isArray(input?.articleIds) ? input.articleIds : []
      const ids = given.length > REQUEST_LIMITS.sources ? given : [...new Set(given)]
      if (ids.length < 2)
        throw new RequestError('Select at least two articles to compare as a story.')
      if (ids.length > MAX_STORY_ARTICLES)
        throw new RequestError(`Select at most ${MAX_STORY_ARTICLES} articles for one story.`)
      const articles = await Promise.all(ids.map((id) => library.get(requireString(id))))
      const format = requireFormat(input?.format)
      const options = parseCompareOptions(input?.options)
      return saveExport(
        `rewrite-lens-story-${articles.length}-versions.${format}`,
        format,
        async () => {
          const ordered = orderVersionsByDate(
            articles.map((article) => ({
              ...inputOf(article),
              id: article.id,
              date: article.publishedAt === '' ? null : article.publishedAt,
            })),
          )
          const story = compareStory(
            ordered.inputs,
            { ...options, inOrder: ordered.inOrder },
            { vectors: await deps.vectors() },
          )
          switch (format) {
            case 'pdf':
              return dialogs.printToPdf(buildStoryHtml(story, reportOptions()))
            case 'html':
            case 'md':
            case 'csv':
            case 'json':
              return buildStoryReport(story, format, reportOptions())
          }
        },
      )
    },
    openExternal: async (url) => {
      const address = webAddressOf(url)
      // One question at a time: a page opening links in a loop cannot stack up dialogs.
      if (!address || askingToOpen) return false
      askingToOpen = true
      try {
        if (!(await dialogs.confirmOpenExternal(address))) return false
      } finally {
        askingToOpen = false
      }
      await dialogs.openExternal(address)
      return true
    },
    showInFolder: async (path) => {
      const file = requireString(path)
      if (!saved.has(file)) {
        throw new RequestError('Only reports saved in this session can be shown; export it again.')
      }
      dialogs.showItemInFolder(file)
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

/** The handlers, and how to wait until every change they asked for is saved (before quitting). */
export interface AppServices {
  readonly api: RewriteLensApi
  /** Resolves once every library change made so far is written to disk (or has failed). */
  flush(): Promise<void>
  /**
   * Calls `listener` with the library's status after another process changed the library under
   * this read-only view; returns the unsubscribe function.
   */
  onLibraryChange(listener: (status: LibraryStatus) => void): () => void
}

/**
 * Opens the library and starts loading the word vectors, then returns the handlers with the
 * library's flush. The Electron shell uses this so it can hold quitting until saves land.
 */
export async function openAppServices(locations: AppLocations): Promise<AppServices> {
  const library = await openLibrary({ dataDir: locations.dataDir, seedsDir: locations.seedsDir })
  // Loaded in the background: the window opens at once, and the first compare waits if need be.
  const vectors = loadWordVectors(locations.wordVectorsPath).catch((error: unknown) => {
    console.warn(`rewrite-lens: comparing without word vectors: ${(error as Error).message}`)
    return null
  })
  const api = createHandlers({
    library,
    vectors: () => vectors,
    dialogs: locations.dialogs,
    appVersion: locations.appVersion ?? 'development',
  })
  return {
    api,
    flush: () => library.flush(),
    onLibraryChange: (listener) => library.onChange(() => listener(library.status())),
  }
}

/**
 * Opens the library and starts loading the word vectors, then returns the handlers. The CLI and
 * the e2e bridge call this (the shell calls `openAppServices`), so all run exactly the same code.
 */
export async function openAppHandlers(locations: AppLocations): Promise<RewriteLensApi> {
  return (await openAppServices(locations)).api
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

function inputOf(article: Article): ArticleInput {
  return { path: article.id, ...provenanceOfArticle(article), text: article.text }
}

/** What a report says of a library article: its title, file name ('' when pasted), source, label, date. */
function provenanceOfArticle(
  article: ArticleSummary,
): ArticleProvenance & { readonly title: string } {
  return {
    title: article.title,
    fileName: article.format === 'paste' ? '' : article.fileName,
    source: article.source,
    label: article.label,
    publishedAt: article.publishedAt,
  }
}

async function namedFromLibrary(
  library: LibraryStore,
  comparison: Comparison,
): Promise<Comparison> {
  const known = async (side: ComparedArticle) => {
    if (typeof side.path !== 'string' || side.path.length > REQUEST_LIMITS.id) return {}
    try {
      return provenanceOfArticle(await library.get(side.path))
    } catch (error) {
      // An article deleted since the comparison keeps the names the comparison carries.
      if (error instanceof LibraryError) return {}
      throw error
    }
  }
  return withProvenance(comparison, await known(comparison.left), await known(comparison.right))
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

/**
 * The address to offer to the browser, or null to refuse it: only http(s) with a host, no user
 * name or password (`https://bank.example@evil.example` shows one site and opens another), no
 * control characters, and short enough to read in the confirm dialog. The parsed (normalised)
 * form is what the dialog shows and the browser gets, so both see the same address.
 */
export function webAddressOf(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > REQUEST_LIMITS.url) return null
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(url)) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null
  return parsed.href
}

function requireString(value: unknown): string {
  if (typeof value !== 'string' || value === '' || value.length > REQUEST_LIMITS.id)
    throw new RequestError('That article is no longer in the library; refresh the list.')
  return value
}

function pasteTooLarge(): RequestError {
  return new RequestError('The pasted text is larger than 5 MB; paste just the article.')
}

function optionalString(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function requireFileName(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > REQUEST_LIMITS.fileName)
    throw new RequestError('A dropped file had no name; save it to disk and import it from there.')
  return value
}

function sortOf(value: unknown): LibrarySort {
  return isLibrarySort(value) ? value : 'imported'
}

const FORMATS: ReadonlyArray<ExportFormat> = ['html', 'pdf', 'md', 'csv', 'json']
function requireFormat(value: unknown): ExportFormat {
  if (FORMATS.includes(value as ExportFormat)) return value as ExportFormat
  throw new RequestError('Choose HTML, PDF, Markdown, CSV or JSON for the report.')
}

function requireSources(value: unknown): ReadonlyArray<ImportSource> {
  if (!Array.isArray(value)) throw new RequestError('Drop or choose the files to import.')
  if (value.length > REQUEST_LIMITS.sources)
    throw new RequestError(
      `Import at most ${REQUEST_LIMITS.sources} files at once, or drop their folder instead.`,
    )
  return value.map((source: unknown) => {
    const record = source !== null && typeof source === 'object' ? source : {}
    const { fileName, path, bytes } = record as Record<string, unknown>
    const name = optionalString(fileName).slice(0, REQUEST_LIMITS.fileName)
    return {
      fileName: name,
      ...(typeof path === 'string' && path !== '' ? { path: requirePath(path, name) } : {}),
      // Unreadable bytes leave the source without any, so only that file fails, with its name.
      ...(bytes !== undefined && bytes !== null ? bytesEntryOf(bytes) : {}),
    }
  })
}

// Paths come from the OS (dialog, drag and drop) and are absolute; a relative one would be read
// against main's working folder, which the page knows nothing about.
function requirePath(path: string, fileName: string): string {
  if (path.length <= REQUEST_LIMITS.fileName && isAbsolute(path) && !path.includes('\0'))
    return path
  throw new RequestError(
    `${fileName || 'A dropped item'} has no usable location; drop the file from a folder or use Import….`,
  )
}

// Bytes arrive as a Uint8Array over IPC; the e2e bridge serialises them as JSON (an array or an
// index-keyed object), so those shapes are accepted too.
function bytesEntryOf(value: unknown): { readonly bytes?: Uint8Array } {
  if (value instanceof Uint8Array) return { bytes: value }
  if (value instanceof ArrayBuffer) return { bytes: new Uint8Array(value) }
  const isByte = (byte: unknown): boolean =>
    typeof byte === 'number' && Number.isInteger(byte) && byte >= 0 && byte <= 255
  const list: ReadonlyArray<unknown> | null = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null
      ? Object.values(value)
      : null
  // Anything larger is refused by the importer anyway; checking first avoids copying it.
  if (!list || list.length > MAX_IMPORT_BYTES + 1 || !list.every(isByte)) return {}
  return { bytes: Uint8Array.from(list as number[]) }
}

function requirePatch(value: unknown): ArticleMetadataPatch {
  if (value === null || typeof value !== 'object') return {}
  const record = value as Record<string, unknown>
  const limits = {
    title: REQUEST_LIMITS.metadata,
    source: REQUEST_LIMITS.metadata,
    url: REQUEST_LIMITS.url,
    publishedAt: REQUEST_LIMITS.metadata,
    byline: REQUEST_LIMITS.metadata,
    label: REQUEST_LIMITS.metadata,
  } as const
  const keys = Object.keys(limits) as ReadonlyArray<keyof typeof limits>
  // Only own, known keys are read, so `__proto__` or inherited fields never reach the store.
  const patch = keys.flatMap((key) => {
    const field = Object.hasOwn(record, key) ? record[key] : undefined
    if (typeof field !== 'string') return []
    if (field.length > limits[key])
      throw new RequestError(`That ${FIELD_NAMES[key]} is too long; shorten it and save again.`)
    return [[key, field] as const]
  })
  return Object.fromEntries(patch) as ArticleMetadataPatch
}

const FIELD_NAMES: Readonly<Record<keyof ArticleMetadataPatch, string>> = {
  title: 'title',
  source: 'source',
  url: 'web address',
  publishedAt: 'date',
  byline: 'byline',
  label: 'label',
}

function requireComparison(value: unknown): Comparison {
  const candidate = value as Partial<Comparison> | null
  if (candidate?.schema !== COMPARISON_SCHEMA || !Array.isArray(candidate.rows))
    throw new RequestError('Open a comparison before exporting its report.')
  return candidate as Comparison
}
