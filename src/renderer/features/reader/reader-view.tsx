import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import type { CompareOptions, Comparison } from '../../../core/types'
import type { CompareStage } from './comparison-source'
import { DiffGrid } from './diff-grid'
import type { FocusRequest } from './diff-grid'
import { changePosition } from './display-items'
import { summaryCounts } from './summary-counts'

const STAGE_TEXT: Readonly<Record<CompareStage, string>> = {
  loading: 'Comparing… (opening the articles)',
  vectors: 'Comparing… (looking up word meanings)',
  comparing: 'Comparing…',
}

/** The reader: titles, summary, view controls and the diff grid for the chosen pair. */
export function ReaderView(props: {
  readonly comparison: Comparison | null
  readonly hasPair: boolean
  readonly stage: CompareStage | null
  readonly error: string | null
  readonly milliseconds: number | null
  readonly options: CompareOptions
  readonly onOptions: (options: CompareOptions) => void
  readonly inline: boolean
  readonly onToggleInline: () => void
  readonly collapse: boolean
  readonly onToggleCollapse: () => void
  readonly currentRow: number
  readonly changes: ReadonlyArray<number>
  readonly focusRequest: FocusRequest | null
  readonly onGoToRow: (row: number) => void
  readonly onSwap: () => void
  readonly onStep: (direction: 1 | -1) => void
  readonly onExport: () => void
}): ReactNode {
  const { comparison, options } = props
  const toggle = (key: keyof CompareOptions) => () =>
    props.onOptions({ ...options, [key]: !options[key] })
  return (
    <section className="reader" aria-label="Reader">
      <header className="reader-header">
        <h2 className="reader-titles">
          {comparison ? (
            <>
              <span className="title-line" title={comparison.left.title}>
                <span className="side-tag">Left</span>{' '}
                <span data-testid="left-title">{comparison.left.title}</span>
              </span>
              <span className="visually-hidden"> compared with </span>
              <span className="title-line" title={comparison.right.title}>
                <span className="side-tag">Right</span>{' '}
                <span data-testid="right-title">{comparison.right.title}</span>
              </span>
            </>
          ) : props.hasPair ? (
            'Opening…'
          ) : (
            'Pick two articles in the library: one for the left, one for the right.'
          )}
        </h2>
        {comparison && <Summary comparison={comparison} milliseconds={props.milliseconds} />}
        <div className="toolbar" role="group" aria-label="Reader controls">
          <button type="button" className="button" onClick={props.onSwap} disabled={!props.hasPair}>
            Swap sides
          </button>
          <button
            type="button"
            className="button"
            onClick={() => props.onStep(-1)}
            disabled={!comparison}
            aria-keyshortcuts="Shift+F7 K"
          >
            Previous change
          </button>
          <button
            type="button"
            className="button"
            onClick={() => props.onStep(1)}
            disabled={!comparison}
            aria-keyshortcuts="F7 J"
          >
            Next change
          </button>
          {comparison && (
            <span className="change-position" data-testid="change-position" aria-live="polite">
              {changePosition(props.changes, props.currentRow)}
            </span>
          )}
          <button
            type="button"
            className="button"
            aria-pressed={props.inline}
            onClick={props.onToggleInline}
            aria-keyshortcuts="I"
          >
            Inline view
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={props.collapse}
            onClick={props.onToggleCollapse}
          >
            Collapse unchanged
          </button>
          <fieldset className="ignore-options">
            <legend>Ignore</legend>
            <label>
              <input type="checkbox" checked={options.ignoreCase} onChange={toggle('ignoreCase')} />{' '}
              <span className="visually-hidden">Ignore </span>case
            </label>
            <label>
              <input
                type="checkbox"
                checked={options.ignorePunctuation}
                onChange={toggle('ignorePunctuation')}
              />{' '}
              <span className="visually-hidden">Ignore </span>punctuation
            </label>
            <label>
              <input
                type="checkbox"
                checked={options.ignoreTypography}
                onChange={toggle('ignoreTypography')}
              />{' '}
              <span className="visually-hidden">Ignore </span>typography
            </label>
          </fieldset>
          <button type="button" className="button" onClick={props.onExport} disabled={!comparison}>
            Export report…
          </button>
        </div>
        {props.stage && (
          <div className="compare-status" role="status" data-testid="compare-status">
            <progress aria-label="Comparison progress" />
            {STAGE_TEXT[props.stage]} <Elapsed />
          </div>
        )}
        {props.error && (
          <p className="reader-error" role="alert">
            {props.error}
          </p>
        )}
      </header>
      {comparison ? (
        <DiffGrid
          key={`${comparison.left.path}\u0000${comparison.right.path}`}
          comparison={comparison}
          inline={props.inline}
          collapse={props.collapse}
          currentRow={props.currentRow}
          focusRequest={props.focusRequest}
          onGoToRow={props.onGoToRow}
        />
      ) : (
        <div className="reader-empty">
          <p>
            Use <strong>Left</strong> and <strong>Right</strong> beside the articles in the library
            to choose the two versions to read side by side.
          </p>
        </div>
      )}
    </section>
  )
}

function Summary(props: {
  readonly comparison: Comparison
  readonly milliseconds: number | null
}): ReactNode {
  const counts = summaryCounts(props.comparison.stats)
  return (
    <section className="summary" aria-label="Comparison summary">
      <span className="similarity" data-testid="similarity">
        {Math.round(props.comparison.stats.similarity * 100)}% similar
      </span>
      <ul className="counts" aria-label="Counts of changes">
        {counts.map((count) => (
          <li
            key={count.key}
            data-testid={`count-${count.key}`}
            className={`count count-${count.key}`}
          >
            <span className="count-value">{count.value}</span> {count.label}
          </li>
        ))}
      </ul>
      <span className="word-counts" data-testid="word-counts">
        <ins className="plain">+{props.comparison.stats.wordsAdded}</ins>{' '}
        <del className="plain">−{props.comparison.stats.wordsRemoved}</del> words
      </span>
      {props.milliseconds !== null && (
        <span className="timing" title="Time the comparison took">
          {props.milliseconds < 1000
            ? `${Math.round(props.milliseconds)} ms`
            : `${(props.milliseconds / 1000).toFixed(1)} s`}
        </span>
      )}
    </section>
  )
}

/** Seconds since it mounted, shown once a comparison takes long enough to wonder about. */
function Elapsed(): ReactNode {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    const timer = window.setInterval(() => setSeconds((value) => value + 1), 1000)
    return () => window.clearInterval(timer)
  }, [])
  return seconds >= 2 ? <span className="elapsed">{seconds} s</span> : null
}
