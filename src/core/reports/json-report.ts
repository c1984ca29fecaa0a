import type { Comparison } from '../types'

/** The `rewrite-lens/comparison@2` JSON of a comparison, indented by two spaces. */
export function buildJsonReport(comparison: Comparison): string {
  return JSON.stringify(comparison, null, 2)
}

/** Several comparisons as one JSON array of `rewrite-lens/comparison@2` objects. */
export function buildJsonReportForPairs(comparisons: ReadonlyArray<Comparison>): string {
  return JSON.stringify(comparisons, null, 2)
}
