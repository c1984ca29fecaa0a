import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { Comparison } from '../../../core'
import { buildDisplayItems, foldHiding, itemIndexOfRow } from './display-items'
import { DiffRow } from './diff-row'
import { OverviewStrip } from './overview-strip'
import { indexMarks } from './text-marks'

/** A request to bring a row into view; `token` makes repeated requests for one row distinct. */
export interface FocusRequest {
  readonly row: number
  readonly token: number
}

const FLASH_MS = 1500
// A row reached by navigation lands with its top this far below the column header, so its first
// line is never hidden and a sliver of the row before shows where it sits. Centring put the top of
// rows taller than the viewport out of sight.
const LANDING_GAP_PX = 24

/** The virtualised grid of rows (one scroller keeps both sides in step) and its overview strip. */
export function DiffGrid(props: {
  readonly comparison: Comparison
  readonly inline: boolean
  readonly collapse: boolean
  readonly currentRow: number
  readonly focusRequest: FocusRequest | null
  readonly onGoToRow: (row: number) => void
}): ReactNode {
  const { comparison, inline, collapse, focusRequest } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set())
  const [flash, setFlash] = useState<{ row: number; token: number } | null>(null)
  const items = useMemo(
    () => buildDisplayItems(comparison.rows, collapse, expanded),
    [comparison.rows, collapse, expanded],
  )
  const marks = useMemo(() => indexMarks(comparison), [comparison])

  // The app does not run React Compiler, so the virtualizer's unmemoisable API is safe here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    // Rows kept rendered beyond the viewport, so fast scrolling shows text rather than blanks; rows
    // are memoised, so a dozen each way costs little.
    overscan: 12,
    scrollPaddingStart: LANDING_GAP_PX,
    getItemKey: (index) => {
      const item = items[index]
      return item?.kind === 'row' ? `r${item.row}` : `f${item?.first ?? index}`
    },
  })

  // Requests are acted on once: a recompute (new items) must not scroll back or flash again.
  const handledToken = useRef(0)
  useEffect(() => {
    if (!focusRequest || focusRequest.token === handledToken.current) return
    const index = itemIndexOfRow(items, focusRequest.row)
    if (index < 0) {
      const fold = foldHiding(items, focusRequest.row)
      // Unfolding re-renders with new items; this effect then runs again and scrolls.
      if (fold) setExpanded((previous) => new Set(previous).add(fold.first))
      return
    }
    handledToken.current = focusRequest.token
    virtualizer.scrollToIndex(index, { align: 'start' })
    setFlash({ row: focusRequest.row, token: focusRequest.token })
  }, [focusRequest, items, virtualizer])

  useEffect(() => {
    if (!flash) return
    const timer = window.setTimeout(() => setFlash(null), FLASH_MS)
    return () => window.clearTimeout(timer)
  }, [flash])

  const leftTitle = comparison.left.title
  const rightTitle = comparison.right.title
  return (
    <div className="grid-frame">
      <div
        role="table"
        aria-label="Differences"
        aria-rowcount={comparison.rows.length + 1}
        className="grid-table"
      >
        <div role="rowgroup" className="grid-head">
          <div
            role="row"
            aria-rowindex={1}
            className={`grid-head-row${inline ? ' is-inline' : ''}`}
          >
            <span role="columnheader" className="gutter">
              <span className="visually-hidden">Change</span>
            </span>
            {inline ? (
              <span role="columnheader" title={`${leftTitle} → ${rightTitle}`}>
                <span className="side-tag">Left → Right</span> <bdi>{leftTitle}</bdi> →{' '}
                <bdi>{rightTitle}</bdi>
              </span>
            ) : (
              <>
                <span role="columnheader" title={leftTitle}>
                  <span className="side-tag">Left</span>
                  <span className="visually-hidden">: </span> <bdi>{leftTitle}</bdi>
                </span>
                <span role="columnheader" title={rightTitle}>
                  <span className="side-tag">Right</span>
                  <span className="visually-hidden">: </span> <bdi>{rightTitle}</bdi>
                </span>
              </>
            )}
          </div>
        </div>
        <div
          ref={scrollRef}
          id="diff-rows"
          className="grid-scroller"
          tabIndex={0}
          role="rowgroup"
          aria-label="Rows"
        >
          <div className="grid-body" style={{ height: `${virtualizer.getTotalSize()}px` }}>
            {virtualizer.getVirtualItems().map((virtual) => {
              const item = items[virtual.index]
              if (!item) return null
              return (
                <div
                  key={virtual.key}
                  ref={virtualizer.measureElement}
                  data-index={virtual.index}
                  className="grid-item"
                  style={{ transform: `translateY(${virtual.start}px)` }}
                >
                  {item.kind === 'row' ? (
                    <DiffRow
                      row={comparison.rows[item.row]!}
                      index={item.row}
                      rows={comparison.rows}
                      rowCount={comparison.rows.length}
                      leftParagraphs={comparison.left.paragraphs}
                      rightParagraphs={comparison.right.paragraphs}
                      marks={marks}
                      inline={inline}
                      current={item.row === props.currentRow}
                      flash={flash?.row === item.row}
                      onGoToRow={props.onGoToRow}
                    />
                  ) : (
                    <div role="row" className="fold-row">
                      <div role="cell" className="fold-cell">
                        <button
                          type="button"
                          className="fold-button"
                          data-testid={`collapsed-${item.first}`}
                          onClick={() =>
                            setExpanded((previous) => new Set(previous).add(item.first))
                          }
                        >
                          Show {item.last - item.first + 1} unchanged paragraph
                          {item.last === item.first ? '' : 's'} (rows {item.first + 1}–
                          {item.last + 1})
                        </button>
                      </div>
                    </div>
                  )}
                </div>
              )
            })}
          </div>
        </div>
      </div>
      <OverviewStrip
        rows={comparison.rows}
        items={items}
        currentRow={props.currentRow}
        onGoToRow={props.onGoToRow}
      />
    </div>
  )
}
