import { csvCell } from '../../reports/csv-report'
import type { PresenceCell, QuoteCell, Story } from '../story-types'
import { changedWords } from './story-report-parts'

/** The columns of the story CSV, one line per ledger cell. */
export const STORY_CSV_COLUMNS = [
  'ledger',
  'row',
  'subject',
  'article',
  'article_title',
  'is_reference',
  'status',
  'paragraph',
  'text',
  'changed_words',
  'speaker',
] as const

type Column = (typeof STORY_CSV_COLUMNS)[number]

/**
 * One line per ledger cell (quotes, then facts, then titles) for R or pandas: UTF-8 with a byte
 * order mark (so spreadsheets read it as UTF-8), CRLF line ends, RFC 4180 quoting.
 */
export function buildStoryCsv(story: Story): string {
  const lines: Array<Readonly<Record<Column, string>>> = []
  const titleOf = (article: number): string => story.articles[article]?.title ?? ''
  const push = (
    ledger: string,
    row: number,
    subject: string,
    reference: number,
    cell: QuoteCell | PresenceCell,
    speaker: string,
  ): void => {
    lines.push({
      ledger,
      row: String(row + 1),
      subject,
      article: String(cell.article),
      article_title: titleOf(cell.article),
      is_reference: cell.article === reference ? 'yes' : 'no',
      status: cell.status,
      paragraph: cell.paragraph === null ? '' : String(cell.paragraph),
      text: cell.text ?? '',
      changed_words: changedWords(cell.text, cell.spans),
      speaker,
    })
  }
  story.quotes.forEach((row, index) => {
    for (const cell of row.cells) {
      const speaker = cell.speaker !== undefined ? (cell.speaker ?? '') : (row.speaker ?? '')
      push(
        'quote',
        index,
        row.speaker ?? '',
        row.reference,
        cell,
        cell.status === 'absent' ? '' : speaker,
      )
    }
  })
  story.facts.forEach((row, index) => {
    for (const cell of row.cells)
      push('fact', index, `${row.kind}: ${row.subject}`, row.reference, cell, '')
  })
  story.titles.forEach((row, index) => {
    for (const cell of row.cells) {
      push('title', index, row.headline ? 'headline' : 'subheading', row.reference, cell, '')
    }
  })
  const header = STORY_CSV_COLUMNS.join(',')
  const body = lines.map((line) =>
    STORY_CSV_COLUMNS.map((column) => csvCell(line[column])).join(','),
  )
  return `\uFEFF${[header, ...body].map((line) => `${line}\r\n`).join('')}`
}
