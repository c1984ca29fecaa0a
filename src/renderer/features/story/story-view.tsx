import { memo, useMemo } from 'react'
import type { CSSProperties, ReactNode } from 'react'
import './story.css'
import { drawLineage } from '../../../core'
import type { PresenceCell, QuoteCell, Story, StorySpan } from '../../../core'
import { cellTarget } from './story-targets'
import type { PairTarget } from './story-targets'
import type { StoryControls, StoryState } from './use-story'

/** What the story view's controls ask the window to do. */
export interface StoryActions extends StoryControls {
  /** Opens two versions (story indices) in the reader, at a paragraph when given. */
  readonly openPair: (story: Story, target: PairTarget) => void
  readonly exportStory: () => void
  readonly close: () => void
}

const label = (index: number): string => `V${index}`
const percent = (share: number): string => `${Math.round(share * 100)}%`

/** The story of N versions: similarity heatmap, lineage tree, quote and fact ledgers, originality. */
export const StoryView = memo(function StoryView(props: {
  readonly state: StoryState
  readonly count: number
  readonly actions: StoryActions
}): ReactNode {
  const { state, actions, count } = props
  return (
    <section className="story" id="story-view" aria-label="Story" tabIndex={-1}>
      <header className="story-header">
        <h2 className="story-title">Story: {count} versions</h2>
        <div className="story-buttons">
          {state.status === 'ready' && (
            <button type="button" className="button button-small" onClick={actions.exportStory}>
              Export story…
            </button>
          )}
          <button type="button" className="button button-small" onClick={actions.close}>
            Close story
          </button>
        </div>
      </header>
      <StoryBody state={state} actions={actions} />
    </section>
  )
})

function StoryBody(props: {
  readonly state: StoryState
  readonly actions: StoryActions
}): ReactNode {
  const { state, actions } = props
  switch (state.status) {
    case 'loading': {
      const progress = state.progress
      return (
        <div className="story-status" role="status">
          <p>
            Comparing the versions
            {progress ? ` (${progress.step}, step ${progress.done} of ${progress.total})` : ''}…
          </p>
          <progress
            max={progress?.total ?? 1}
            value={progress?.done ?? 0}
            aria-label="Story progress"
          />
          <button type="button" className="button button-small" onClick={actions.cancel}>
            Cancel
          </button>
        </div>
      )
    }
    case 'cancelled':
      return (
        <div className="story-status" role="status">
          <p>The story comparison was cancelled.</p>
          <button type="button" className="button button-small" onClick={actions.retry}>
            Compare again
          </button>
        </div>
      )
    case 'failed':
      return (
        <div className="story-status" role="alert">
          <p>{state.error}</p>
          <button type="button" className="button button-small" onClick={actions.retry}>
            Try again
          </button>
        </div>
      )
    case 'ready':
      return <StoryReady story={state.story} actions={actions} />
  }
}

function StoryReady(props: { readonly story: Story; readonly actions: StoryActions }): ReactNode {
  const { story, actions } = props
  const open = (target: PairTarget | null): void => {
    if (target) actions.openPair(story, target)
  }
  return (
    <div className="story-body">
      <Versions story={story} />
      <div className="story-pair">
        <section className="story-panel" aria-labelledby="story-similarity">
          <h3 id="story-similarity">Similarity</h3>
          <p className="story-hint">Share of content in common. Pick a cell to open that pair.</p>
          <Heatmap story={story} onOpen={(left, right) => open({ left, right, focus: null })} />
        </section>
        <section className="story-panel" aria-labelledby="story-lineage">
          <h3 id="story-lineage">Lineage</h3>
          <p className="story-hint">
            {story.options.inOrder
              ? 'Oldest first by published date: each version comes from the earlier one it shares most with.'
              : `Order unknown: a tree over the similarity, rooted at ${label(story.root)}, the version closest to all others.`}
          </p>
          <LineageTree story={story} />
          <Evidence story={story} />
        </section>
      </div>
      <section className="story-panel" aria-labelledby="story-quotes">
        <h3 id="story-quotes">Quotes ({story.quotes.length})</h3>
        <p className="story-hint">
          One row per quotation; <mark className="story-mark">marked</mark> words differ from the
          outlined reference. Pick a cell to open the root against that version at the quotation.
        </p>
        <Ledger
          story={story}
          kind="quote"
          rows={story.quotes.map((row) => ({
            heading: row.speaker ?? 'Unattributed',
            reference: row.reference,
            flagged: false,
            cells: row.cells,
          }))}
          onOpen={(cells, article) => open(cellTarget(story, cells, article))}
        />
      </section>
      <section className="story-panel" aria-labelledby="story-facts">
        <h3 id="story-facts">Facts ({story.facts.length})</h3>
        <p className="story-hint">Rows where the versions disagree come first (⚠).</p>
        <Ledger
          story={story}
          kind="fact"
          rows={story.facts.map((row) => ({
            heading: `${row.kind}: ${row.subject}`,
            reference: row.reference,
            flagged: row.disagree,
            cells: row.cells,
          }))}
          onOpen={(cells, article) => open(cellTarget(story, cells, article))}
        />
      </section>
    </div>
  )
}

function Versions(props: { readonly story: Story }): ReactNode {
  const { story } = props
  return (
    <section className="story-panel" aria-labelledby="story-versions">
      <h3 id="story-versions">Versions and originality</h3>
      <p className="story-hint">
        Original: share found in no other version{story.options.inOrder ? ' (no earlier one)' : ''}.
      </p>
      <ol className="story-versions">
        {story.articles.map((article) => {
          const share = story.originality[article.index]?.share ?? 0
          return (
            <li key={article.index} className="story-version">
              <span className="story-version-label">{label(article.index)}</span>
              <span className="story-version-title">
                <bdi>{article.title || 'Untitled'}</bdi>
                <span className="story-version-meta">
                  {article.date ? `${article.date.slice(0, 10)} · ` : ''}
                  {article.words} words
                </span>
              </span>
              <span className="story-bar" aria-hidden="true">
                <span style={{ width: percent(share) }} />
              </span>
              <span className="story-share">{percent(share)} original</span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}

function Heatmap(props: {
  readonly story: Story
  readonly onOpen: (left: number, right: number) => void
}): ReactNode {
  const { story, onOpen } = props
  // Shades spread over the story's own range: rewrites of one story all share 20–35%, and what
  // matters is which pairs share more than the others.
  const offDiagonal = story.similarity.flatMap((row, a) => row.filter((_value, b) => a !== b))
  const low = Math.min(...offDiagonal)
  const high = Math.max(...offDiagonal)
  const shade = (value: number): number =>
    high > low ? 0.08 + (0.42 * (value - low)) / (high - low) : 0.3
  return (
    <div className="story-scroll">
      <table className="story-heatmap">
        <thead>
          <tr>
            <td />
            {story.articles.map((article) => (
              <th key={article.index} scope="col" title={article.title}>
                {label(article.index)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {story.similarity.map((row, a) => (
            <tr key={a}>
              <th scope="row" title={story.articles[a]?.title}>
                {label(a)}
              </th>
              {row.map((value, b) => (
                <td
                  key={b}
                  className={a === b ? 'story-diagonal-cell' : undefined}
                  style={a === b ? undefined : ({ '--heat': shade(value) } as CSSProperties)}
                >
                  {a === b ? (
                    <span className="story-diagonal">—</span>
                  ) : (
                    <button
                      type="button"
                      className="story-heat-cell"
                      data-testid={`heat-${a}-${b}`}
                      aria-label={`${label(a)} and ${label(b)}: ${percent(value)} in common; open this pair`}
                      onClick={() => onOpen(a, b)}
                    >
                      {percent(value)}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function LineageTree(props: { readonly story: Story }): ReactNode {
  const { story } = props
  const drawing = useMemo(() => drawLineage(story), [story])
  return (
    <svg
      className="story-lineage"
      role="img"
      aria-label={`Lineage tree: ${story.lineage
        .filter((entry) => entry.parent !== null)
        .map((entry) => `${label(entry.article)} from ${label(entry.parent!)}`)
        .join(', ')}`}
      width={drawing.width}
      height={drawing.height}
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
    >
      {drawing.lines.map((line) => (
        <line
          key={`${line.parent}-${line.child}`}
          className="story-edge"
          x1={line.x1}
          y1={line.y1}
          x2={line.x2}
          y2={line.y2}
        />
      ))}
      {drawing.dots.map((dot) => (
        <g
          key={dot.article}
          className={dot.root ? 'story-node story-root' : 'story-node'}
          data-testid={`lineage-${dot.article}`}
        >
          <title>{story.articles[dot.article]?.title}</title>
          <circle cx={dot.cx} cy={dot.cy} r={drawing.radius} />
          <text x={dot.cx} y={dot.cy + 4} textAnchor="middle">
            {label(dot.article)}
          </text>
        </g>
      ))}
    </svg>
  )
}

function Evidence(props: { readonly story: Story }): ReactNode {
  const entries = props.story.lineage.filter((entry) => entry.parent !== null)
  return (
    <ul className="story-evidence">
      {entries.map((entry) => (
        <li key={entry.article}>
          <strong>{label(entry.article)}</strong> from {label(entry.parent!)} (
          {percent(entry.similarity)}){entry.evidence.length > 0 ? ': ' : ''}
          {entry.evidence.map((phrase, index) => (
            <span key={index}>
              {index > 0 ? ', ' : ''}“<bdi>{phrase}</bdi>”
            </span>
          ))}
        </li>
      ))}
    </ul>
  )
}

interface LedgerRow {
  readonly heading: string
  readonly reference: number
  readonly flagged: boolean
  readonly cells: ReadonlyArray<QuoteCell | PresenceCell>
}

function Ledger(props: {
  readonly story: Story
  readonly kind: 'quote' | 'fact'
  readonly rows: ReadonlyArray<LedgerRow>
  readonly onOpen: (cells: ReadonlyArray<QuoteCell | PresenceCell>, article: number) => void
}): ReactNode {
  const { story, kind, rows, onOpen } = props
  if (rows.length === 0) return <p className="story-hint">None found.</p>
  return (
    <div className="story-scroll">
      <table className="story-ledger">
        <thead>
          <tr>
            <th scope="col">{kind === 'quote' ? 'Speaker' : 'Fact'}</th>
            {story.articles.map((article) => (
              <th key={article.index} scope="col" title={article.title}>
                {label(article.index)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className={row.flagged ? 'story-flagged' : undefined}>
              <th scope="row">
                {row.flagged ? '⚠ ' : ''}
                <bdi>{row.heading}</bdi>
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.article}
                  className={`story-cell story-status-${cell.status}${cell.article === row.reference ? ' story-reference' : ''}`}
                >
                  {cell.text === null ? (
                    <span className="story-absent">absent</span>
                  ) : (
                    <button
                      type="button"
                      className="story-cell-button"
                      data-testid={`${kind}-${index}-${cell.article}`}
                      onClick={() => onOpen(row.cells, cell.article)}
                      title={`Open ${label(story.root)} against ${label(cell.article)} here`}
                    >
                      {cell.status === 'paraphrased' && (
                        <span className="story-tag">paraphrased: </span>
                      )}
                      <MarkedText text={cell.text} spans={cell.spans} />
                      {'speaker' in cell && cell.speaker !== undefined && (
                        <span className="story-speaker">({cell.speaker ?? 'unattributed'})</span>
                      )}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The text with changed spans marked; positions come from the engine, text is never searched. */
function MarkedText(props: {
  readonly text: string
  readonly spans: ReadonlyArray<StorySpan>
}): ReactNode {
  const { text, spans } = props
  const pieces: ReactNode[] = []
  let at = 0
  spans.forEach((span, index) => {
    if (span.start > at) pieces.push(text.slice(at, span.start))
    pieces.push(
      <mark key={index} className="story-mark">
        {text.slice(span.start, span.end)}
      </mark>,
    )
    at = span.end
  })
  if (at < text.length) pieces.push(text.slice(at))
  return <bdi className="story-text">{pieces}</bdi>
}
