/** Every report Rewrite Lens writes; the app's PDF is the HTML report printed. */
export const REPORT_FORMATS = ['text', 'json', 'html', 'md', 'csv'] as const

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** True when `value` names one of {@link REPORT_FORMATS}. */
export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as ReadonlyArray<string>).includes(value)
}
