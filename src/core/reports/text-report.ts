import type { ComparedArticle, Comparison, ComparisonStats, DiffToken, RowOp } from '../types'
import {
  SIMILARITY_EXPLAINED,
  formatSideDetail,
  formatSimilarity,
  nameSide,
} from './report-articles'
import {
  collectChanges,
  describeChangeSubject,
  formatChangePlaces,
  quoteMarks,
} from './report-changes'
import type { ReportChange } from './report-changes'
import {
  describeMoveOrigin,
  describeOp,
  describeFolded,
  foldRows,
  formatPercent,
  formatRowPlaces,
  ignoredDifferences,
  pluralize,
} from './report-rows'
import { layoutText, markDiff, separateChanges } from './text-layout'
import type { StyledText, TextStyle } from './text-layout'

/** How a terminal report is drawn. */
export interface TextReportOptions {
  /** ANSI colour with strike-through/underline; otherwise `[-removed-]{+added+}` markers. */
  readonly color: boolean
  /** Wrap at this many columns (a terminal's width); no wrapping when absent. */
  readonly width?: number
}

/** A readable terminal report: summary, rows with inline word diff, quote/fact/title changes. */
export function buildTextReport(comparison: Comparison, options: TextReportOptions): string {
  const { color, width } = options
  const block = (pieces: ReadonlyArray<StyledText>, firstIndent = '', indent = firstIndent) =>
    layoutText(
      separateChanges(pieces, color).map((piece) => markDiff(piece, color)),
      width === undefined ? { color, firstIndent, indent } : { color, width, firstIndent, indent },
    )
  const out: string[] = []

  out.push(block([strong('Rewrite Lens comparison')]))
  out.push(block(articleLine('Left: ', comparison.left), '', '       '))
  out.push(block(articleLine('Right:', comparison.right), '', '       '))
  out.push(block([plain(summarizeWords(comparison.stats))]))
  out.push(block([muted(SIMILARITY_EXPLAINED)], '  '))
  for (const line of summarizeCounts(comparison.stats)) out.push(block([plain(line)], '', '  '))
  const ignored = describeIgnored(comparison)
  if (ignored) out.push(block([muted(ignored)]))

  out.push('', block([strong('Paragraphs')]))
  const runs = foldRows(comparison)
  if (runs.length === 0) out.push(block([muted('Both articles are empty.')], '  '))
  for (const run of runs) {
    if (run.kind !== 'row') {
      out.push(block([muted(`… ${describeFolded(run.kind, run.count)} …`)], '  '))
      continue
    }
    const row = comparison.rows[run.index]
    if (!row) continue
    const origin = describeMoveOrigin(comparison.rows, run.index)
    const similarity =
      row.op === 'added' || row.op === 'removed' ? '' : ` ${formatPercent(row.similarity)}`
    out.push(
      block([
        strong(formatRowPlaces(row)),
        plain('  '),
        styled(describeOp(row.op), opStyle(row.op)),
        muted(similarity + (origin ? `, ${origin}` : '')),
      ]),
    )
    out.push(block(diffPieces(row.tokens), '    '))
  }

  const changes = collectChanges(comparison)
  const sections: ReadonlyArray<[string, ReadonlyArray<ReportChange>, number]> = [
    ['Quotes', changes.quotes, comparison.stats.quotes.unchanged],
    ['Facts', changes.facts, 0],
    ['Titles', changes.titles, comparison.stats.titles.unchanged],
  ]
  for (const [title, list, unchanged] of sections) {
    const tail = unchanged > 0 ? `, ${unchanged} unchanged` : ''
    out.push('', block([strong(title), muted(` (${pluralize(list.length, 'change')}${tail})`)]))
    if (list.length === 0) out.push(block([muted('No changes.')], '  '))
    for (const change of list) out.push(block(changePieces(change), '  ', '      '))
  }
  return `${out.join('\n')}\n`
}

function plain(text: string): StyledText {
  return { text, style: 'plain' }
}

function strong(text: string): StyledText {
  return { text, style: 'strong' }
}

function muted(text: string): StyledText {
  return { text, style: 'muted' }
}

function styled(text: string, style: TextStyle): StyledText {
  return { text, style }
}

// A terminal lays text out left to right whatever its script (few implement bidi), so a
// right-to-left article is said to be one: the reader then knows to read its lines that way.
function articleLine(label: string, side: ComparedArticle): ReadonlyArray<StyledText> {
  const name = nameSide(side)
  const notes = [
    ...name.details.map(formatSideDetail),
    ...(name.direction === 'rtl' ? ['right-to-left'] : []),
  ]
  return [
    strong(label),
    plain(` ${name.title}`),
    ...(notes.length > 0 ? [muted(`  (${notes.join(' · ')})`)] : []),
  ]
}

function summarizeWords(stats: ComparisonStats): string {
  return (
    `${capitalise(formatSimilarity(stats))}: ` +
    `${pluralize(stats.wordsAdded, 'word')} added, ${stats.wordsRemoved} removed ` +
    `(${stats.wordsLeft} → ${stats.wordsRight} words)`
  )
}

function summarizeCounts(stats: ComparisonStats): ReadonlyArray<string> {
  const { equal, ...changedOps } = stats.paragraphs
  return [
    `Paragraphs: ${listCounts({ unchanged: equal, ...changedOps })}`,
    `Quotes: ${listCounts(stats.quotes)}`,
    `Facts: ${listCounts(stats.facts)}`,
    `Titles: ${listCounts(stats.titles)}`,
  ]
}

function listCounts(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${count} ${name}`)
  return parts.length > 0 ? parts.join(', ') : 'none'
}

function describeIgnored(comparison: Comparison): string {
  const ignored = ignoredDifferences(comparison.options)
  return ignored.length > 0 ? `Ignoring ${ignored.join(', ')}.` : ''
}

function opStyle(op: RowOp): TextStyle {
  if (op === 'added') return 'added-label'
  if (op === 'removed') return 'removed-label'
  return op === 'equal' ? 'muted' : 'note'
}

function diffPieces(tokens: ReadonlyArray<DiffToken>): ReadonlyArray<StyledText> {
  // Adjacent runs of one type read as one change: `[-a b-]`, not `[-a-][- b-]`.
  const pieces: StyledText[] = []
  for (const token of tokens) {
    const style = token.type === 'equal' ? 'plain' : token.type
    const last = pieces[pieces.length - 1]
    if (last && last.style === style)
      pieces[pieces.length - 1] = { style, text: last.text + token.text }
    else pieces.push({ style, text: token.text })
  }
  return pieces
}

function changePieces(change: ReportChange): ReadonlyArray<StyledText> {
  const subject = describeChangeSubject(change)
  const head: StyledText[] = [
    styled(change.status, statusStyle(change.status)),
    ...(subject ? [plain(` ${subject}`)] : []),
    muted(` ${formatChangePlaces(change)}: `),
  ]
  const wrap = (
    pieces: ReadonlyArray<StyledText>,
    side: 'left' | 'right' | null,
  ): ReadonlyArray<StyledText> => {
    const [open, close] = quoteMarks(change, side)
    return open ? [plain(open), ...pieces, plain(close)] : pieces
  }
  if (change.tokens && change.tokens.length > 0)
    return [...head, ...wrap(diffPieces(change.tokens), null)]
  const body: StyledText[] = []
  if (change.left) body.push(...wrap([styled(change.left.text, 'removed')], 'left'))
  if (change.left && change.right) body.push(plain(' → '))
  if (change.right) body.push(...wrap([styled(change.right.text, 'added')], 'right'))
  return [...head, ...body]
}

function statusStyle(status: string): TextStyle {
  if (status === 'added') return 'added-label'
  return status === 'removed' ? 'removed-label' : 'note'
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
