import { needsChangeSeparator } from '../diff/format-diff'
import type { Comparison, ComparisonStats, DiffToken } from '../types'
import {
  SIMILARITY_EXPLAINED,
  formatSideDetail,
  formatSimilarity,
  nameSide,
  pairSideNames,
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

/**
 * Escapes article text for Markdown: characters that start emphasis, links, code, raw HTML or
 * entities everywhere, and block markers (lists, headings, quotes) at the start of a line.
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const inline = text.replace(/[\\`*_[\]<>|~&#]/g, '\\$&')
  const lineStarts = atLineStart ? /(^|\n)([ \t]*)([-+=]|\d+[.)])/g : /(\n)([ \t]*)([-+=]|\d+[.)])/g
  return inline.replace(lineStarts, (_match, start: string, space: string, marker: string) => {
    const escaped = /^\d/.test(marker)
      ? `${marker.slice(0, -1)}\\${marker.slice(-1)}`
      : `\\${marker}`
    return `${start}${space}${escaped}`
  })
}

/** A readable Markdown change report for one comparison. */
export function buildMarkdownReport(comparison: Comparison): string {
  return finish([
    '# Rewrite Lens comparison',
    '',
    renderMetadata(comparison),
    ...renderComparison(comparison, '##'),
  ])
}

/** One Markdown report for several comparisons: contents, then a section per pair. */
export function buildMarkdownReportForPairs(comparisons: ReadonlyArray<Comparison>): string {
  const contents = comparisons.map(
    (comparison, index) =>
      `${index + 1}. [${escapeMarkdown(pairTitle(comparison), false)}](#pair-${index + 1}) — ` +
      formatSimilarity(comparison.stats),
  )
  const sections = comparisons.flatMap((comparison, index) => [
    '',
    `<a id="pair-${index + 1}"></a>`,
    '',
    `## ${index + 1}. ${escapeMarkdown(pairTitle(comparison), false)}`,
    '',
    renderMetadata(comparison),
    ...renderComparison(comparison, '###'),
  ])
  return finish([
    `# Rewrite Lens: ${pluralize(comparisons.length, 'comparison')}`,
    '',
    ...(contents.length > 0 ? contents : ['No comparisons.']),
    ...sections,
  ])
}

function finish(lines: ReadonlyArray<string>): string {
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`
}

function pairTitle(comparison: Comparison): string {
  const [left, right] = pairSideNames(comparison)
  return `${left} ↔ ${right}`
}

/**
 * Markdown has no direction of its own; renderers pass this HTML through (GitHub keeps `dir`), so
 * article text is isolated and laid out by its own first strong letter, as `dir="auto"` does.
 */
function isolate(markdown: string): string {
  return `<span dir="auto">${markdown}</span>`
}

function renderMetadata(comparison: Comparison): string {
  const article = (label: string, side: Comparison['left']): string => {
    const name = nameSide(side)
    const details = name.details.map((detail) => escapeMarkdown(formatSideDetail(detail), false))
    const direction = name.direction === 'rtl' ? ', right-to-left' : ''
    return (
      `- **${label}:** ${isolate(escapeMarkdown(name.title, false))}` +
      (details.length > 0 ? ` — ${details.join(' · ')}` : '') +
      ` (${pluralize(side.paragraphs.length, 'paragraph')}${direction})`
    )
  }
  const ignored = ignoredDifferences(comparison.options)
  return [
    article('Original (left)', comparison.left),
    article('Rewrite (right)', comparison.right),
    `- **Ignoring:** ${ignored.length > 0 ? ignored.join(', ') : 'nothing'}`,
  ].join('\n')
}

function renderComparison(comparison: Comparison, level: '##' | '###'): ReadonlyArray<string> {
  const changes = collectChanges(comparison)
  return [
    '',
    ...renderSummary(comparison.stats, level),
    ...renderChanges('Quotes', changes.quotes, comparison.stats.quotes.unchanged, level),
    ...renderChanges('Facts', changes.facts, 0, level),
    ...renderChanges('Titles', changes.titles, comparison.stats.titles.unchanged, level),
    ...renderRows(comparison, level),
  ]
}

function renderSummary(stats: ComparisonStats, level: string): ReadonlyArray<string> {
  const counts = (values: Readonly<Record<string, number>>): string => {
    const parts = Object.entries(values)
      .filter(([, count]) => count > 0)
      .map(([name, count]) => `${count} ${name === 'equal' ? 'unchanged' : name}`)
    return parts.length > 0 ? parts.join(', ') : 'none'
  }
  return [
    `${level} Summary`,
    '',
    '| Measure | Value |',
    '| --- | --- |',
    `| Wording kept | ${formatPercent(stats.similarity)} |`,
    `| Content shared (original / rewrite) | ${formatPercent(stats.contentShared.left)} / ${formatPercent(stats.contentShared.right)} |`,
    `| Words | ${stats.wordsLeft} → ${stats.wordsRight} (${stats.wordsAdded} added, ${stats.wordsRemoved} removed) |`,
    `| Paragraphs | ${counts(stats.paragraphs)} |`,
    `| Quotes | ${counts(stats.quotes)} |`,
    `| Facts | ${counts(stats.facts)} |`,
    `| Titles | ${counts(stats.titles)} |`,
    '',
    SIMILARITY_EXPLAINED,
    '',
  ]
}

function renderChanges(
  title: string,
  changes: ReadonlyArray<ReportChange>,
  unchanged: number,
  level: string,
): ReadonlyArray<string> {
  const tail = unchanged > 0 ? `, ${unchanged} unchanged` : ''
  return [
    `${level} ${title} (${pluralize(changes.length, 'change')}${tail})`,
    '',
    ...(changes.length === 0
      ? ['No changes.']
      : changes.map((change, index) => `${index + 1}. ${renderChange(change)}`)),
    '',
  ]
}

function renderChange(change: ReportChange): string {
  const subject = describeChangeSubject(change)
  const [open, close] = quoteMarks(change, null)
  let text: string
  if (change.tokens && change.tokens.length > 0) {
    // A list item is one line: a paragraph break inside the text would end it.
    const tokens = change.tokens.map((token) => ({
      ...token,
      text: token.text.replace(/\n/g, ' '),
    }))
    text = `${open}${renderDiff(tokens, false)}${close}`
  } else {
    const side = (value: string, tag: 'del' | 'ins'): string => {
      const [o, c] = quoteMarks(change, tag === 'del' ? 'left' : 'right')
      return `<${tag}>${o}${escapeMarkdown(value, false)}${c}</${tag}>`
    }
    const left = change.left ? side(change.left.text, 'del') : ''
    const right = change.right ? side(change.right.text, 'ins') : ''
    text = left && right ? `${left} → ${right}` : left || right
  }
  const oneLine = text.replace(/\n/g, ' ')
  return (
    `**${change.status}**` +
    (subject ? ` · *${escapeMarkdown(subject, false)}*` : '') +
    ` · ${formatChangePlaces(change)}: ${isolate(oneLine)}`
  )
}

function renderRows(comparison: Comparison, level: string): ReadonlyArray<string> {
  const { rows } = comparison
  const out: string[] = [
    `${level} Paragraphs`,
    '',
    'Removed words are <del>struck through</del>, added words <ins>underlined</ins>; ' +
      '¶ numbers count non-empty lines from 0.',
    '',
  ]
  for (const run of foldRows(comparison)) {
    if (run.kind !== 'row') {
      out.push(`*… ${describeFolded(run.kind, run.count)} …*`, '')
      continue
    }
    const row = rows[run.index]
    if (!row) continue
    const origin = describeMoveOrigin(rows, run.index)
    const similarity =
      row.op === 'added' || row.op === 'removed' ? '' : ` · ${formatPercent(row.similarity)}`
    out.push(
      `**${formatRowPlaces(row)} · ${describeOp(row.op)}${similarity}${origin ? ` · ${origin}` : ''}**`,
      '',
      // An HTML block around Markdown (blank lines inside, as CommonMark requires) gives the
      // paragraph its own direction: a Hebrew row reads right-to-left, aligned right.
      '<div dir="auto">',
      '',
      renderDiff(row.tokens, true),
      '',
      '</div>',
      '',
    )
  }
  return out
}

/** The word diff as Markdown: `<del>`/`<ins>` around changes, a hard break between paragraphs. */
function renderDiff(tokens: ReadonlyArray<DiffToken>, atLineStart: boolean): string {
  let lineStart = atLineStart
  const parts: string[] = []
  let previous: DiffToken | undefined
  for (const token of tokens) {
    if (needsChangeSeparator(previous, token)) parts.push(' ')
    previous = token
    const lines = token.text.split('\n')
    lines.forEach((line, index) => {
      if (index > 0) {
        parts.push('\\\n')
        lineStart = true
      }
      if (line === '') return
      const escaped = escapeMarkdown(line, lineStart)
      if (line.trim() !== '') lineStart = false
      parts.push(token.type === 'equal' ? escaped : wrapChange(escaped, token.type))
    })
  }
  return parts.join('')
}

function wrapChange(escaped: string, type: 'added' | 'removed'): string {
  const tag = type === 'added' ? 'ins' : 'del'
  // Keep surrounding spaces outside the tags, so a line never ends inside an element.
  const core = escaped.trim()
  if (core === '') return escaped
  const start = escaped.length - escaped.trimStart().length
  const end = escaped.trimEnd().length
  return `${escaped.slice(0, start)}<${tag}>${core}</${tag}>${escaped.slice(end)}`
}
