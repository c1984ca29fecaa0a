import { describe, expect, it } from 'vitest'
import { COMPARISON_SCHEMA } from '../types'
import { buildJsonReport, buildJsonReportForPairs, jsonReportPieces } from './json-report'
import { compareSmallTexts, handMadeComparison } from './report-fixtures'

describe('buildJsonReport', () => {
  it('is the comparison itself, indented by two spaces', () => {
    const comparison = handMadeComparison()
    const json = buildJsonReport(comparison)
    expect(JSON.parse(json)).toEqual(comparison)
    expect(json.split('\n')[1]).toBe(`  "schema": "${COMPARISON_SCHEMA}",`)
  })

  it('has exactly the top-level fields of rewrite-lens/comparison@2', () => {
    const parsed = JSON.parse(buildJsonReport(compareSmallTexts(['A line.'], ['A line!'])))
    expect(Object.keys(parsed).sort()).toEqual([
      'facts',
      'left',
      'links',
      'options',
      'quotes',
      'right',
      'rows',
      'schema',
      'stats',
      'titles',
    ])
    expect(Object.keys(parsed.left).sort()).toEqual(['direction', 'paragraphs', 'path', 'title'])
  })
})

describe('buildJsonReportForPairs', () => {
  it('is an array of comparison@2 objects', () => {
    const pairs = [handMadeComparison(), compareSmallTexts(['A line.'], ['A line!'])]
    const parsed = JSON.parse(buildJsonReportForPairs(pairs)) as ReadonlyArray<{ schema: string }>
    expect(parsed).toEqual(pairs)
    expect(parsed.map((comparison) => comparison.schema)).toEqual([
      COMPARISON_SCHEMA,
      COMPARISON_SCHEMA,
    ])
  })
})

describe('jsonReportPieces', () => {
  it('concatenates to the JSON report exactly', () => {
    for (const comparison of [
      handMadeComparison(),
      compareSmallTexts(['A line.'], ['A line!']),
      compareSmallTexts([], []),
      compareSmallTexts(['“Positive,” he said on 3 March.'], ['“Upbeat,” he said on 4 March.']),
    ]) {
      expect([...jsonReportPieces(comparison)].join('')).toBe(buildJsonReport(comparison))
    }
  })
})
