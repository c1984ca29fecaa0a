import { memo, useId } from 'react'
import type { ReactNode } from 'react'
import './library.css'
import { LIBRARY_SORTS } from '../../../shared/api'
import type { ArticleSummary, ImportReport, LibrarySort } from '../../../shared/api'
import { ArticleList } from './article-list'
import { ImportResults } from './import-results'

/** Which side of the reader an article is shown on. */
export type ReaderSide = 'left' | 'right'

// A record over the sorts, so a sort added to the contract cannot go without a label here.
const SORT_LABELS: Readonly<Record<LibrarySort, string>> = {
  date: 'Published',
  title: 'Title',
  source: 'Source',
  label: 'Label',
  fileName: 'File name',
  imported: 'Imported',
}

/** What the library panel shows. */
export interface LibraryView {
  /** The listed articles, or null while the first list loads. */
  readonly articles: ReadonlyArray<ArticleSummary> | null
  readonly search: string
  readonly sort: LibrarySort
  readonly leftId: string | null
  readonly rightId: string | null
  /** Articles checked for "Export all". */
  readonly selected: ReadonlySet<string>
  readonly importing: boolean
  readonly importReport: ImportReport | null
  /** The library cannot be changed now (another window holds it): import, edit and delete are off. */
  readonly readOnly: boolean
}

/** What the library panel's controls ask the window to do. */
export interface LibraryPanelActions {
  readonly search: (search: string) => void
  readonly sort: (sort: LibrarySort) => void
  readonly pick: (side: ReaderSide, id: string) => void
  readonly toggleSelected: (id: string) => void
  readonly edit: (article: ArticleSummary) => void
  readonly delete: (article: ArticleSummary) => void
  readonly import: () => void
  readonly paste: () => void
  readonly exportAll: () => void
  /** Opens the story view of the checked articles. */
  readonly compareStory: () => void
  readonly dismissReport: () => void
}

/** The library sidebar: search, sort, import, and the list of articles with their actions. */
export const LibraryPanel = memo(function LibraryPanel(props: {
  readonly view: LibraryView
  readonly actions: LibraryPanelActions
}): ReactNode {
  const { view, actions } = props
  const searchId = useId()
  const sortId = useId()
  const { articles } = view
  return (
    <section className="library" id="library-panel" aria-label="Library">
      <div className="library-top">
        <h2 className="panel-heading">Library</h2>
        <div className="library-actions">
          <button
            type="button"
            className="button button-small"
            onClick={actions.import}
            disabled={view.importing || view.readOnly}
            title="Import files (.txt, .md, .html, .docx)"
          >
            Import…
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={actions.paste}
            disabled={view.readOnly}
            aria-label="Paste as new article…"
            title="Paste as new article"
          >
            Paste…
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={actions.exportAll}
            title="Export a report of every pair (of the checked articles, if two or more)"
            aria-label="Export all pairs…"
          >
            Export all…
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={actions.compareStory}
            disabled={view.selected.size < 2}
            title="Compare the checked articles as versions of one story"
          >
            Compare as story
          </button>
        </div>
        {view.importing && (
          <p role="status" className="library-status">
            Importing…
          </p>
        )}
        {view.importReport && (
          <ImportResults report={view.importReport} onDismiss={actions.dismissReport} />
        )}
        <div className="library-filters">
          <label htmlFor={searchId} className="visually-hidden">
            Search articles
          </label>
          <input
            id={searchId}
            type="search"
            className="input"
            placeholder="Search title, source, label, file, text"
            value={view.search}
            onChange={(event) => actions.search(event.target.value)}
          />
          <label htmlFor={sortId} className="sort-label">
            Sort by
          </label>
          <select
            id={sortId}
            className="input"
            value={view.sort}
            onChange={(event) => actions.sort(event.target.value as LibrarySort)}
          >
            {LIBRARY_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {articles === null ? (
        <p className="library-status" tabIndex={-1} data-library-loading>
          Loading the library…
        </p>
      ) : articles.length === 0 ? (
        <p className="library-status">
          {view.search
            ? 'No article matches the search.'
            : 'The library is empty: import or paste an article.'}
        </p>
      ) : (
        <ArticleList articles={articles} view={view} actions={actions} />
      )}
    </section>
  )
})
