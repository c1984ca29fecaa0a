import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react'
import type { CSSProperties, ReactNode } from 'react'
import type { CompareOptions } from '../core/types'
import type {
  ArticleMetadataPatch,
  ArticleSummary,
  ExportFormat,
  ImportReport,
  LibrarySort,
  MenuCommand,
  RendererBridge,
} from '../shared/api'
import { messageOf } from './bridge'
import { CompareClient } from './compare/compare-client'
import { createCompareWorker } from './compare/create-worker'
import { ExportDialog } from './components/export-dialog'
import { ShortcutsDialog } from './components/shortcuts-dialog'
import { Toasts } from './components/toasts'
import type { Toast } from './components/toasts'
import { captureDrop, sourcesFromDrop, summarizeImport } from './features/library/drop-sources'
import { EditDialog } from './features/library/edit-dialog'
import { LibraryPanel } from './features/library/library-panel'
import type { ReaderSide } from './features/library/library-panel'
import { PasteDialog } from './features/library/paste-dialog'
import { useLibrary } from './features/library/use-library'
import { LensPanels } from './features/lenses/lens-panels'
import { LensResizer } from './features/lenses/lens-resizer'
import { ComparisonSource } from './features/reader/comparison-source'
import type { FocusRequest } from './features/reader/diff-grid'
import { changeRows, stepChange } from './features/reader/display-items'
import { Legend } from './features/reader/legend'
import { ReaderView } from './features/reader/reader-view'
import { useComparison } from './features/reader/use-comparison'
import { keyCommand } from './key-commands'
import type { KeyCommand } from './key-commands'
import { PREFS_KEY, parsePrefs, stepZoom } from './ui-prefs'
import type { UiPrefs } from './ui-prefs'

type OpenDialog =
  | { readonly kind: 'paste' }
  | { readonly kind: 'edit'; readonly article: ArticleSummary }
  | { readonly kind: 'export' }
  | { readonly kind: 'export-all' }
  | { readonly kind: 'shortcuts' }

const UNDO_MS = 10_000
const TOAST_MS = 6_000

/** The whole window: library, reader and lenses, wired to the preload's API. */
export function App(props: { readonly api: RendererBridge }): ReactNode {
  const { api } = props
  const [prefs, setPrefs] = useState<UiPrefs>(() => parsePrefs(localStorage.getItem(PREFS_KEY)))
  const [search, setSearch] = useState('')
  const [libraryRevision, setLibraryRevision] = useState(0)
  const [compareRevision, setCompareRevision] = useState(0)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [toasts, setToasts] = useState<ReadonlyArray<Toast>>([])
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [importing, setImporting] = useState(false)
  const [importReport, setImportReport] = useState<ImportReport | null>(null)
  const [dragging, setDragging] = useState(false)
  const [navigation, setNavigation] = useState<{
    readonly pair: string
    readonly current: number
    readonly request: FocusRequest | null
  }>({ pair: '', current: -1, request: null })
  const [source] = useState(() => new ComparisonSource(api, new CompareClient(createCompareWorker)))

  const dismissToast = useCallback((id: number) => {
    setToasts((list) => list.filter((toast) => toast.id !== id))
  }, [])
  const showToast = useCallback(
    (toast: Omit<Toast, 'id'>, duration: number = TOAST_MS) => {
      const id = Date.now() + Math.random()
      setToasts((list) => [...list.slice(-3), { ...toast, id }])
      window.setTimeout(() => dismissToast(id), duration)
    },
    [dismissToast],
  )
  const showError = useCallback(
    (message: string) => showToast({ kind: 'error', message }, TOAST_MS * 2),
    [showToast],
  )

  const articles = useLibrary(api, search, prefs.sort, libraryRevision, showError)
  // A remembered article that is gone from the full list (deleted elsewhere) is not reopened.
  const listed = useMemo(
    () => (articles && search === '' ? new Set(articles.map((article) => article.id)) : null),
    [articles, search],
  )
  const leftId = prefs.leftId && listed && !listed.has(prefs.leftId) ? null : prefs.leftId
  const rightId = prefs.rightId && listed && !listed.has(prefs.rightId) ? null : prefs.rightId
  const state = useComparison(source, leftId, rightId, prefs.options, compareRevision)
  const comparison = state.comparison
  const changes = useMemo(() => (comparison ? changeRows(comparison.rows) : []), [comparison])
  const pair = state.pair
  const current = navigation.pair === pair ? navigation.current : -1
  const focusRequest = navigation.pair === pair ? navigation.request : null

  useEffect(() => {
    localStorage.setItem(PREFS_KEY, JSON.stringify(prefs))
    document.documentElement.style.setProperty('--zoom', String(prefs.zoom))
  }, [prefs])

  useEffect(() => {
    source.warmUp()
    return () => source.dispose()
  }, [source])

  useEffect(() => {
    api.libraryStatus().then(
      (status) => setNotice(status.notice),
      (error: unknown) => setNotice(messageOf(error)),
    )
  }, [api])

  const updatePrefs = useCallback((patch: Partial<UiPrefs>) => {
    setPrefs((previous) => ({ ...previous, ...patch }))
  }, [])

  const resizeLenses = useCallback((lensWidth: number) => updatePrefs({ lensWidth }), [updatePrefs])
  const setSort = useCallback((sort: LibrarySort) => updatePrefs({ sort }), [updatePrefs])
  const toggleSelected = useCallback((id: string) => {
    setSelected((previous) => {
      const next = new Set(previous)
      if (!next.delete(id)) next.add(id)
      return next
    })
  }, [])
  const openEdit = useCallback(
    (article: ArticleSummary) => setDialog({ kind: 'edit', article }),
    [],
  )
  const openPaste = useCallback(() => setDialog({ kind: 'paste' }), [])
  const openExportAll = useCallback(() => setDialog({ kind: 'export-all' }), [])
  const dismissReport = useCallback(() => setImportReport(null), [])

  const goToRow = useCallback(
    (row: number) => {
      setNavigation((previous) => ({
        pair,
        current: row,
        request: { row, token: (previous.request?.token ?? 0) + 1 },
      }))
    },
    [pair],
  )

  const step = useCallback(
    (direction: 1 | -1) => {
      const row = stepChange(changes, current, direction)
      if (row !== null) goToRow(row)
    },
    [changes, current, goToRow],
  )

  const pick = useCallback((side: ReaderSide, id: string) => {
    setPrefs((previous) => {
      const other = side === 'left' ? previous.rightId : previous.leftId
      // Picking the article already on the other side swaps them rather than comparing it with itself.
      if (other === id) {
        return { ...previous, leftId: previous.rightId, rightId: previous.leftId }
      }
      return side === 'left' ? { ...previous, leftId: id } : { ...previous, rightId: id }
    })
  }, [])

  const swap = useCallback(() => {
    setPrefs((previous) => ({ ...previous, leftId: previous.rightId, rightId: previous.leftId }))
  }, [])

  const afterImport = useCallback(
    (report: ImportReport) => {
      // A clean paste needs no results panel; files, duplicates and failures do.
      const pasted = report.imported.length === 1 && report.imported[0]?.format === 'paste'
      const clean = report.duplicates.length === 0 && report.failed.length === 0
      setImportReport(pasted && clean ? null : report)
      setLibraryRevision((revision) => revision + 1)
      showToast({ kind: 'info', message: summarizeImport(report) })
    },
    [showToast],
  )

  const runImport = useCallback(
    (start: () => Promise<ImportReport>) => {
      setImporting(true)
      start()
        .then(afterImport, (error: unknown) => showError(messageOf(error)))
        .finally(() => setImporting(false))
    },
    [afterImport, showError],
  )

  const importWithDialog = useCallback(
    () => runImport(() => api.importWithDialog()),
    [api, runImport],
  )

  const deleteArticle = useCallback(
    (article: ArticleSummary) => {
      api.deleteArticle(article.id).then(
        ({ undoToken }) => {
          source.forget(article.id)
          setPrefs((previous) => ({
            ...previous,
            leftId: previous.leftId === article.id ? null : previous.leftId,
            rightId: previous.rightId === article.id ? null : previous.rightId,
          }))
          setSelected((previous) => {
            const next = new Set(previous)
            next.delete(article.id)
            return next
          })
          setLibraryRevision((revision) => revision + 1)
          showToast(
            {
              kind: 'info',
              message: `Deleted “${article.title}”.`,
              undo: () => {
                setToasts((list) => list.filter((toast) => !toast.undo))
                api.restoreArticle(undoToken).then(
                  (restored) => {
                    setLibraryRevision((revision) => revision + 1)
                    showToast({ kind: 'info', message: `Restored “${restored.title}”.` })
                  },
                  (error: unknown) => showError(messageOf(error)),
                )
              },
            },
            UNDO_MS,
          )
        },
        (error: unknown) => showError(messageOf(error)),
      )
    },
    [api, source, showToast, showError],
  )

  const saveMetadata = useCallback(
    (article: ArticleSummary, patch: ArticleMetadataPatch) => {
      setDialog(null)
      if (Object.keys(patch).length === 0) return
      api.updateArticle(article.id, patch).then(
        () => {
          source.forget(article.id)
          setLibraryRevision((revision) => revision + 1)
          setCompareRevision((revision) => revision + 1)
        },
        (error: unknown) => showError(messageOf(error)),
      )
    },
    [api, source, showError],
  )

  const exportReport = useCallback(
    (format: ExportFormat) => {
      setDialog(null)
      if (!comparison) return
      api.exportReport({ comparison, format }).then(
        (result) => {
          if (result.status === 'saved') {
            showToast({ kind: 'info', message: `Saved the report to ${result.path}.` })
          }
        },
        (error: unknown) => showError(messageOf(error)),
      )
    },
    [api, comparison, showToast, showError],
  )

  const exportIds = useMemo(() => {
    const listed = articles ?? []
    const checked = listed.filter((article) => selected.has(article.id)).map((a) => a.id)
    return checked.length >= 2 ? checked : listed.map((article) => article.id)
  }, [articles, selected])

  const exportAll = useCallback(
    (format: ExportFormat) => {
      setDialog(null)
      api.exportAllPairs({ articleIds: exportIds, format, options: prefs.options }).then(
        (result) => {
          if (result.status === 'saved') {
            showToast({ kind: 'info', message: `Saved the report to ${result.path}.` })
          }
        },
        (error: unknown) => showError(messageOf(error)),
      )
    },
    [api, exportIds, prefs.options, showToast, showError],
  )

  const openExport = useCallback(() => {
    if (comparison) setDialog({ kind: 'export' })
    else showError('Pick two articles to compare before exporting a report.')
  }, [comparison, showError])

  const runCommand = useEffectEvent((command: KeyCommand) => {
    if (dialog && command !== 'zoom-in' && command !== 'zoom-out' && command !== 'zoom-reset')
      return
    switch (command) {
      case 'toggle-library':
        return updatePrefs({ libraryOpen: !prefs.libraryOpen })
      case 'toggle-lenses':
        return updatePrefs({ lensesOpen: !prefs.lensesOpen })
      case 'show-shortcuts':
        return setDialog({ kind: 'shortcuts' })
      case 'import':
        return importWithDialog()
      case 'export-report':
        return openExport()
      case 'export-all':
        return setDialog({ kind: 'export-all' })
      case 'swap-sides':
        return swap()
      case 'next-change':
        return step(1)
      case 'previous-change':
        return step(-1)
      case 'toggle-inline':
        return updatePrefs({ inline: !prefs.inline })
      case 'zoom-in':
        return updatePrefs({ zoom: stepZoom(prefs.zoom, 1) })
      case 'zoom-out':
        return updatePrefs({ zoom: stepZoom(prefs.zoom, -1) })
      case 'zoom-reset':
        return updatePrefs({ zoom: 1 })
      case 'paste-article':
        return setDialog({ kind: 'paste' })
    }
  })

  useEffect(() => api.onMenuCommand((command: MenuCommand) => runCommand(command)), [api])

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const command = keyCommand(event)
      if (!command) return
      event.preventDefault()
      runCommand(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const onDrop = useEffectEvent((event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    if (!event.dataTransfer) return
    const items = captureDrop(event.dataTransfer)
    if (items.length === 0) return
    runImport(async () => {
      const sources = await sourcesFromDrop(items, (file) => api.pathForFile(file))
      if (sources.length === 0) {
        throw new Error('None of the dropped files can be imported: use .txt, .md, .html or .docx.')
      }
      return api.importFiles(sources)
    })
  })

  useEffect(() => {
    const hasFiles = (event: DragEvent): boolean =>
      Array.from(event.dataTransfer?.types ?? []).includes('Files')
    const onOver = (event: DragEvent): void => {
      if (!hasFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    // dragenter/dragleave fire for every element crossed; a count tells when the window is left.
    let depth = 0
    const onEnter = (event: DragEvent): void => {
      if (!hasFiles(event)) return
      depth++
      setDragging(true)
    }
    const onLeave = (): void => {
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (event: DragEvent): void => {
      depth = 0
      onDrop(event)
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragover', onOver)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('drop', drop)
    }
  }, [])

  return (
    <div className="app">
      <header className="app-bar">
        <h1 className="app-name">Rewrite Lens</h1>
        <div className="app-tools">
          <button
            type="button"
            className="button button-small"
            aria-expanded={prefs.libraryOpen}
            aria-controls={prefs.libraryOpen ? 'library-panel' : undefined}
            aria-keyshortcuts="["
            title="Show or hide the library ([)"
            onClick={() => updatePrefs({ libraryOpen: !prefs.libraryOpen })}
          >
            <span aria-hidden="true">{prefs.libraryOpen ? '◧ ' : '□ '}</span>Library
          </button>
          <button
            type="button"
            className="button button-small"
            aria-expanded={prefs.lensesOpen}
            aria-controls={prefs.lensesOpen ? 'lens-panel' : undefined}
            aria-keyshortcuts="]"
            title="Show or hide the lenses (])"
            onClick={() => updatePrefs({ lensesOpen: !prefs.lensesOpen })}
          >
            Lenses<span aria-hidden="true">{prefs.lensesOpen ? ' ◨' : ' □'}</span>
          </button>
          <div className="zoom" role="group" aria-label="Text size">
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => updatePrefs({ zoom: stepZoom(prefs.zoom, -1) })}
            >
              <span aria-hidden="true">A−</span>
              <span className="visually-hidden">Smaller text</span>
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => updatePrefs({ zoom: 1 })}
            >
              <span aria-hidden="true">{Math.round(prefs.zoom * 100)}%</span>
              <span className="visually-hidden">Default text size</span>
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => updatePrefs({ zoom: stepZoom(prefs.zoom, 1) })}
            >
              <span aria-hidden="true">A+</span>
              <span className="visually-hidden">Larger text</span>
            </button>
          </div>
          <Legend />
          <button
            type="button"
            className="button button-small button-quiet"
            aria-keyshortcuts="?"
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            onClick={() => setDialog({ kind: 'shortcuts' })}
          >
            ?
          </button>
        </div>
      </header>
      {notice && (
        <div className="notice" role="alert">
          <span>{notice}</span>
          <button type="button" className="button button-quiet" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      <main
        className={`workspace${prefs.libraryOpen ? '' : ' no-library'}${prefs.lensesOpen ? '' : ' no-lenses'}`}
        style={{ '--lens-width': `${prefs.lensWidth}px` } as CSSProperties}
      >
        {prefs.libraryOpen && (
          <LibraryPanel
            articles={articles}
            search={search}
            onSearch={setSearch}
            sort={prefs.sort}
            onSort={setSort}
            leftId={leftId}
            rightId={rightId}
            onPick={pick}
            selected={selected}
            onToggleSelected={toggleSelected}
            onEdit={openEdit}
            onDelete={deleteArticle}
            onImport={importWithDialog}
            onPaste={openPaste}
            onExportAll={openExportAll}
            importing={importing}
            importReport={importReport}
            onDismissReport={dismissReport}
          />
        )}
        <ReaderView
          comparison={comparison}
          hasPair={pair !== ''}
          stage={state.stage}
          error={state.error}
          milliseconds={state.milliseconds}
          options={prefs.options}
          onOptions={(options: CompareOptions) => updatePrefs({ options })}
          inline={prefs.inline}
          onToggleInline={() => updatePrefs({ inline: !prefs.inline })}
          collapse={prefs.collapse}
          onToggleCollapse={() => updatePrefs({ collapse: !prefs.collapse })}
          currentRow={current}
          changes={changes}
          focusRequest={focusRequest}
          onGoToRow={goToRow}
          onSwap={swap}
          onStep={step}
          onExport={openExport}
        />
        {prefs.lensesOpen && (
          <LensPanels
            comparison={comparison}
            onGoToRow={goToRow}
            resizer={<LensResizer width={prefs.lensWidth} onResize={resizeLenses} />}
          />
        )}
      </main>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          Drop files or folders to import them
        </div>
      )}
      <Toasts toasts={toasts} onDismiss={dismissToast} />
      {dialog?.kind === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'paste' && (
        <PasteDialog
          onClose={() => setDialog(null)}
          onSubmit={(input) => {
            setDialog(null)
            runImport(() => api.importPastedText(input))
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditDialog
          article={dialog.article}
          onClose={() => setDialog(null)}
          onSubmit={(patch) => saveMetadata(dialog.article, patch)}
        />
      )}
      {dialog?.kind === 'export' && (
        <ExportDialog
          title="Export report"
          description={
            comparison ? (
              <p>
                A report of “{comparison.left.title}” against “{comparison.right.title}”.
              </p>
            ) : (
              <p>Pick two articles first.</p>
            )
          }
          canExport={comparison !== null}
          onExport={exportReport}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'export-all' && (
        <ExportDialog
          title="Export all pairs"
          description={<p>{describeExportAll(exportIds.length, selected.size)}</p>}
          canExport={exportIds.length >= 2}
          onExport={exportAll}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  )
}

function describeExportAll(count: number, checked: number): string {
  if (count < 2) return 'The library needs at least two articles to compare.'
  const pairs = (count * (count - 1)) / 2
  const which = checked >= 2 ? `the ${count} checked articles` : `all ${count} listed articles`
  const hint = checked >= 2 ? '' : ' (check articles in the library to choose fewer)'
  return `One report comparing every pair of ${which}: ${pairs} pair${pairs === 1 ? '' : 's'}${hint}.`
}
