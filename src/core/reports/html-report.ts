import { needsChangeSeparator } from '../diff/format-diff'
import type { AlignedRow, Comparison, ComparisonStats, DiffToken } from '../types'
import { escapeHtml } from './html-escape'
import {
  SIMILARITY_EXPLAINED,
  formatSimilarity,
  nameSide,
  pairSideNames,
  sideDetailLabel,
} from './report-articles'
import {
  collectChanges,
  describeChangeSubject,
  formatChangePlaces,
  quoteMarks,
} from './report-changes'
import type { ReportChange } from './report-changes'
import { renderHtmlDocument } from './html-document'
import {
  describeMoveOrigin,
  describeOp,
  formatParagraphs,
  formatPercent,
  formatRowPlaces,
  ignoredDifferences,
  isBoilerplateRow,
  pluralize,
} from './report-rows'

/** What an HTML report says about how and when it was made. */
export interface HtmlReportOptions {
  /** When the report was generated, as an ISO 8601 timestamp (a UTC one is shown shortened). */
  readonly generatedAt: string
  readonly appVersion: string
}

/**
 * One self-contained HTML file for one comparison: metadata, summary, the change lists linked to
 * their rows (`#row-N`, N = index in `rows`) and the aligned rows side by side. No script and no
 * network: its CSP forbids everything but inline styles.
 */
export function buildHtmlReport(comparison: Comparison, options: HtmlReportOptions): string {
  const body = [
    '<header class="report-header">',
    `<h1>Rewrite Lens comparison</h1>`,
    renderMetadata(comparison, options),
    '</header>',
    '<main>',
    renderComparison(comparison, { idPrefix: '', level: 2 }),
    '</main>',
  ]
  return renderDocument(pairTitle(comparison), options, body)
}

/** One HTML report for several comparisons: a table of contents, then a section per pair. */
export function buildHtmlReportForPairs(
  comparisons: ReadonlyArray<Comparison>,
  options: HtmlReportOptions,
): string {
  const toc = comparisons.map(
    (comparison, index) =>
      `<li><a href="#pair-${index + 1}">${pairHeading(comparison)}</a> ` +
      `<span class="muted">${escapeHtml(formatSimilarity(comparison.stats))}</span></li>`,
  )
  const sections = comparisons.map((comparison, index) =>
    [
      `<section class="pair" id="pair-${index + 1}">`,
      `<h2>${index + 1}. ${pairHeading(comparison)}</h2>`,
      renderMetadata(comparison, null),
      renderComparison(comparison, { idPrefix: `pair-${index + 1}-`, level: 3 }),
      '</section>',
    ].join('\n'),
  )
  const body = [
    '<header class="report-header">',
    `<h1>Rewrite Lens: ${pluralize(comparisons.length, 'comparison')}</h1>`,
    `<p class="muted">${renderGenerated(options)}</p>`,
    '</header>',
    '<nav class="toc" aria-labelledby="toc-title">',
    '<h2 id="toc-title">Contents</h2>',
    `<ol>${toc.join('\n')}</ol>`,
    '</nav>',
    '<main>',
    ...(sections.length > 0 ? sections : ['<p>No comparisons.</p>']),
    '</main>',
  ]
  return renderDocument(
    `Rewrite Lens: ${pluralize(comparisons.length, 'comparison')}`,
    options,
    body,
  )
}

function pairTitle(comparison: Comparison): string {
  const [left, right] = pairSideNames(comparison)
  return `${left} ↔ ${right}`
}

// Each name is isolated, so a Hebrew title beside an English one keeps its own order.
function pairHeading(comparison: Comparison): string {
  const [left, right] = pairSideNames(comparison)
  return `<bdi>${escapeHtml(left)}</bdi> ↔ <bdi>${escapeHtml(right)}</bdi>`
}

function renderDocument(
  title: string,
  options: HtmlReportOptions,
  body: ReadonlyArray<string>,
): string {
  return renderHtmlDocument({ title, appVersion: options.appVersion, styles: STYLES }, body)
}

function renderGenerated(options: HtmlReportOptions): string {
  return (
    `Generated <time datetime="${escapeHtml(options.generatedAt)}">` +
    `${escapeHtml(readableTimestamp(options.generatedAt))}</time> ` +
    `by Rewrite Lens ${escapeHtml(options.appVersion)}.`
  )
}

/** "2026-11-23T02:00:00.000Z" → "2026-11-23 02:00 UTC"; other strings are shown as given. */
function readableTimestamp(iso: string): string {
  return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/, '$1 $2 UTC')
}

function renderMetadata(comparison: Comparison, options: HtmlReportOptions | null): string {
  const article = (label: string, side: Comparison['left']): string => {
    const name = nameSide(side)
    const details = name.details.map(
      (detail) =>
        `<span class="detail detail-${detail.kind}">${sideDetailLabel(detail)}` +
        `<bdi>${escapeHtml(detail.text)}</bdi></span>`,
    )
    return (
      `<dt>${label}</dt><dd><bdi class="article-title" dir="auto">${escapeHtml(name.title)}</bdi>` +
      (details.length > 0 ? ` <span class="details">${details.join(' · ')}</span>` : '') +
      ` <span class="muted">(${pluralize(side.paragraphs.length, 'paragraph')})</span></dd>`
    )
  }
  const ignored = ignoredDifferences(comparison.options)
  return [
    '<dl class="metadata">',
    article('Original (left)', comparison.left),
    article('Rewrite (right)', comparison.right),
    `<dt>Ignoring</dt><dd>${ignored.length > 0 ? ignored.join(', ') : 'nothing'}</dd>`,
    ...(options ? [`<dt>Report</dt><dd>${renderGenerated(options)}</dd>`] : []),
    '</dl>',
  ].join('\n')
}

interface SectionContext {
  /** Prefix of every id in the section, so several comparisons can share one page. */
  readonly idPrefix: string
  /** Heading level of the section titles. */
  readonly level: 2 | 3
}

function renderComparison(comparison: Comparison, context: SectionContext): string {
  const changes = collectChanges(comparison)
  return [
    renderSummary(comparison.stats, context),
    renderChangeList('Quotes', changes.quotes, comparison.stats.quotes.unchanged, context),
    renderChangeList('Facts', changes.facts, 0, context),
    renderChangeList('Titles', changes.titles, comparison.stats.titles.unchanged, context),
    renderRows(comparison, context),
  ].join('\n')
}

function heading(context: SectionContext, text: string, extra = ''): string {
  return `<h${context.level}>${text}${extra}</h${context.level}>`
}

function renderSummary(stats: ComparisonStats, context: SectionContext): string {
  const counts = (values: Readonly<Record<string, number>>): string => {
    const parts = Object.entries(values)
      .filter(([, count]) => count > 0)
      .map(([name, count]) => `${count} ${name === 'equal' ? 'unchanged' : name}`)
    return parts.length > 0 ? parts.join(', ') : 'none'
  }
  const rows: ReadonlyArray<[string, string]> = [
    ['Wording kept', formatPercent(stats.similarity)],
    [
      'Content shared (original / rewrite)',
      `${formatPercent(stats.contentShared.left)} / ${formatPercent(stats.contentShared.right)}`,
    ],
    ['Words', `${stats.wordsLeft} → ${stats.wordsRight}`],
    ['Words added / removed', `${stats.wordsAdded} / ${stats.wordsRemoved}`],
    ['Paragraphs', counts(stats.paragraphs)],
    ['Quotes', counts(stats.quotes)],
    ['Facts', counts(stats.facts)],
    ['Titles', counts(stats.titles)],
  ]
  return [
    '<section class="summary">',
    heading(context, 'Summary'),
    '<table class="summary-table"><tbody>',
    ...rows.map(([name, value]) => `<tr><th scope="row">${name}</th><td>${value}</td></tr>`),
    '</tbody></table>',
    `<p class="explain muted">${escapeHtml(SIMILARITY_EXPLAINED)}</p>`,
    '</section>',
  ].join('\n')
}

function renderChangeList(
  title: string,
  changes: ReadonlyArray<ReportChange>,
  unchanged: number,
  context: SectionContext,
): string {
  const tail = unchanged > 0 ? `, ${unchanged} unchanged` : ''
  const count = `<span class="muted"> (${pluralize(changes.length, 'change')}${tail})</span>`
  return [
    `<section class="changes ${title.toLowerCase()}">`,
    heading(context, title, count),
    changes.length === 0
      ? '<p class="muted">No changes.</p>'
      : `<ol class="change-list">\n${changes.map((change) => renderChange(change, context)).join('\n')}\n</ol>`,
    '</section>',
  ].join('\n')
}

function renderChange(change: ReportChange, context: SectionContext): string {
  const places = escapeHtml(formatChangePlaces(change))
  const where =
    change.row === null
      ? `<span class="where">${places}</span>`
      : `<a class="where" href="#${context.idPrefix}row-${change.row}">${places}</a>`
  const subject = describeChangeSubject(change)
  const [open, close] = quoteMarks(change, null)
  let text: string
  if (change.tokens && change.tokens.length > 0) {
    text = `${open}${renderInlineDiff(change.tokens)}${close}`
  } else {
    const [lo, lc] = quoteMarks(change, 'left')
    const [ro, rc] = quoteMarks(change, 'right')
    const left = change.left ? `<del>${lo}${escapeHtml(change.left.text)}${lc}</del>` : ''
    const right = change.right ? `<ins>${ro}${escapeHtml(change.right.text)}${rc}</ins>` : ''
    text = left && right ? `${left} → ${right}` : left || right
  }
  return (
    `<li class="change status-${escapeHtml(change.status)}">${where} ` +
    `<span class="status">${escapeHtml(change.status)}</span>` +
    (subject ? ` <span class="subject">${escapeHtml(subject)}</span>` : '') +
    ` <span class="change-text" dir="auto">${text}</span></li>`
  )
}

function renderRows(comparison: Comparison, context: SectionContext): string {
  const { rows } = comparison
  return [
    '<section class="aligned">',
    heading(context, 'Paragraphs side by side'),
    '<p class="legend muted">Removed words are <del>struck through</del>, added words ' +
      '<ins>underlined</ins>. ¶ numbers count non-empty lines from 0.</p>',
    '<table class="rows">',
    '<colgroup><col class="col-label"><col class="col-side"><col class="col-side"></colgroup>',
    '<thead><tr><th scope="col">¶</th><th scope="col">Original</th><th scope="col">Rewrite</th></tr></thead>',
    '<tbody>',
    ...rows.map((row, index) =>
      renderRow(rows, index, row, isBoilerplateRow(comparison, row), context),
    ),
    '</tbody>',
    '</table>',
    '</section>',
  ].join('\n')
}

function renderRow(
  rows: ReadonlyArray<AlignedRow>,
  index: number,
  row: AlignedRow,
  boilerplate: boolean,
  context: SectionContext,
): string {
  const notes: string[] = boilerplate ? ['boilerplate, not compared'] : []
  const origin = describeMoveOrigin(rows, index)
  if (origin !== null && row.movedFrom !== undefined) {
    notes.push(
      row.movedFrom < 0
        ? escapeHtml(origin)
        : `<a href="#${context.idPrefix}row-${row.movedFrom}">${escapeHtml(origin)}</a>`,
    )
  }
  for (const target of row.movedTo ?? []) {
    const moved = rows[target]
    if (moved)
      notes.push(
        `<a href="#${context.idPrefix}row-${target}">${escapeHtml(formatParagraphs(moved.left))} moved from here</a>`,
      )
  }
  const similarity =
    row.op === 'added' || row.op === 'removed' || row.op === 'equal'
      ? ''
      : ` <span class="similarity">${formatPercent(row.similarity)}</span>`
  return [
    `<tr id="${context.idPrefix}row-${index}" class="op-${row.op}${boilerplate ? ' boilerplate' : ''}">`,
    `<th scope="row"><span class="places">${escapeHtml(formatRowPlaces(row))}</span>`,
    `<span class="op">${describeOp(row.op)}</span>${similarity}`,
    ...notes.map((note) => `<span class="note">${note}</span>`),
    '</th>',
    `<td class="side left" dir="auto">${renderSide(row.tokens, 'left')}</td>`,
    `<td class="side right" dir="auto">${renderSide(row.tokens, 'right')}</td>`,
    '</tr>',
  ].join('')
}

function renderSide(tokens: ReadonlyArray<DiffToken>, side: 'left' | 'right'): string {
  return tokens
    .map((token) => {
      if (token.type === 'equal')
        return escapeHtml(side === 'right' ? (token.rightText ?? token.text) : token.text)
      if (side === 'left' && token.type === 'removed') return `<del>${escapeHtml(token.text)}</del>`
      if (side === 'right' && token.type === 'added') return `<ins>${escapeHtml(token.text)}</ins>`
      return ''
    })
    .join('')
}

function renderInlineDiff(tokens: ReadonlyArray<DiffToken>): string {
  return tokens
    .map((token, index) => {
      const text = escapeHtml(token.text)
      const apart = needsChangeSeparator(tokens[index - 1], token) ? ' ' : ''
      if (token.type === 'removed') return `${apart}<del>${text}</del>`
      if (token.type === 'added') return `${apart}<ins>${text}</ins>`
      return text
    })
    .join('')
}

// Paper size is left to the print dialog so A4 and Letter both fit: every width below is relative.
const STYLES = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #5c5c5c; --line: #d6d6d6; --accent: #0b57d0;
  --del-bg: #ffd9d9; --del-fg: #7d0000; --ins-bg: #d3f5d3; --ins-fg: #0a4a0a; --row-bg: #f6f6f6; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 78rem; padding: 0 1.25rem; color: var(--fg); background: #fff;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
a { color: var(--accent); }
.muted, .legend { color: var(--muted); font-weight: normal; }
.metadata { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
.metadata dt { font-weight: 600; }
.metadata dd { margin: 0; }
.article-title { font-weight: 600; }
.details { color: var(--muted); overflow-wrap: anywhere; }
.explain { max-width: 48rem; font-size: .9em; }
.summary-table { border-collapse: collapse; }
.summary-table th, .summary-table td { text-align: start; padding: .15rem 1rem .15rem 0; vertical-align: top; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline; }
/* Screen readers announce the change; sighted readers see strike-through and underline. */
del::before, del::after, ins::before, ins::after { position: absolute; width: 1px; height: 1px;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
del::before { content: " [removed: "; } del::after { content: "] "; }
ins::before { content: " [added: "; } ins::after { content: "] "; }
.change-list { padding-left: 1.6rem; }
.change { margin: .35rem 0; }
.change .where { font-variant-numeric: tabular-nums; white-space: nowrap; }
.change .status { font-weight: 600; }
.change .subject { font-style: italic; }
.change-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.rows { width: 100%; border-collapse: collapse; table-layout: fixed; }
.rows col.col-label { width: 9rem; }
/* start, not left: a right-to-left paragraph (dir="auto") then aligns to its own side. */
.rows th, .rows td { border-top: 1px solid var(--line); padding: .45rem .6rem; vertical-align: top; text-align: start; }
.rows thead th { border-top: 0; border-bottom: 2px solid var(--line); }
.rows tbody th { font-weight: normal; font-size: .85em; }
.rows tbody th span { display: block; }
.rows .places { font-weight: 600; font-variant-numeric: tabular-nums; }
.rows .op { text-transform: capitalize; }
.rows .note { color: var(--muted); }
.side { white-space: pre-wrap; overflow-wrap: anywhere; }
tr.op-equal td, tr.boilerplate td { color: var(--muted); }
tr.op-added td.right, tr.op-removed td.left { background: var(--row-bg); }
tr:target, li:target { outline: 3px solid var(--accent); outline-offset: -3px; }
.toc ol { padding-left: 1.6rem; }
@page { margin: 14mm 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
  .rows col.col-label { width: 6.5rem; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; }
  tr, li, .summary-table { break-inside: avoid; }
  thead { display: table-header-group; }
  .pair + .pair { break-before: page; }
  tr:target, li:target { outline: none; }
}
`.trim()
