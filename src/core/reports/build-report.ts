import { assertNever } from '../assert-never'
import type { Comparison } from '../types'
import { buildCsvReport, buildCsvReportForPairs } from './csv-report'
import { buildHtmlReport, buildHtmlReportForPairs } from './html-report'
import { buildJsonReport, buildJsonReportForPairs, jsonReportPieces } from './json-report'
import { buildMarkdownReport, buildMarkdownReportForPairs } from './markdown-report'
import type { ReportFormat } from './report-format'
import { buildTextReport } from './text-report'

/** How a report looks; each format reads only what it needs. */
export interface ReportOptions {
  /** Text: ANSI colour instead of `[-removed-]{+added+}` markers. */
  readonly color?: boolean
  /** Text: wrap at this many columns. */
  readonly width?: number
  /** HTML: when the report was generated (ISO 8601). */
  readonly generatedAt?: string
  /** HTML: the version of Rewrite Lens that wrote it. */
  readonly appVersion?: string
}

/**
 * The report of one comparison, or of several (every pair of a selection) in one document, in the
 * given format. Text and JSON end with a newline, as files written for the shell do.
 */
export function buildReport(
  format: ReportFormat,
  comparisons: Comparison | ReadonlyArray<Comparison>,
  options: ReportOptions = {},
): string {
  const many = isMany(comparisons)
  const html = {
    generatedAt: options.generatedAt ?? new Date(0).toISOString(),
    appVersion: options.appVersion ?? 'development',
  }
  switch (format) {
    case 'text': {
      const look =
        options.width === undefined
          ? { color: options.color ?? false }
          : { color: options.color ?? false, width: options.width }
      const reports = (many ? comparisons : [comparisons]).map((one) =>
        withNewline(buildTextReport(one, look)),
      )
      return reports.join('\n')
    }
    case 'json':
      return withNewline(many ? buildJsonReportForPairs(comparisons) : buildJsonReport(comparisons))
    case 'html':
      return many ? buildHtmlReportForPairs(comparisons, html) : buildHtmlReport(comparisons, html)
    case 'md':
      return many ? buildMarkdownReportForPairs(comparisons) : buildMarkdownReport(comparisons)
    case 'csv':
      return many ? buildCsvReportForPairs(comparisons) : buildCsvReport(comparisons)
    default:
      return assertNever(format)
  }
}

/**
 * `buildReport`'s text in pieces that concatenate to it, for writing a long report without
 * holding it whole: JSON of one comparison comes a few rows at a time, other formats whole.
 */
export function* reportPieces(
  format: ReportFormat,
  comparison: Comparison,
  options: ReportOptions = {},
): Generator<string> {
  if (format !== 'json') {
    yield buildReport(format, comparison, options)
    return
  }
  yield* jsonReportPieces(comparison)
  yield '\n'
}

function isMany(
  comparisons: Comparison | ReadonlyArray<Comparison>,
): comparisons is ReadonlyArray<Comparison> {
  return Array.isArray(comparisons)
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}
