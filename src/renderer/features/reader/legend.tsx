import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import { MARK_LEGEND, ROW_LEGEND } from './legend-items'
import { opLabel } from './row-labels'

/** A "Legend" disclosure in the toolbar: what the row labels and the text marks mean. */
export function Legend(): ReactNode {
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    // Closes like a menu: a click elsewhere or Escape.
    const onPointer = (event: PointerEvent): void => {
      const details = ref.current
      if (details?.open && !details.contains(event.target as Node)) details.open = false
    }
    const onKey = (event: KeyboardEvent): void => {
      const details = ref.current
      if (event.key !== 'Escape' || !details?.open) return
      details.open = false
      details.querySelector('summary')?.focus()
    }
    window.addEventListener('pointerdown', onPointer)
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('pointerdown', onPointer)
      window.removeEventListener('keydown', onKey)
    }
  }, [])
  return (
    <details ref={ref} className="legend">
      <summary className="button button-small">Legend</summary>
      <div className="legend-panel" role="group" aria-label="Legend">
        <h3 className="legend-heading">Rows</h3>
        <dl className="legend-list">
          {ROW_LEGEND.map((entry) => (
            <div key={entry.key} className={`legend-row op-${entry.op}`}>
              <dt>
                <span className="op-label legend-op">{opLabel(entry.op)}</span>
              </dt>
              <dd>{entry.meaning}</dd>
            </div>
          ))}
        </dl>
        <h3 className="legend-heading">In the text</h3>
        <dl className="legend-list">
          {MARK_LEGEND.map((entry) => (
            <div key={entry.key} className="legend-row">
              <dt>
                <MarkSample kind={entry.key} label={entry.label} />
              </dt>
              <dd>{entry.meaning}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  )
}

function MarkSample(props: { readonly kind: string; readonly label: string }): ReactNode {
  switch (props.kind) {
    case 'removed':
      return <del>{props.label}</del>
    case 'added':
      return <ins>{props.label}</ins>
    case 'quote':
      return <span className="mark mark-quote">{props.label}</span>
    case 'fact':
      return <span className="mark mark-fact">{props.label}</span>
    default:
      return props.label
  }
}
