import { describe, expect, it } from 'vitest'
import type { ReportChange } from './report-changes'
import { quoteMarks } from './report-changes'

const change = (fields: Partial<ReportChange>): ReportChange => ({
  category: 'quote',
  item: 0,
  status: 'paraphrased',
  kind: null,
  speaker: null,
  unquoted: null,
  left: null,
  right: null,
  tokens: null,
  row: null,
  ...fields,
})

describe('quoteMarks', () => {
  it('never puts a paraphrase’s reported speech, or a diff that holds it, in quotation marks', () => {
    const paraphrase = change({ unquoted: 'right' })
    expect(quoteMarks(paraphrase, 'left')).toEqual(['“', '”'])
    expect(quoteMarks(paraphrase, 'right')).toEqual(['', ''])
    expect(quoteMarks(paraphrase, null)).toEqual(['', ''])
    expect(quoteMarks(change({ status: 'altered' }), null)).toEqual(['“', '”'])
    expect(quoteMarks(change({ category: 'fact' }), 'left')).toEqual(['', ''])
  })
})
