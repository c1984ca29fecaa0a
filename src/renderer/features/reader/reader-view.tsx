import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import './reader.css'
import { formatSimilarity, SIMILARITY_EXPLAINED } from '../../../core'
import type { CompareOptions, Comparison } from '../../../core'
import { COMPARE_STAGES } from './comparison-source'
import type { CompareStage } from './comparison-source'
import { shownComparison } from './comparison-state'
import type { ComparisonState } from './comparison-state'
import { DiffGrid } from './diff-grid'
import type { FocusRequest } from './diff-grid'
import { changePosition } from './display-items'
import { summaryCounts } from './summary-counts'

const STAGE_TEXT: Readonly<Record<CompareStage, string>> = {
  loading: 'Opening the articles',
  vectors: 'Looking up word meanings',
  segmentation: 'Splitting paragraphs and sentences',
  alignment: 'Aligning paragraphs',
  diff: 'Comparing words',
  quotes: 'Matching quotations',
  facts: 'Matching numbers, dates and names',
  titles: 'Matching headline and titles',
  stats: 'Counting changes',
}

/** The reader's view settings, kept between sessions. */
export interface ReaderSettings {
  readonly options: CompareOptions
  readonly inline: boolean
  readonly collapse: boolean
}

/** Where the reader is among the pair's changes. */
export interface ReaderNavigation {
  /** The row marked current, or -1. */
  readonly currentRow: number
  /** The rows with a change, in order. */
  readonly changes: ReadonlyArray<number>
  /** A request to scroll to and focus a row (a new token each time). */
  readonly focusRequest: FocusRequest | null
}

/** What the reader's controls ask the window to do. */
export interface ReaderActions {
  readonly changeSettings: (patch: Partial<ReaderSettings>) => void
  readonly goToRow: (row: number) => void
  readonly swap: () => void
  readonly step: (direction: 1 | -1) => void
  readonly openExport: () => void
  /** Stops the comparison in flight. */
  readonly cancel: () => void
  /** Runs a cancelled comparison again. */
  readonly retry: () => void
}

/** The reader: titles, summary, view controls and the diff grid for the chosen pair. */
export function ReaderView(props: {
  readonly state: ComparisonState
  readonly settings: ReaderSettings
  readonly navigation: ReaderNavigation
  readonly actions: ReaderActions
}): ReactNode {
  const { state, settings, navigation, actions } = props
  const { options } = settings
  const comparison = shownComparison(state)
  const hasPair = state.status !== 'idle'
  const toggle = (key: keyof CompareOptions) => () =>
    actions.changeSettings({ options: { ...options, [key]: !options[key] } })
  return (
    <section className="reader" aria-label="Reader">
      <header className="reader-header">
        <div className="reader-top">
          <h2
            id="reader-heading"
            tabIndex={-1}
            className={comparison ? 'visually-hidden' : 'reader-titles'}
          >
            {comparison ? (
              <>
                <bdi data-testid="left-title">{comparison.left.title}</bdi>
                <span> compared with </span>
                <bdi data-testid="right-title">{comparison.right.title}</bdi>
              </>
            ) : hasPair ? (
              'Comparing the chosen versions…'
            ) : (
              'Pick two articles in the library: one for the left, one for the right.'
            )}
          </h2>
          {comparison && (
            <Summary
              comparison={comparison}
              milliseconds={state.status === 'ready' ? state.milliseconds : null}
            />
          )}
        </div>
        <div className="toolbar" role="group" aria-label="Reader controls">
          <div className="tool-group">
            <button
              type="button"
              className="button button-small"
              onClick={() => actions.step(-1)}
              disabled={!comparison}
              aria-keyshortcuts="Shift+F7 K"
              title="Previous change (K or Shift+F7)"
              aria-label="Previous change"
            >
              Previous
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => actions.step(1)}
              disabled={!comparison}
              aria-keyshortcuts="F7 J"
              title="Next change (J or F7)"
              aria-label="Next change"
            >
              Next
            </button>
            {comparison && (
              <span className="change-position" data-testid="change-position" aria-live="polite">
                {changePosition(navigation.changes, navigation.currentRow)}
              </span>
            )}
          </div>
          <div className="tool-group">
            <button
              type="button"
              className="button button-small"
              aria-pressed={settings.inline}
              onClick={() => actions.changeSettings({ inline: !settings.inline })}
              aria-keyshortcuts="I"
              title="One column with both versions’ words (I)"
              aria-label="Inline view"
            >
              Inline
            </button>
            <button
              type="button"
              className="button button-small"
              aria-pressed={settings.collapse}
              onClick={() => actions.changeSettings({ collapse: !settings.collapse })}
              title="Fold runs of unchanged paragraphs"
              aria-label="Collapse unchanged"
            >
              Collapse
            </button>
          </div>
          <fieldset className="ignore-options">
            <legend>Ignore</legend>
            <label>
              <input type="checkbox" checked={options.ignoreCase} onChange={toggle('ignoreCase')} />
              <span className="visually-hidden">Ignore </span>case
            </label>
            <label>
              <input
                type="checkbox"
                checked={options.ignorePunctuation}
                onChange={toggle('ignorePunctuation')}
              />
              <span className="visually-hidden">Ignore </span>punctuation
            </label>
            <label>
              <input
                type="checkbox"
                checked={options.ignoreTypography}
                onChange={toggle('ignoreTypography')}
              />
              <span className="visually-hidden">Ignore </span>typography
            </label>
          </fieldset>
          <div className="tool-group tool-end">
            <button
              type="button"
              className="button button-small"
              onClick={actions.swap}
              disabled={!hasPair}
              aria-keyshortcuts="S"
              title="Swap sides (S)"
            >
              <span aria-hidden="true">⇄</span>
              <span className="visually-hidden">Swap sides</span>
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={actions.openExport}
              disabled={!comparison}
              aria-label="Export report…"
            >
              Export…
            </button>
          </div>
        </div>
        {state.status === 'comparing' && (
          <CompareProgress
            stage={state.stage}
            fraction={state.fraction}
            onCancel={actions.cancel}
          />
        )}
        {state.status === 'cancelled' && (
          <div className="compare-status" role="status" data-testid="compare-status">
            <span>Comparison cancelled.</span>
            <button type="button" className="button button-small" onClick={actions.retry}>
              Compare again
            </button>
          </div>
        )}
        {state.status === 'failed' && (
          <p className="reader-error" role="alert">
            {state.error}
          </p>
        )}
      </header>
      {comparison ? (
        <DiffGrid
          key={`${comparison.left.path}\u0000${comparison.right.path}`}
          comparison={comparison}
          inline={settings.inline}
          collapse={settings.collapse}
          currentRow={navigation.currentRow}
          focusRequest={navigation.focusRequest}
          onGoToRow={actions.goToRow}
        />
      ) : state.status === 'idle' ? (
        <div className="reader-empty">
          <p>
            Use <strong>Left</strong> and <strong>Right</strong> beside the articles in the library
            to choose the two versions to read side by side. (<kbd>[</kbd> shows or hides the
            library, <kbd>?</kbd> lists the keys.)
          </p>
        </div>
      ) : (
        <div className="reader-empty" />
      )}
    </section>
  )
}

/** The stage a comparison is in, how far along the stages it is, and a Cancel button. */
function CompareProgress(props: {
  readonly stage: CompareStage
  readonly fraction: number
  readonly onCancel: () => void
}): ReactNode {
  const step = COMPARE_STAGES.indexOf(props.stage) + 1
  const total = COMPARE_STAGES.length
  return (
    <div className="compare-status" role="status" data-testid="compare-status">
      <progress aria-label="Comparison progress" value={step - 1 + props.fraction} max={total} />
      <span data-testid="compare-stage">
        Comparing: {STAGE_TEXT[props.stage]} (step {step} of {total})
      </span>
      <Elapsed />
      <button type="button" className="button button-small" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  )
}

function Summary(props: {
  readonly comparison: Comparison
  readonly milliseconds: number | null
}): ReactNode {
  const counts = summaryCounts(props.comparison.stats)
  const { stats } = props.comparison
  const time =
    props.milliseconds === null
      ? ''
      : props.milliseconds < 1000
        ? `Compared in ${Math.round(props.milliseconds)} ms`
        : `Compared in ${(props.milliseconds / 1000).toFixed(1)} s`
  const list = (group: 'paragraphs' | 'lenses', label: string): ReactNode => (
    <ul className={`counts counts-${group}`} aria-label={label}>
      {counts
        .filter((count) => count.group === group)
        .map((count) => (
          <li
            key={count.key}
            data-testid={`count-${count.key}`}
            // A paragraph op that did not occur is left out of sight to keep the line short.
            className={`count count-${count.key}${count.value === 0 && group === 'paragraphs' ? ' is-zero' : ''}`}
          >
            <span className="count-value">{count.value}</span> {count.label}
          </li>
        ))}
    </ul>
  )
  return (
    <section className="summary" aria-label="Comparison summary">
      <span
        className="similarity"
        data-testid="similarity"
        title={time ? `${SIMILARITY_EXPLAINED}\n${time}` : SIMILARITY_EXPLAINED}
      >
        {formatSimilarity(stats)}
      </span>
      {list('paragraphs', 'Paragraphs')}
      <span className="counts-group">
        <span className="counts-lead">changed:</span>
        {list('lenses', 'Changed quotes, facts and titles')}
      </span>
      <span className="word-counts" data-testid="word-counts">
        <ins className="plain">+{stats.wordsAdded}</ins>{' '}
        <del className="plain">−{stats.wordsRemoved}</del> words
      </span>
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
