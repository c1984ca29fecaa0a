import { rowText } from '../compare-articles'
import type { Comparison } from '../types'
import { describeSide } from './report-articles'
import { allChanges, collectChanges } from './report-changes'
import { describeMoveOrigin, isBoilerplateRow } from './report-rows'

/** The columns of a one-comparison CSV report, in order. */
export const CSV_COLUMNS = [
  'category',
  'status',
  'left_paragraph',
  'left_text',
  'right_paragraph',
  'right_text',
  'kind',
  'speaker',
  'note',
] as const

/** The columns naming the two articles: title, then file, source, label and published date. */
export const CSV_ARTICLE_COLUMNS = ['left_article', 'right_article'] as const

/** The columns the several-comparison CSV report puts before {@link CSV_COLUMNS}. */
export const CSV_PAIR_COLUMNS = ['pair', ...CSV_ARTICLE_COLUMNS] as const

type CsvRecord = Readonly<Record<(typeof CSV_COLUMNS)[number], string>>

// Excel reads a CSV without a byte order mark in the system's legacy code page, which turns every
// quotation mark, dash and non-Latin letter into mojibake; with it, Excel and LibreOffice read UTF-8.
const UTF8_BOM = '\uFEFF'

/**
 * Quotes one CSV cell per RFC 4180, after neutralising text a spreadsheet would run as a formula
 * (a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` in front, as OWASP advises).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * One change per line: rows that changed, then quote, fact and title changes (CRLF, RFC 4180,
 * UTF-8 with a byte order mark). The last two columns name the articles, on every line, so a
 * filtered or pasted selection still says what was compared.
 */
export function buildCsvReport(comparison: Comparison): string {
  const articles = [describeSide(comparison.left), describeSide(comparison.right)]
  return toCsv(
    [[...CSV_COLUMNS, ...CSV_ARTICLE_COLUMNS]],
    changeRecords(comparison).map((record) => [
      ...CSV_COLUMNS.map((column) => record[column]),
      ...articles,
    ]),
  )
}

/** The CSV report of several comparisons in one table, with the pair each change belongs to. */
export function buildCsvReportForPairs(comparisons: ReadonlyArray<Comparison>): string {
  const header = [...CSV_PAIR_COLUMNS, ...CSV_COLUMNS]
  const lines = comparisons.flatMap((comparison, index) =>
    changeRecords(comparison).map((record) => [
      String(index + 1),
      describeSide(comparison.left),
      describeSide(comparison.right),
      ...CSV_COLUMNS.map((column) => record[column]),
    ]),
  )
  return toCsv([header], lines)
}

function toCsv(
  header: ReadonlyArray<ReadonlyArray<string>>,
  lines: ReadonlyArray<ReadonlyArray<string>>,
): string {
  return (
    UTF8_BOM + [...header, ...lines].map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('')
  )
}

function changeRecords(comparison: Comparison): ReadonlyArray<CsvRecord> {
  const { rows, left, right } = comparison
  const rowRecords = rows.flatMap((row, index): CsvRecord[] => {
    if (row.op === 'equal' || isBoilerplateRow(comparison, row)) return []
    return [
      {
        category: 'paragraph',
        status: row.op,
        left_paragraph: row.left.join(' '),
        left_text: rowText(row.left, left.paragraphs),
        right_paragraph: row.right.join(' '),
        right_text: rowText(row.right, right.paragraphs),
        kind: '',
        speaker: '',
        note: describeMoveOrigin(rows, index) ?? '',
      },
    ]
  })
  const changeRecords = allChanges(collectChanges(comparison)).map((change): CsvRecord => ({
    category: change.category,
    status: change.status,
    left_paragraph: change.left ? String(change.left.paragraph) : '',
    left_text: change.left?.text ?? '',
    right_paragraph: change.right ? String(change.right.paragraph) : '',
    right_text: change.right?.text ?? '',
    kind: change.kind ?? '',
    speaker: change.speaker ?? '',
    note: '',
  }))
  return [...rowRecords, ...changeRecords]
}
