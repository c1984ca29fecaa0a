import { memo, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import './lenses.css'
import type { Comparison } from '../../../core'
import { DiffText } from '../../components/diff-text'
import { useRovingIndex } from '../../components/use-roving-index'
import { inlinePieces } from '../reader/row-pieces'
import { buildLensEntries, describeEntry } from './lens-items'
import type { LensEntry } from './lens-items'

// Long pairs can list thousands of facts; rendering them in pages keeps the window responsive.
const LENS_PAGE = 150

/** The Quotes, Facts and Titles panels; picking an entry scrolls the reader to its row. */
export const LensPanels = memo(function LensPanels(props: {
  readonly comparison: Comparison | null
  readonly onGoToRow: (row: number) => void
  /** The resize handle, placed on the panel's edge outside its scrolling list. */
  readonly resizer?: ReactNode
}): ReactNode {
  const entries = useMemo(
    () => (props.comparison ? buildLensEntries(props.comparison) : null),
    [props.comparison],
  )
  return (
    <aside className="lenses" id="lens-panel" aria-label="Lenses">
      {props.resizer}
      <div className="lenses-scroll">
        <LensPanel
          title="Quotes"
          lens="quote"
          entries={entries?.quotes ?? null}
          empty="No quotations found."
          onGoToRow={props.onGoToRow}
        />
        <LensPanel
          title="Facts"
          lens="fact"
          entries={entries?.facts ?? null}
          empty="No numbers, dates, names or sources changed."
          onGoToRow={props.onGoToRow}
        />
        <LensPanel
          title="Titles"
          lens="title"
          entries={entries?.titles ?? null}
          empty="No headline or subheadings found."
          onGoToRow={props.onGoToRow}
        />
      </div>
    </aside>
  )
})

function LensPanel(props: {
  readonly title: string
  readonly lens: string
  readonly entries: ReadonlyArray<LensEntry> | null
  readonly empty: string
  readonly onGoToRow: (row: number) => void
}): ReactNode {
  const [open, setOpen] = useState(true)
  const [shown, setShown] = useState(LENS_PAGE)
  const { entries } = props
  const visible = entries?.slice(0, shown) ?? []
  const { listRef, tabIndexOf, onFocusItem, onKeyDown } = useRovingIndex(visible.length)
  const changed = entries?.filter((entry) => entry.status !== 'unchanged').length ?? 0
  const listId = `lens-list-${props.lens}`
  return (
    <section className={`lens lens-${props.lens}`} aria-label={props.title}>
      <h2 className="lens-heading">
        <button
          type="button"
          className="lens-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {props.title}{' '}
          {entries && (
            <span className="lens-count">
              {changed} changed{entries.length !== changed ? ` of ${entries.length}` : ''}
            </span>
          )}
        </button>
      </h2>
      <div id={listId} hidden={!open}>
        {entries === null ? (
          <p className="lens-empty">Open a pair to see its {props.title.toLowerCase()}.</p>
        ) : entries.length === 0 ? (
          <p className="lens-empty">{props.empty}</p>
        ) : (
          <ul className="lens-list" aria-label={props.title} ref={listRef} onKeyDown={onKeyDown}>
            {visible.map((entry, index) => (
              <li key={entry.item}>
                <LensItem
                  entry={entry}
                  onGoToRow={props.onGoToRow}
                  tabIndex={tabIndexOf(index)}
                  onFocus={() => onFocusItem(index)}
                />
              </li>
            ))}
          </ul>
        )}
        {entries && entries.length > shown && (
          <button
            type="button"
            className="button button-quiet lens-more"
            onClick={() => setShown(shown + LENS_PAGE)}
          >
            Show {Math.min(LENS_PAGE, entries.length - shown)} more of {entries.length - shown}
          </button>
        )}
      </div>
    </section>
  )
}

function LensItem(props: {
  readonly entry: LensEntry
  readonly onGoToRow: (row: number) => void
  readonly tabIndex: 0 | -1
  readonly onFocus: () => void
}): ReactNode {
  const { entry } = props
  const row = entry.row
  return (
    <button
      type="button"
      className={`lens-item status-${entry.status}`}
      data-testid={`${entry.lens}-${entry.item}`}
      data-status={entry.status}
      aria-label={describeEntry(entry)}
      data-roving
      tabIndex={props.tabIndex}
      onFocus={props.onFocus}
      // Focusable even without a row, so the list's arrow keys never stop on a skipped item.
      aria-disabled={row === null ? true : undefined}
      onClick={() => row !== null && props.onGoToRow(row)}
    >
      <span className="lens-meta">
        <span className={`badge badge-${entry.status}`}>{entry.status}</span>
        {entry.label && (
          <span className="lens-label" dir="auto">
            {entry.label}
          </span>
        )}
      </span>
      <span className="lens-text" dir="auto">
        {entry.status === 'unchanged' ? (
          (entry.right ?? entry.left)
        ) : entry.tokens ? (
          <DiffText pieces={inlinePieces(entry.tokens).flatMap((line) => line.pieces)} />
        ) : entry.left !== null && entry.right !== null && entry.left !== entry.right ? (
          <>
            <del>{entry.left}</del> → <ins>{entry.right}</ins>
          </>
        ) : entry.right !== null ? (
          entry.status === 'added' ? (
            <ins>{entry.right}</ins>
          ) : (
            entry.right
          )
        ) : (
          <del>{entry.left}</del>
        )}
      </span>
    </button>
  )
}
