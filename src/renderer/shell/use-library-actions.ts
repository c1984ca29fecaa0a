import { useCallback, useMemo, useState } from 'react'
import type { CompareOptions, Comparison } from '../../core'
import type {
  ArticleMetadataPatch,
  ArticleSummary,
  ExportFormat,
  ExportResult,
  ImportReport,
  RendererBridge,
} from '../../shared/api'
import { messageOf } from '../bridge'
import type { ToastControls } from '../components/toasts'
import { sourcesFromDrop, summarizeImport } from '../features/library/drop-sources'
import type { DroppedItem } from '../features/library/drop-sources'
import type { ComparisonSource } from '../features/reader/comparison-source'

const UNDO_MS = 10_000

/** What the library's actions change that the rest of the window reads. */
export interface LibraryActionState {
  /** Bumped whenever the list may have changed (import, edit, delete, restore). */
  readonly libraryRevision: number
  /** Bumped when an open article's text or title may have changed (edit). */
  readonly compareRevision: number
  readonly importing: boolean
  readonly importReport: ImportReport | null
}

/** The library's actions: import, paste, edit, delete with undo, and both export flows. */
export interface LibraryActions {
  readonly importWithDialog: () => void
  readonly importDropped: (items: ReadonlyArray<DroppedItem>) => void
  readonly importPasted: (input: { readonly title: string; readonly text: string }) => void
  readonly dismissReport: () => void
  readonly deleteArticle: (article: ArticleSummary) => void
  readonly saveMetadata: (article: ArticleSummary, patch: ArticleMetadataPatch) => void
  readonly exportReport: (comparison: Comparison, format: ExportFormat) => void
  readonly exportAll: (
    articleIds: ReadonlyArray<string>,
    format: ExportFormat,
    options: CompareOptions,
  ) => void
  /** Saves the story of the articles (compared in main, oldest published first). */
  readonly exportStory: (
    articleIds: ReadonlyArray<string>,
    format: ExportFormat,
    options: CompareOptions,
  ) => void
}

/**
 * The controller for the library: runs each action through the API, reports in toasts, and tells
 * the window what changed. `onDeleted` lets the window drop a deleted article from its choices.
 */
export function useLibraryActions(
  api: RendererBridge,
  source: ComparisonSource,
  toasts: Pick<ToastControls, 'show' | 'showError' | 'dismissGroup'>,
  callbacks: {
    /** Drops a deleted article from the window's choices. */
    readonly onDeleted: (id: string) => void
    /** Brings the import results into view (the import pop-up's button). */
    readonly onShowImportReport: () => void
  },
): readonly [LibraryActionState, LibraryActions] {
  const { onDeleted, onShowImportReport } = callbacks
  const { show, showError, dismissGroup } = toasts
  const [libraryRevision, setLibraryRevision] = useState(0)
  const [compareRevision, setCompareRevision] = useState(0)
  const [importing, setImporting] = useState(false)
  const [importReport, setImportReport] = useState<ImportReport | null>(null)
  const libraryChanged = useCallback(() => setLibraryRevision((revision) => revision + 1), [])

  const runImport = useCallback(
    (start: () => Promise<ImportReport>) => {
      setImporting(true)
      start()
        .then(
          (report) => {
            // A clean paste needs no results panel; files, duplicates and failures do.
            const pasted = report.imported.length === 1 && report.imported[0]?.format === 'paste'
            const clean = report.duplicates.length === 0 && report.failed.length === 0
            setImportReport(pasted && clean ? null : report)
            libraryChanged()
            show({
              kind: report.failed.length > 0 ? 'error' : 'info',
              message: summarizeImport(report),
              group: 'import',
              ...(report.failed.length > 0
                ? { action: { label: 'Show the list', run: onShowImportReport } }
                : {}),
            })
          },
          (error: unknown) => showError(messageOf(error)),
        )
        .finally(() => setImporting(false))
    },
    [libraryChanged, show, showError, onShowImportReport],
  )

  const importWithDialog = useCallback(
    () => runImport(() => api.importWithDialog()),
    [api, runImport],
  )

  const importDropped = useCallback(
    (items: ReadonlyArray<DroppedItem>) =>
      runImport(async () => {
        const sources = await sourcesFromDrop(items, (file) => api.pathForFile(file))
        if (sources.length === 0) {
          throw new Error(
            'None of the dropped files can be imported: use .txt, .md, .html or .docx.',
          )
        }
        return api.importFiles(sources)
      }),
    [api, runImport],
  )

  const importPasted = useCallback(
    (input: { readonly title: string; readonly text: string }) =>
      runImport(() => api.importPastedText(input)),
    [api, runImport],
  )

  const dismissReport = useCallback(() => setImportReport(null), [])

  const deleteArticle = useCallback(
    (article: ArticleSummary) => {
      api.deleteArticle(article.id).then(
        ({ undoToken }) => {
          source.forget(article.id)
          onDeleted(article.id)
          libraryChanged()
          // One toast per deletion: Undo replaces it (it can run once), other deletions keep theirs.
          const group = `delete:${article.id}`
          const undo = (): void => {
            dismissGroup(group)
            api.restoreArticle(undoToken).then(
              (restored) => {
                libraryChanged()
                show({ kind: 'info', message: `Restored “${restored.title}”.`, group })
              },
              (error: unknown) => showError(messageOf(error)),
            )
          }
          show(
            {
              kind: 'info',
              message: `Deleted “${article.title}”.`,
              action: { label: 'Undo', run: undo },
              group,
            },
            UNDO_MS,
          )
        },
        (error: unknown) => showError(messageOf(error)),
      )
    },
    [api, source, onDeleted, libraryChanged, show, showError, dismissGroup],
  )

  const saveMetadata = useCallback(
    (article: ArticleSummary, patch: ArticleMetadataPatch) => {
      if (Object.keys(patch).length === 0) return
      api.updateArticle(article.id, patch).then(
        () => {
          source.forget(article.id)
          libraryChanged()
          setCompareRevision((revision) => revision + 1)
        },
        (error: unknown) => showError(messageOf(error)),
      )
    },
    [api, source, libraryChanged, showError],
  )

  const reportSaved = useCallback(
    (saving: Promise<ExportResult>) => {
      saving.then(
        (result) => {
          if (result.status !== 'saved') return
          const { path } = result
          show({
            kind: 'info',
            message: `Saved the report to ${path}.`,
            group: 'export',
            action: {
              label: 'Show in folder',
              run: () =>
                api.showInFolder(path).catch((error: unknown) => showError(messageOf(error))),
            },
          })
        },
        (error: unknown) => showError(messageOf(error)),
      )
    },
    [api, show, showError],
  )

  const exportReport = useCallback(
    (comparison: Comparison, format: ExportFormat) =>
      reportSaved(api.exportReport({ comparison, format })),
    [api, reportSaved],
  )

  const exportAll = useCallback(
    (articleIds: ReadonlyArray<string>, format: ExportFormat, options: CompareOptions) =>
      reportSaved(api.exportAllPairs({ articleIds, format, options })),
    [api, reportSaved],
  )

  const exportStory = useCallback(
    (articleIds: ReadonlyArray<string>, format: ExportFormat, options: CompareOptions) =>
      reportSaved(api.exportStory({ articleIds, format, options })),
    [api, reportSaved],
  )

  const actions = useMemo(
    () => ({
      importWithDialog,
      importDropped,
      importPasted,
      dismissReport,
      deleteArticle,
      saveMetadata,
      exportReport,
      exportAll,
      exportStory,
    }),
    [
      importWithDialog,
      importDropped,
      importPasted,
      dismissReport,
      deleteArticle,
      saveMetadata,
      exportReport,
      exportAll,
      exportStory,
    ],
  )
  return [{ libraryRevision, compareRevision, importing, importReport }, actions] as const
}
