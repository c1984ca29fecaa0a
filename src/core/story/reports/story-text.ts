import { sanitizeForTerminal } from '../../reports/text-layout'
import type { PresenceCell, QuoteCell, Story } from '../story-types'
import { lineageMethod, lineageOrder, markSpans, percent, versionLabel } from './story-report-parts'

/**
 * The story as plain text for a terminal or a file: versions, lineage, similarity, originality,
 * then the quote, fact and title ledgers; words that differ from a row's reference as {+word+}.
 */
export function buildStoryText(story: Story): string {
  const clean = sanitizeForTerminal
  const lines: string[] = [`Story: ${story.articles.length} versions`, '']
  for (const article of story.articles) {
    const date = article.date === null ? '' : `, ${article.date}`
    const path = article.path === '' ? '' : ` (${clean(article.path)})`
    lines.push(
      `${versionLabel(article.index)}  ${clean(article.title) || 'Untitled'}${path}, ${article.words} words${date}`,
    )
  }
  lines.push('', `Lineage: ${lineageMethod(story)}.`)
  for (const { article, depth } of lineageOrder(story)) {
    const entry = story.lineage[article]!
    const indent = '  '.repeat(depth + 1)
    if (entry.parent === null) {
      lines.push(`${indent}${versionLabel(article)} (root)`)
      continue
    }
    const evidence =
      entry.evidence.length === 0
        ? ''
        : `; shares only with it: ${entry.evidence.map((phrase) => `"${clean(phrase)}"`).join(', ')}`
    lines.push(
      `${indent}${versionLabel(article)} from ${versionLabel(entry.parent)}, ${percent(entry.similarity)} in common${evidence}`,
    )
  }
  lines.push('', 'Similarity (share of content in common):')
  const width = Math.max(
    4,
    ...story.articles.map((article) => versionLabel(article.index).length + 1),
  )
  const pad = (text: string): string => text.padStart(width)
  lines.push(
    `${' '.repeat(width)}${story.articles.map((article) => pad(versionLabel(article.index))).join('')}`,
  )
  story.similarity.forEach((row, index) => {
    lines.push(`${pad(versionLabel(index))}${row.map((value) => pad(percent(value))).join('')}`)
  })
  lines.push(
    '',
    'Originality (share found in no other version' +
      (story.options.inOrder ? ', no earlier one' : '') +
      '):',
  )
  lines.push(
    story.originality
      .map((entry) => `${versionLabel(entry.article)} ${percent(entry.share)}`)
      .join('  '),
  )
  const cellLine = (cell: QuoteCell | PresenceCell, reference: number): string => {
    const label = `${versionLabel(cell.article)}${cell.article === reference ? '*' : ' '}`
    if (cell.text === null) return `  ${label} ${cell.status}`
    const text = clean(markSpans(cell.text, cell.spans, (changed) => `{+${changed}+}`))
    const speaker =
      'speaker' in cell && cell.speaker !== undefined
        ? ` (${clean(cell.speaker ?? 'unattributed')})`
        : ''
    const where = cell.paragraph === null ? '' : ` ¶${cell.paragraph}`
    return `  ${label} ${cell.status}${where}: ${text}${speaker}`
  }
  lines.push('', `Quotes (${story.quotes.length}; * marks the reference version):`)
  story.quotes.forEach((row, index) => {
    lines.push(`${index + 1}. ${clean(row.speaker ?? 'Unattributed')}`)
    for (const cell of row.cells) lines.push(cellLine(cell, row.reference))
  })
  lines.push('', `Facts (${story.facts.length}; disagreements first):`)
  story.facts.forEach((row, index) => {
    lines.push(
      `${index + 1}. ${row.kind}: ${clean(row.subject)}${row.disagree ? ' (versions disagree)' : ''}`,
    )
    for (const cell of row.cells) lines.push(cellLine(cell, row.reference))
  })
  lines.push('', `Titles (${story.titles.length}):`)
  story.titles.forEach((row, index) => {
    lines.push(`${index + 1}. ${row.headline ? 'Headline' : 'Subheading'}`)
    for (const cell of row.cells) lines.push(cellLine(cell, row.reference))
  })
  return `${lines.join('\n')}\n`
}
