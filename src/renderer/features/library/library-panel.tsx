import { memo, useId } from 'react'
import type { ReactNode } from 'react'
import type { ArticleSummary, ImportReport, LibrarySort } from '../../../shared/api'
import { formatDate } from './format-date'
import { ImportResults } from './import-results'

/** Which side of the reader an article is shown on. */
export type ReaderSide = 'left' | 'right'

const SORT_LABELS: ReadonlyArray<{ readonly value: LibrarySort; readonly label: string }> = [
  { value: 'date', label: 'Date' },
  { value: 'title', label: 'Title' },
  { value: 'source', label: 'Source' },
  { value: 'imported', label: 'Imported' },
]

/** The library sidebar: search, sort, import, and the list of articles with their actions. */
export const LibraryPanel = memo(function LibraryPanel(props: {
  readonly articles: ReadonlyArray<ArticleSummary> | null
  readonly search: string
  readonly onSearch: (search: string) => void
  readonly sort: LibrarySort
  readonly onSort: (sort: LibrarySort) => void
  readonly leftId: string | null
  readonly rightId: string | null
  readonly onPick: (side: ReaderSide, id: string) => void
  readonly selected: ReadonlySet<string>
  readonly onToggleSelected: (id: string) => void
  readonly onEdit: (article: ArticleSummary) => void
  readonly onDelete: (article: ArticleSummary) => void
  readonly onImport: () => void
  readonly onPaste: () => void
  readonly onExportAll: () => void
  readonly importing: boolean
  readonly importReport: ImportReport | null
  readonly onDismissReport: () => void
}): ReactNode {
  const searchId = useId()
  const sortId = useId()
  const { articles } = props
  return (
    <section className="library" id="library-panel" aria-label="Library">
      <div className="library-top">
        <h2 className="panel-heading">Library</h2>
        <div className="library-actions">
          <button
            type="button"
            className="button button-small"
            onClick={props.onImport}
            disabled={props.importing}
            title="Import files (.txt, .md, .html, .docx)"
          >
            Import…
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={props.onPaste}
            aria-label="Paste as new article…"
            title="Paste as new article"
          >
            Paste…
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={props.onExportAll}
            title="Export a report of every pair (of the checked articles, if two or more)"
            aria-label="Export all pairs…"
          >
            Export all…
          </button>
        </div>
        {props.importing && (
          <p role="status" className="library-status">
            Importing…
          </p>
        )}
        {props.importReport && (
          <ImportResults report={props.importReport} onDismiss={props.onDismissReport} />
        )}
        <div className="library-filters">
          <label htmlFor={searchId} className="visually-hidden">
            Search articles
          </label>
          <input
            id={searchId}
            type="search"
            className="input"
            placeholder="Search title and text"
            value={props.search}
            onChange={(event) => props.onSearch(event.target.value)}
          />
          <label htmlFor={sortId} className="sort-label">
            Sort by
          </label>
          <select
            id={sortId}
            className="input"
            value={props.sort}
            onChange={(event) => props.onSort(event.target.value as LibrarySort)}
          >
            {SORT_LABELS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {articles === null ? (
        <p className="library-status">Loading the library…</p>
      ) : articles.length === 0 ? (
        <p className="library-status">
          {props.search
            ? 'No article matches the search.'
            : 'The library is empty: import or paste an article.'}
        </p>
      ) : (
        <ul className="article-list" aria-label="Articles">
          {articles.map((article) => (
            <ArticleItem key={article.id} {...props} article={article} />
          ))}
        </ul>
      )}
    </section>
  )
})

function ArticleItem(props: {
  readonly article: ArticleSummary
  readonly leftId: string | null
  readonly rightId: string | null
  readonly onPick: (side: ReaderSide, id: string) => void
  readonly selected: ReadonlySet<string>
  readonly onToggleSelected: (id: string) => void
  readonly onEdit: (article: ArticleSummary) => void
  readonly onDelete: (article: ArticleSummary) => void
}): ReactNode {
  const { article } = props
  const titleId = useId()
  const isLeft = props.leftId === article.id
  const isRight = props.rightId === article.id
  const meta = [
    article.source,
    article.byline ?? '',
    formatDate(article.publishedAt),
    `${article.wordCount} words`,
  ]
    .filter((part) => part !== '')
    .join(' · ')
  return (
    <li
      className={`article${isLeft ? ' is-left' : ''}${isRight ? ' is-right' : ''}`}
      data-testid={`article-${article.id}`}
    >
      <div className="article-head">
        <input
          type="checkbox"
          className="article-check"
          aria-label="Select for export"
          aria-describedby={titleId}
          checked={props.selected.has(article.id)}
          onChange={() => props.onToggleSelected(article.id)}
        />
        <div className="article-text">
          <span id={titleId} className="article-title" title={article.title}>
            {article.title || article.fileName || 'Untitled'}
          </span>
          <span className="article-meta">{meta}</span>
        </div>
      </div>
      <div className="article-actions">
        <button
          type="button"
          className="chip"
          aria-pressed={isLeft}
          aria-describedby={titleId}
          onClick={() => props.onPick('left', article.id)}
        >
          Left
        </button>
        <button
          type="button"
          className="chip"
          aria-pressed={isRight}
          aria-describedby={titleId}
          onClick={() => props.onPick('right', article.id)}
        >
          Right
        </button>
        <button
          type="button"
          className="chip chip-quiet"
          aria-describedby={titleId}
          onClick={() => props.onEdit(article)}
        >
          Edit
        </button>
        <button
          type="button"
          className="chip chip-quiet"
          aria-describedby={titleId}
          onClick={() => props.onDelete(article)}
        >
          Delete
        </button>
      </div>
    </li>
  )
}
