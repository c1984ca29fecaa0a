export { buildTextReport } from './text-report'
export type { TextReportOptions } from './text-report'
export { buildHtmlReport, buildHtmlReportForPairs } from './html-report'
export type { HtmlReportOptions } from './html-report'
export { buildMarkdownReport, buildMarkdownReportForPairs, escapeMarkdown } from './markdown-report'
export {
  buildCsvReport,
  buildCsvReportForPairs,
  csvCell,
  CSV_ARTICLE_COLUMNS,
  CSV_COLUMNS,
  CSV_PAIR_COLUMNS,
} from './csv-report'
export { buildJsonReport, buildJsonReportForPairs } from './json-report'
export { escapeHtml } from './html-escape'
export {
  describeSide,
  formatSimilarity,
  nameSide,
  withProvenance,
  SIMILARITY_EXPLAINED,
} from './report-articles'
export type { SideDetail, SideName } from './report-articles'
export { sanitizeForTerminal } from './text-layout'
export { describeMoveOrigin } from './report-rows'
export { collectChanges } from './report-changes'
export type { ReportChange, ReportChanges } from './report-changes'
export { buildReport, reportPieces } from './build-report'
export type { ReportOptions } from './build-report'
export { isReportFormat, REPORT_FORMATS } from './report-format'
export type { ReportFormat } from './report-format'
