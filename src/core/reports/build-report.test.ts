import { describe, expect, it } from 'vitest'
import { buildReport } from './build-report'
import { buildCsvReport, buildCsvReportForPairs } from './csv-report'
import { buildHtmlReport, buildHtmlReportForPairs } from './html-report'
import { buildJsonReport, buildJsonReportForPairs } from './json-report'
import { buildMarkdownReport, buildMarkdownReportForPairs } from './markdown-report'
import { REPORT_FORMATS } from './report-format'
import type { ReportFormat } from './report-format'
import { compareSmallTexts, handMadeComparison } from './report-fixtures'
import { buildTextReport } from './text-report'

const one = handMadeComparison()
const pairs = [one, compareSmallTexts(['The minister said 12.'], ['The minister said 14.'])]
/** Text and JSON reports end with exactly one newline, as files for the shell do. */
const ended = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`)
const html = { generatedAt: '2026-11-23T02:00:00.000Z', appVersion: '9.9.9' }

describe('buildReport', () => {
  it('writes each format with its own builder, for one comparison', () => {
    const expected: Record<ReportFormat, string> = {
      text: ended(buildTextReport(one, { color: false })),
      json: ended(buildJsonReport(one)),
      html: buildHtmlReport(one, html),
      md: buildMarkdownReport(one),
      csv: buildCsvReport(one),
    }
    for (const format of REPORT_FORMATS) {
      expect(buildReport(format, one, html), format).toBe(expected[format])
    }
  })

  it('writes every pair of a selection in one document', () => {
    expect(buildReport('json', pairs)).toBe(ended(buildJsonReportForPairs(pairs)))
    expect(buildReport('html', pairs, html)).toBe(buildHtmlReportForPairs(pairs, html))
    expect(buildReport('md', pairs)).toBe(buildMarkdownReportForPairs(pairs))
    expect(buildReport('csv', pairs)).toBe(buildCsvReportForPairs(pairs))
    expect(buildReport('text', pairs)).toBe(
      pairs.map((pair) => ended(buildTextReport(pair, { color: false }))).join('\n'),
    )
  })

  it('passes colour and width to the text report only', () => {
    expect(buildReport('text', one, { color: true, width: 40 })).toBe(
      ended(buildTextReport(one, { color: true, width: 40 })),
    )
    expect(buildReport('md', one, { color: true, width: 40 })).toBe(buildMarkdownReport(one))
  })
})
