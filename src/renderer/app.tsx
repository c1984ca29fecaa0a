import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CSSProperties, ReactNode } from 'react'
import type { ArticleSummary, RendererBridge } from '../shared/api'
import { messageOf } from './bridge'
import { CompareClient } from './compare/compare-client'
import { createCompareWorker } from './compare/create-worker'
import { WordVectorFile } from './compare/word-vector-file'
import { ExportDialog } from './components/export-dialog'
import { ShortcutsDialog } from './components/shortcuts-dialog'
import { TOASTS_ID, Toasts, useToasts } from './components/toasts'
import { useFocusTrap } from './components/use-focus-trap'
import { EditDialog } from './features/library/edit-dialog'
import { IMPORT_RESULTS_ID } from './features/library/import-results'
import { LibraryPanel } from './features/library/library-panel'
import type { LibraryPanelActions, ReaderSide } from './features/library/library-panel'
import { PasteDialog } from './features/library/paste-dialog'
import { useFollowedRevision } from './features/library/use-followed-revision'
import { useLibrary } from './features/library/use-library'
import { LensPanels } from './features/lenses/lens-panels'
import { LensResizer } from './features/lenses/lens-resizer'
import { ComparisonSource } from './features/reader/comparison-source'
import { pairOf, shownComparison } from './features/reader/comparison-state'
import type { FocusRequest } from './features/reader/diff-grid'
import { changeRows, stepChange } from './features/reader/display-items'
import { ReaderView } from './features/reader/reader-view'
import type { ReaderActions, ReaderSettings } from './features/reader/reader-view'
import { useComparison } from './features/reader/use-comparison'
import { AppBar, LIBRARY_TOGGLE_ID } from './shell/app-bar'
import { SkipLinks, focusMainRegion } from './shell/skip-links'
import { useMediaQuery } from './shell/use-media-query'
import { useCommands } from './shell/use-commands'
import { useLibraryActions } from './shell/use-library-actions'
import { useWindowDrop } from './shell/use-window-drop'
import { createStoryWorker, StoryClient } from './features/story/story-client'
import { StoryPane } from './features/story/story-pane'
import { rowShowing } from './features/story/story-targets'
import type { PairTarget } from './features/story/story-targets'
import type { Story } from '../core'
import { pairKey } from './features/reader/comparison-state'
import { PREFS_KEY, parsePrefs, stepZoom } from './ui-prefs'
import type { UiPrefs } from './ui-prefs'

type OpenDialog =
  | { readonly kind: 'paste' }
  | { readonly kind: 'edit'; readonly article: ArticleSummary }
  | { readonly kind: 'export' }
  | { readonly kind: 'export-all' }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'export-story'; readonly ids: ReadonlyArray<string> }

/** Where the library stops taking a column and floats over the reader (see app-shell.css). */
const NARROW_QUERY = '(max-width: 900px)'

const READ_ONLY =
  'The library is open read-only, so nothing can be added; close the other window first.'

/** The whole window: library, reader and lenses, wired to the preload's API. */
export function App(props: { readonly api: RendererBridge }): ReactNode {
  const { api } = props
  const [prefs, setPrefs] = useState<UiPrefs>(() => parsePrefs(localStorage.getItem(PREFS_KEY)))
  const [search, setSearch] = useState('')
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  // Another process holds the data folder (or it cannot be written): reading only, said in the notice.
  const [readOnly, setReadOnly] = useState(false)
  const [navigation, setNavigation] = useState<{
    readonly pair: string
    readonly current: number
    readonly request: FocusRequest | null
  }>({ pair: '', current: -1, request: null })
  const [vectorFile] = useState(() => new WordVectorFile(api))
  const [source] = useState(
    () => new ComparisonSource(api, vectorFile, new CompareClient(createCompareWorker)),
  )
  const [storyClient] = useState(() => new StoryClient(createStoryWorker, vectorFile))
  // The articles compared as one story while the story view is open, oldest first once computed.
  const [storyIds, setStoryIds] = useState<ReadonlyArray<string> | null>(null)
  // A paragraph to bring into view once the pair a story cell opened has been compared.
  const [pendingFocus, setPendingFocus] = useState<{
    readonly pair: string
    /** Negative, so it never equals a token the reader's own navigation hands out. */
    readonly token: number
    readonly side: 'left' | 'right'
    readonly paragraph: number
  } | null>(null)
  const focusTokens = useRef(0)
  const toasts = useToasts()
  const { showError } = toasts

  const updatePrefs = useCallback((patch: Partial<UiPrefs>) => {
    setPrefs((previous) => ({ ...previous, ...patch }))
  }, [])

  const forgetDeleted = useCallback((id: string) => {
    setPrefs((previous) => ({
      ...previous,
      leftId: previous.leftId === id ? null : previous.leftId,
      rightId: previous.rightId === id ? null : previous.rightId,
    }))
    setSelected((previous) => {
      const next = new Set(previous)
      next.delete(id)
      return next
    })
  }, [])

  const showImportReport = useCallback(() => {
    updatePrefs({ libraryOpen: true })
    // The results mount with the library, a frame after it opens.
    window.requestAnimationFrame(() => document.getElementById(IMPORT_RESULTS_ID)?.focus())
  }, [updatePrefs])

  const [library, actions] = useLibraryActions(api, source, toasts, {
    onDeleted: forgetDeleted,
    onShowImportReport: showImportReport,
  })
  const dragging = useWindowDrop(readOnly ? () => showError(READ_ONLY) : actions.importDropped)

  // Both only grow, so their sum changes whenever this window or the one holding the library saves.
  const followed = useFollowedRevision(api, readOnly)
  const articles = useLibrary(
    api,
    search,
    prefs.sort,
    library.libraryRevision + followed,
    showError,
  )
  // A remembered article that is gone from the full list (deleted elsewhere) is not reopened.
  const listed = useMemo(
    () => (articles && search === '' ? new Set(articles.map((article) => article.id)) : null),
    [articles, search],
  )
  const leftId = prefs.leftId && listed && !listed.has(prefs.leftId) ? null : prefs.leftId
  const rightId = prefs.rightId && listed && !listed.has(prefs.rightId) ? null : prefs.rightId
  const [state, compareControls] = useComparison(
    source,
    leftId,
    rightId,
    prefs.options,
    library.compareRevision,
  )
  const comparison = shownComparison(state)
  const changes = useMemo(() => (comparison ? changeRows(comparison.rows) : []), [comparison])
  const pair = pairOf(state)
  // The row a story cell asked for, once its pair is compared; the reader's own moves win after.
  const storyRow =
    pendingFocus && state.status === 'ready' && state.pair === pendingFocus.pair
      ? rowShowing(state.comparison.rows, pendingFocus.side, pendingFocus.paragraph)
      : -1
  const storyRequest =
    storyRow >= 0 && pendingFocus ? { row: storyRow, token: pendingFocus.token } : null
  const current = navigation.pair === pair ? navigation.current : storyRow
  const focusRequest = navigation.pair === pair ? navigation.request : storyRequest

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
      (status) => {
        setNotice(status.notice)
        setReadOnly(status.readOnly)
      },
      (error: unknown) => setNotice(messageOf(error)),
    )
  }, [api])

  // At narrow widths the library is an overlay, like a drawer: Tab stays inside it (and the
  // toasts, so Undo after a delete is reachable), Escape closes it, and focus goes back to the
  // control that opened it (the Library button when none did).
  const narrow = useMediaQuery(NARROW_QUERY)
  useFocusTrap(
    {
      container: () => document.getElementById('library-panel'),
      fallback: () => document.getElementById(LIBRARY_TOGGLE_ID),
      onEscape: () => updatePrefs({ libraryOpen: false }),
      alsoReachable: () => [document.getElementById(TOASTS_ID)],
    },
    narrow && prefs.libraryOpen,
    dialog !== null,
  )

  // An overlay opened from the app bar takes the focus, as a drawer does; a wide library does not.
  const libraryWasOpen = useRef(prefs.libraryOpen)
  useEffect(() => {
    const opened = prefs.libraryOpen && !libraryWasOpen.current
    libraryWasOpen.current = prefs.libraryOpen
    if (!opened || !narrow) return
    window.requestAnimationFrame(() => {
      const list = document.querySelector<HTMLElement>('.article-list')
      const target = list?.querySelector<HTMLElement>('[tabindex="0"]') ?? list
      target?.focus()
    })
  }, [narrow, prefs.libraryOpen])

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

  const openStoryPair = useCallback((story: Story, target: PairTarget) => {
    const left = story.articles[target.left]?.id
    const right = story.articles[target.right]?.id
    if (!left || !right) return
    setPrefs((previous) => ({ ...previous, leftId: left, rightId: right }))
    setStoryIds(null)
    setNavigation({ pair: '', current: -1, request: null })
    focusTokens.current += 1
    setPendingFocus(
      target.focus
        ? { pair: pairKey(left, right), token: -focusTokens.current, ...target.focus }
        : null,
    )
  }, [])

  const storyActions = useMemo(
    () => ({
      openPair: openStoryPair,
      exportStory: () => {
        if (storyIds) setDialog({ kind: 'export-story', ids: storyIds })
      },
      close: () => setStoryIds(null),
    }),
    [openStoryPair, storyIds],
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

  const openExport = useCallback(() => {
    if (comparison) setDialog({ kind: 'export' })
    else showError('Pick two articles to compare before exporting a report.')
  }, [comparison, showError])

  const exportIds = useMemo(() => {
    const all = articles ?? []
    const checked = all.filter((article) => selected.has(article.id)).map((a) => a.id)
    return checked.length >= 2 ? checked : all.map((article) => article.id)
  }, [articles, selected])

  useCommands(
    api,
    {
      'toggle-library': () => updatePrefs({ libraryOpen: !prefs.libraryOpen }),
      'toggle-lenses': () => updatePrefs({ lensesOpen: !prefs.lensesOpen }),
      'show-shortcuts': () => setDialog({ kind: 'shortcuts' }),
      import: () => (readOnly ? showError(READ_ONLY) : actions.importWithDialog()),
      'export-report': openExport,
      'export-all': () => setDialog({ kind: 'export-all' }),
      'swap-sides': swap,
      'next-change': () => step(1),
      'previous-change': () => step(-1),
      'toggle-inline': () => updatePrefs({ inline: !prefs.inline }),
      'zoom-in': () => updatePrefs({ zoom: stepZoom(prefs.zoom, 1) }),
      'zoom-out': () => updatePrefs({ zoom: stepZoom(prefs.zoom, -1) }),
      'zoom-reset': () => updatePrefs({ zoom: 1 }),
      'paste-article': () => (readOnly ? showError(READ_ONLY) : setDialog({ kind: 'paste' })),
    },
    dialog !== null,
  )

  const libraryActions = useMemo<LibraryPanelActions>(
    () => ({
      search: setSearch,
      sort: (sort) => updatePrefs({ sort }),
      pick,
      toggleSelected: (id) =>
        setSelected((previous) => {
          const next = new Set(previous)
          if (!next.delete(id)) next.add(id)
          return next
        }),
      edit: (article) => setDialog({ kind: 'edit', article }),
      delete: actions.deleteArticle,
      import: actions.importWithDialog,
      paste: () => setDialog({ kind: 'paste' }),
      exportAll: () => setDialog({ kind: 'export-all' }),
      compareStory: () => {
        const ids = (articles ?? []).filter((article) => selected.has(article.id)).map((a) => a.id)
        if (ids.length >= 2) setStoryIds(ids)
        else showError('Check two or more articles in the library to compare them as a story.')
      },
      dismissReport: actions.dismissReport,
    }),
    [updatePrefs, pick, actions, articles, selected, showError],
  )

  const readerSettings = useMemo<ReaderSettings>(
    () => ({ options: prefs.options, inline: prefs.inline, collapse: prefs.collapse }),
    [prefs.options, prefs.inline, prefs.collapse],
  )
  const readerActions = useMemo<ReaderActions>(
    () => ({ changeSettings: updatePrefs, goToRow, swap, step, openExport, ...compareControls }),
    [updatePrefs, goToRow, swap, step, openExport, compareControls],
  )
  const resizeLenses = useCallback((lensWidth: number) => updatePrefs({ lensWidth }), [updatePrefs])
  const closeDialog = useCallback(() => setDialog(null), [])

  return (
    <div className="app">
      <SkipLinks
        libraryOpen={prefs.libraryOpen}
        onOpenLibrary={() => updatePrefs({ libraryOpen: true })}
      />
      <AppBar
        prefs={prefs}
        onPrefs={updatePrefs}
        onShortcuts={() => setDialog({ kind: 'shortcuts' })}
      />
      {notice && (
        <div className="notice" role="alert">
          <span>{notice}</span>
          <button type="button" className="button button-quiet" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      <main
        className={`workspace${prefs.libraryOpen ? '' : ' no-library'}${prefs.lensesOpen && !storyIds ? '' : ' no-lenses'}`}
        style={{ '--lens-width': `${prefs.lensWidth}px` } as CSSProperties}
      >
        {prefs.libraryOpen && narrow && (
          <div
            className="library-backdrop"
            data-testid="library-backdrop"
            aria-hidden="true"
            onClick={() => updatePrefs({ libraryOpen: false })}
          />
        )}
        {prefs.libraryOpen && (
          <LibraryPanel
            view={{
              articles,
              search,
              sort: prefs.sort,
              leftId,
              rightId,
              selected,
              importing: library.importing,
              readOnly,
              importReport: library.importReport,
            }}
            actions={libraryActions}
          />
        )}
        {storyIds ? (
          <StoryPane
            api={api}
            client={storyClient}
            ids={storyIds}
            options={prefs.options}
            actions={storyActions}
          />
        ) : (
          <ReaderView
            state={state}
            settings={readerSettings}
            navigation={{ currentRow: current, changes, focusRequest }}
            actions={readerActions}
          />
        )}
        {prefs.lensesOpen && !storyIds && (
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
      <Toasts toasts={toasts.toasts} onDismiss={toasts.dismiss} onFocusLost={focusMainRegion} />
      {dialog?.kind === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
      {dialog?.kind === 'paste' && (
        <PasteDialog
          onClose={closeDialog}
          onSubmit={(input) => {
            setDialog(null)
            actions.importPasted(input)
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditDialog
          article={dialog.article}
          onClose={closeDialog}
          onSubmit={(patch) => {
            setDialog(null)
            actions.saveMetadata(dialog.article, patch)
          }}
        />
      )}
      {dialog?.kind === 'export' && (
        <ExportDialog
          title="Export report"
          description={
            comparison ? (
              <p>
                A report of “<bdi>{comparison.left.title}</bdi>” against “
                <bdi>{comparison.right.title}</bdi>”.
              </p>
            ) : (
              <p>Pick two articles first.</p>
            )
          }
          canExport={comparison !== null}
          onExport={(format) => {
            setDialog(null)
            if (comparison) actions.exportReport(comparison, format)
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'export-story' && (
        <ExportDialog
          title="Export story"
          description={
            <p>
              The story of {dialog.ids.length} versions: similarity, lineage, quote, fact and title
              ledgers.
            </p>
          }
          canExport={dialog.ids.length >= 2}
          onExport={(format) => {
            setDialog(null)
            actions.exportStory(dialog.ids, format, prefs.options)
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'export-all' && (
        <ExportDialog
          title="Export all pairs"
          description={<p>{describeExportAll(exportIds.length, selected.size)}</p>}
          canExport={exportIds.length >= 2}
          onExport={(format) => {
            setDialog(null)
            actions.exportAll(exportIds, format, prefs.options)
          }}
          onClose={closeDialog}
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
