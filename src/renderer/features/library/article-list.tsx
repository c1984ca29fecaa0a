import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import type { FocusEvent, KeyboardEvent, ReactNode } from 'react'
import type { ArticleSummary } from '../../../shared/api'
import { FocusLoss, focusIsOnPage } from '../../components/focus-loss'
import { articleOrigin } from './article-origin'
import { formatDate } from './format-date'
import type { LibraryPanelActions, LibraryView } from './library-panel'
import { moveCell } from './list-cell'
import type { ListCell } from './list-cell'

/** The controls of each item, in Tab-free arrow order (Left/Right arrows move along them). */
const COLUMNS = ['check', 'left', 'right', 'edit', 'delete'] as const
type Column = (typeof COLUMNS)[number]

// Items are rendered on demand; this many beyond the visible ones keep short libraries whole.
const OVERSCAN = 12
const ESTIMATED_ITEM_PX = 118

/**
 * The article list: virtualised so 10,000 articles scroll smoothly, and one Tab stop (a roving
 * tabindex) with the arrow keys moving between articles and along each article's controls.
 */
export const ArticleList = memo(function ArticleList(props: {
  readonly articles: ReadonlyArray<ArticleSummary>
  readonly view: LibraryView
  readonly actions: LibraryPanelActions
}): ReactNode {
  const { articles, view, actions } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const [cell, setCell] = useState<ListCell>({ row: 0, column: 1 })
  const focusPending = useRef(false)
  // Whether one of the list's controls has focus, or lost it by going away with its article.
  const [focusLoss] = useState(() => new FocusLoss())
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ITEM_PX,
    overscan: OVERSCAN,
    gap: 6,
    getItemKey: (index) => articles[index]?.id ?? index,
  })
  const active: ListCell = {
    row: Math.min(cell.row, Math.max(0, articles.length - 1)),
    column: cell.column,
  }

  useEffect(() => {
    if (!focusPending.current) return
    const target = listRef.current?.querySelector<HTMLElement>(
      `[data-index="${active.row}"] [data-column="${COLUMNS[active.column]}"]`,
    )
    if (target) {
      focusPending.current = false
      target.focus()
    }
  })

  // The article holding focus was deleted (from the keyboard, or in the window that holds the
  // library): its button went with it, and focus would fall to the page. The article now in its
  // place (or the last one) takes it, in the same column; an empty list takes it itself.
  useLayoutEffect(() => {
    if (!focusLoss.takeLoss(focusIsOnPage())) return
    if (articles.length === 0) {
      listRef.current?.focus()
      return
    }
    focusPending.current = true
    setCell((previous) => ({ ...previous }))
  }, [articles, focusLoss])

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const next = moveCell(active, event.key, articles.length, COLUMNS.length)
    if (!next) return
    event.preventDefault()
    focusPending.current = true
    setCell(next)
    virtualizer.scrollToIndex(next.row, { align: 'auto' })
  }

  const items = virtualizer.getVirtualItems()
  // When the item holding the Tab stop is scrolled away (unmounted), the list itself takes the stop
  // and hands focus back to that item, scrolled into view.
  const activeShown = items.some((item) => item.index === active.row)
  const onListBlur = (event: FocusEvent<HTMLUListElement>): void => {
    const to = event.relatedTarget
    if (to instanceof Node && event.currentTarget.contains(to)) return
    focusLoss.focusOut(event.target)
  }
  const onListFocus = (event: FocusEvent<HTMLUListElement>): void => {
    focusLoss.focusIn()
    if (event.target !== event.currentTarget || articles.length === 0) return
    focusPending.current = true
    setCell({ ...active })
    virtualizer.scrollToIndex(active.row, { align: 'auto' })
  }
  return (
    <div className="article-scroll" ref={scrollRef}>
      <ul
        ref={listRef}
        className="article-list"
        aria-label="Articles"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
        tabIndex={activeShown ? -1 : 0}
        onFocus={onListFocus}
        onBlur={onListBlur}
      >
        {items.map((item) => {
          const article = articles[item.index]
          if (!article) return null
          const chosen = `${view.leftId === article.id ? ' is-left' : ''}${view.rightId === article.id ? ' is-right' : ''}`
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={articles.length}
              aria-posinset={item.index + 1}
              className={`article${chosen}`}
              data-testid={`article-${article.id}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <ArticleItem
                article={article}
                view={view}
                actions={actions}
                activeColumn={active.row === item.index ? COLUMNS[active.column] : null}
                onFocusColumn={(column) =>
                  setCell({ row: item.index, column: COLUMNS.indexOf(column) })
                }
              />
            </li>
          )
        })}
      </ul>
    </div>
  )
})

function ArticleItem(props: {
  readonly article: ArticleSummary
  readonly view: LibraryView
  readonly actions: LibraryPanelActions
  /** The control that holds the list's Tab stop, when it is in this item. */
  readonly activeColumn: Column | null | undefined
  readonly onFocusColumn: (column: Column) => void
}): ReactNode {
  const { article, view, actions } = props
  const titleId = useId()
  const isLeft = view.leftId === article.id
  const isRight = view.rightId === article.id
  const control = (column: Column) => ({
    'data-column': column,
    tabIndex: props.activeColumn === column ? 0 : -1,
    onFocus: () => props.onFocusColumn(column),
    'aria-describedby': titleId,
  })
  const published = formatDate(article.publishedAt)
  const imported = formatDate(article.importedAt.slice(0, 10))
  return (
    <>
      <div className="article-head">
        <input
          type="checkbox"
          className="article-check"
          aria-label="Select for export"
          checked={view.selected.has(article.id)}
          onChange={() => actions.toggleSelected(article.id)}
          {...control('check')}
        />
        <div className="article-text">
          <span id={titleId} className="article-title" dir="auto" title={article.title}>
            {article.title || article.fileName || 'Untitled'}
          </span>
          <span className="article-facts">
            {article.label && (
              <span className="article-label" data-testid="article-label" dir="auto">
                <span className="visually-hidden">Label: </span>
                {article.label}
              </span>
            )}
            {article.source && (
              <span className="article-source" data-testid="article-source" dir="auto">
                <span className="visually-hidden">Source: </span>
                {article.source}
              </span>
            )}
            {published && (
              <time
                className="article-published"
                data-testid="article-published"
                dateTime={article.publishedAt}
              >
                <span className="visually-hidden">Published </span>
                {published}
              </time>
            )}
          </span>
          <span className="article-meta">
            <span className="file-name" data-testid="article-origin" dir="auto">
              {articleOrigin(article)}
            </span>
            {' · '}
            <span data-testid="article-imported">imported {imported}</span>
            {' · '}
            {article.wordCount} words
            {article.byline ? (
              <>
                {' · '}
                <span dir="auto">{article.byline}</span>
              </>
            ) : null}
          </span>
        </div>
      </div>
      <div className="article-actions">
        <button
          type="button"
          className="chip"
          aria-pressed={isLeft}
          onClick={() => actions.pick('left', article.id)}
          {...control('left')}
        >
          Left
        </button>
        <button
          type="button"
          className="chip"
          aria-pressed={isRight}
          onClick={() => actions.pick('right', article.id)}
          {...control('right')}
        >
          Right
        </button>
        <button
          type="button"
          className="chip chip-quiet"
          onClick={() => !view.readOnly && actions.edit(article)}
          aria-disabled={view.readOnly || undefined}
          {...control('edit')}
        >
          Edit
        </button>
        <button
          type="button"
          className="chip chip-quiet"
          onClick={() => !view.readOnly && actions.delete(article)}
          aria-disabled={view.readOnly || undefined}
          {...control('delete')}
        >
          Delete
        </button>
      </div>
    </>
  )
}
