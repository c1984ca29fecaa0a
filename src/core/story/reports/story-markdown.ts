import { escapeMarkdown } from '../../reports/markdown-report'
import type { PresenceCell, QuoteCell, Story } from '../story-types'
import { lineageMethod, lineageOrder, markSpans, percent, versionLabel } from './story-report-parts'

/**
 * The story as Markdown: versions, lineage, a similarity table, originality, then one table per
 * ledger (rows = quotations, facts, titles; columns = versions), changed words in bold.
 */
export function buildStoryMarkdown(story: Story): string {
  const md = (text: string): string => escapeMarkdown(text, false).replace(/\n/g, ' ')
  const out: string[] = [`# Story: ${story.articles.length} versions`, '']
  out.push('| Version | Title | Words | Date | Source |', '| --- | --- | ---: | --- | --- |')
  for (const article of story.articles) {
    out.push(
      `| ${versionLabel(article.index)} | ${md(article.title || 'Untitled')} | ${article.words} | ${article.date ?? ''} | ${md(article.path)} |`,
    )
  }
  out.push('', '## Lineage', '', `${md(lineageMethod(story))}.`, '')
  for (const { article, depth } of lineageOrder(story)) {
    const entry = story.lineage[article]!
    const indent = '  '.repeat(depth)
    if (entry.parent === null) {
      out.push(`${indent}- **${versionLabel(article)}** (root)`)
      continue
    }
    const evidence =
      entry.evidence.length === 0
        ? ''
        : `; shares only with it: ${entry.evidence.map((phrase) => `“${md(phrase)}”`).join(', ')}`
    out.push(
      `${indent}- **${versionLabel(article)}** from ${versionLabel(entry.parent)}, ${percent(entry.similarity)} in common${evidence}`,
    )
  }
  const labels = story.articles.map((article) => versionLabel(article.index))
  const header = (first: string): string[] => [
    `| ${first} | ${labels.join(' | ')} |`,
    `| --- | ${labels.map(() => '---').join(' | ')} |`,
  ]
  out.push(
    '',
    '## Similarity',
    '',
    'Share of content two versions have in common.',
    '',
    ...header(''),
  )
  story.similarity.forEach((row, index) => {
    out.push(`| **${labels[index]}** | ${row.map(percent).join(' | ')} |`)
  })
  out.push('', '## Originality', '')
  out.push(
    `Share of each version found in no other version${story.options.inOrder ? ' (no earlier one)' : ''}.`,
    '',
    ...header(''),
    `| Original | ${story.originality.map((entry) => percent(entry.share)).join(' | ')} |`,
  )
  const cell = (item: QuoteCell | PresenceCell, reference: number): string => {
    if (item.text === null) return `_${item.status}_`
    const text = markSpans(item.text, item.spans, (changed) => `**${md(changed)}**`, md)
    const prefix = item.status === 'paraphrased' ? '_paraphrased:_ ' : ''
    const speaker =
      'speaker' in item && item.speaker !== undefined
        ? ` _(${md(item.speaker ?? 'unattributed')})_`
        : ''
    return `${item.article === reference ? '◆ ' : ''}${prefix}${text}${speaker}`
  }
  out.push('', '## Quotes', '', 'Changed words in bold against the reference version (◆).', '')
  if (story.quotes.length === 0) out.push('No quotations.')
  else {
    out.push(...header('Speaker'))
    for (const row of story.quotes) {
      out.push(
        `| ${md(row.speaker ?? 'Unattributed')} | ${row.cells.map((item) => cell(item, row.reference)).join(' | ')} |`,
      )
    }
  }
  out.push('', '## Facts', '', 'Rows where the versions disagree come first (⚠).', '')
  if (story.facts.length === 0) out.push('No facts.')
  else {
    out.push(...header('Fact'))
    for (const row of story.facts) {
      out.push(
        `| ${row.disagree ? '⚠ ' : ''}${row.kind}: ${md(row.subject)} | ${row.cells.map((item) => cell(item, row.reference)).join(' | ')} |`,
      )
    }
  }
  out.push('', '## Titles', '')
  if (story.titles.length === 0) out.push('No titles.')
  else {
    out.push(...header('Title'))
    for (const row of story.titles) {
      out.push(
        `| ${row.headline ? 'Headline' : 'Subheading'} | ${row.cells.map((item) => cell(item, row.reference)).join(' | ')} |`,
      )
    }
  }
  return `${out.join('\n')}\n`
}
