/**
 * The one API contract between the renderer and the main process. The preload exposes one method
 * per entry, main registers one handler per entry, and the e2e bridge derives from the same map.
 */
import type { CompareOptions, Comparison } from '../core'

/** The format an article was imported from. */
export type ArticleFormat = 'txt' | 'md' | 'html' | 'docx' | 'paste' | 'seed'

/** What the library list shows of an article (no text, so listing stays cheap). */
export interface ArticleSummary {
  readonly id: string
  readonly title: string
  readonly source: string
  readonly url: string
  /** ISO 8601 date (YYYY-MM-DD or full timestamp) as published, or '' when unknown. */
  readonly publishedAt: string
  readonly importedAt: string
  readonly fileName: string
  readonly format: ArticleFormat
  readonly wordCount: number
  /** The user's own name for this version ("v2", "after legal"), or '' when none was given. */
  readonly label: string
  /** The author line a web page or front matter declared; absent when unknown. */
  readonly byline?: string
}

/** A stored article with its text. */
export interface Article extends ArticleSummary {
  readonly text: string
}

/** The editable metadata of an article. */
export interface ArticleMetadataPatch {
  readonly title?: string
  readonly source?: string
  readonly url?: string
  readonly publishedAt?: string
  readonly byline?: string
  readonly label?: string
}

/** Why one file did not import, in a sentence that says what to do. */
export interface ImportFailure {
  readonly fileName: string
  readonly reason: string
}

/** The outcome of importing several files: the others import even when some fail. */
export interface ImportReport {
  readonly imported: ReadonlyArray<ArticleSummary>
  /** Files whose text is already in the library (by normalised text), with the existing title. */
  readonly duplicates: ReadonlyArray<{ readonly fileName: string; readonly existingTitle: string }>
  readonly failed: ReadonlyArray<ImportFailure>
}

/** A file handed over by drag and drop or the Import… dialog. */
export interface ImportSource {
  readonly fileName: string
  /** Absolute path where main can read it (dialog, drag and drop from the OS). */
  readonly path?: string
  /** The bytes, when the renderer has them but no path (e.g. tests, dropped blobs). */
  readonly bytes?: Uint8Array
}

/** How the library list is ordered. */
export type LibrarySort = 'date' | 'title' | 'source' | 'label' | 'fileName' | 'imported'

// A record keyed by the union makes the compiler catch a sort added to one and not the other.
const LIBRARY_SORT_KEYS: Readonly<Record<LibrarySort, true>> = {
  date: true,
  title: true,
  source: true,
  label: true,
  fileName: true,
  imported: true,
}

/** Every library sort, for checking what arrives over IPC and offering the choices. */
export const LIBRARY_SORTS: ReadonlyArray<LibrarySort> = Object.keys(
  LIBRARY_SORT_KEYS,
) as LibrarySort[]

/** True when `value` is one of the library orders (not an inherited name like `__proto__`). */
export function isLibrarySort(value: unknown): value is LibrarySort {
  return typeof value === 'string' && Object.hasOwn(LIBRARY_SORT_KEYS, value)
}

/** Formats a report can be exported to. */
export type ExportFormat = 'html' | 'pdf' | 'md' | 'csv' | 'json'

/** The library's state when the app opened: warns the user when a damaged file was set aside. */
export interface LibraryStatus {
  readonly articleCount: number
  /** A one-sentence notice for the user (e.g. the library was restored from its backup), or null. */
  readonly notice: string | null
  readonly dataDir: string
  /** True when changes cannot be saved (another window holds the library, or the folder is read-only). */
  readonly readOnly: boolean
  /**
   * Counts the changes the library went through since it was opened, this window's and (in a
   * read-only window) those another window saved: a new value means the list is out of date.
   */
  readonly revision: number
}

/** Where an export was written, or null when the user cancelled the save dialog. */
export type ExportResult =
  { readonly status: 'saved'; readonly path: string } | { readonly status: 'cancelled' }

/**
 * Every call the renderer can make, as name → signature. Arguments and results are structured-
 * cloneable values; failures the user can act on reject with an Error whose message is one sentence.
 */
export interface RewriteLensApi {
  libraryStatus(): Promise<LibraryStatus>
  listArticles(query: {
    readonly search: string
    readonly sort: LibrarySort
  }): Promise<ReadonlyArray<ArticleSummary>>
  getArticle(id: string): Promise<Article>
  importFiles(sources: ReadonlyArray<ImportSource>): Promise<ImportReport>
  /** Opens the Import… dialog (files or a folder) and imports what the user picked. */
  importWithDialog(): Promise<ImportReport>
  importPastedText(input: { readonly title: string; readonly text: string }): Promise<ImportReport>
  updateArticle(id: string, patch: ArticleMetadataPatch): Promise<ArticleSummary>
  /** Deletes an article; the returned token undoes it with `restoreArticle`. */
  deleteArticle(id: string): Promise<{ readonly undoToken: string }>
  restoreArticle(undoToken: string): Promise<ArticleSummary>
  /**
   * The word-vector file's bytes (about 11 MB, sent once per window), which the renderer's workers
   * look words up in as they compare; null when the app has no usable vectors.
   */
  wordVectorFile(): Promise<Uint8Array | null>
  /** Saves a report of one comparison (the renderer computed it) through a Save dialog. */
  exportReport(input: {
    readonly comparison: Comparison
    readonly format: ExportFormat
  }): Promise<ExportResult>
  /** Compares every pair of the given articles in main and saves one report with a section per pair. */
  exportAllPairs(input: {
    readonly articleIds: ReadonlyArray<string>
    readonly format: Exclude<ExportFormat, 'pdf'> | 'pdf'
    readonly options: CompareOptions
  }): Promise<ExportResult>
  /**
   * Compares the given articles as versions of one story in main (oldest published first, in
   * time order when every one has a date) and saves the story report through a Save dialog.
   */
  exportStory(input: {
    readonly articleIds: ReadonlyArray<string>
    readonly format: ExportFormat
    readonly options: CompareOptions
  }): Promise<ExportResult>
  /** Opens an http(s) URL in the user's browser after they confirm; other schemes are refused. */
  openExternal(url: string): Promise<boolean>
  /** Shows a report this session saved in the system's file manager; other paths are refused. */
  showInFolder(path: string): Promise<void>
}

/** The names of the API calls, for registering and exposing them generically. */
export type ApiMethod = keyof RewriteLensApi

// A record over the contract's keys: a method added to `RewriteLensApi` and not here (or the
// reverse) does not compile, so the preload, main and the e2e bridge cannot miss one.
const API_METHOD_KEYS = {
  libraryStatus: true,
  listArticles: true,
  getArticle: true,
  importFiles: true,
  importWithDialog: true,
  importPastedText: true,
  updateArticle: true,
  deleteArticle: true,
  restoreArticle: true,
  wordVectorFile: true,
  exportReport: true,
  exportAllPairs: true,
  exportStory: true,
  openExternal: true,
  showInFolder: true,
} as const satisfies Record<ApiMethod, true>

/** Every API method name, in one list the preload, main and the e2e bridge iterate. */
export const API_METHODS = Object.keys(API_METHOD_KEYS) as ReadonlyArray<ApiMethod>

/** The IPC channel of an API method: one prefix, never hand-written strings. */
export function channelOf(method: ApiMethod): string {
  return `rewrite-lens:${method}`
}

/** Events main pushes to the renderer (menu commands, files opened). */
export type MenuCommand =
  | 'import'
  | 'export-report'
  | 'export-all'
  | 'swap-sides'
  | 'next-change'
  | 'previous-change'
  | 'toggle-inline'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'paste-article'

// A record keyed by the union makes the compiler catch a command added to one and not the other.
const MENU_COMMAND_KEYS: Readonly<Record<MenuCommand, true>> = {
  import: true,
  'export-report': true,
  'export-all': true,
  'swap-sides': true,
  'next-change': true,
  'previous-change': true,
  'toggle-inline': true,
  'zoom-in': true,
  'zoom-out': true,
  'zoom-reset': true,
  'paste-article': true,
}

/** Every menu command, for checking what arrives over IPC. */
export const MENU_COMMANDS: ReadonlyArray<MenuCommand> = Object.keys(
  MENU_COMMAND_KEYS,
) as MenuCommand[]

/** The IPC channel main sends `MenuCommand`s on. */
export const MENU_COMMAND_CHANNEL = 'rewrite-lens:menu-command'

/**
 * The IPC channel main sends the `LibraryStatus` on after another process changed the library under
 * a read-only window (main watches the library's change log), so the window reloads its list.
 */
export const LIBRARY_CHANGED_CHANNEL = 'rewrite-lens:library-changed'

/**
 * How a handler's outcome crosses IPC: Electron rewrites a rejected invoke's message ("Error
 * invoking remote method …"), so failures travel as values and the preload rethrows the sentence.
 */
export type IpcOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

/** The name of the global the preload defines in the page (`window.rewriteLens`). */
export const API_GLOBAL = 'rewriteLens'

/** What the page sees: the API, plus menu and library events and the path of a dropped file. */
export interface RendererBridge extends RewriteLensApi {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /**
   * Subscribes to the library's status after another process changed it (read-only windows only);
   * returns the unsubscribe function.
   */
  onLibraryChanged(listener: (status: LibraryStatus) => void): () => void
  /** The file-system path of a dropped File ('' when it has none, e.g. in a browser). */
  pathForFile(file: File): string
}
