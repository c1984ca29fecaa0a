import { describe, expect, it } from 'vitest'
import { buildCsvReport, buildCsvReportForPairs, csvCell } from './csv-report'
import {
  compareSmallTexts,
  handMadeComparison,
  withParts,
  withLeftKind,
  sideAt,
} from './report-fixtures'

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(csv: string): ReadonlyArray<ReadonlyArray<string>> {
  // A spreadsheet reads the byte order mark as the encoding, not as text.
  const text = csv.replace(/^\uFEFF/, '')
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      record.push(cell)
      cell = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(cell)
      records.push(record)
      record = []
      cell = ''
      i++
    } else cell += char
  }
  return records
}

const ARTICLES = [
  'Talks set for Moscow (file: left.txt)',
  'Talks set for Moscow next week (file: right.txt)',
]

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)")
    expect(csvCell('+1 555')).toBe("'+1 555")
    expect(csvCell('-5%')).toBe("'-5%")
    expect(csvCell('@cmd')).toBe("'@cmd")
    expect(csvCell('\tx')).toBe("'\tx")
    expect(csvCell('\rx')).toBe('"\'\rx"')
    expect(csvCell('a = b')).toBe('a = b')
  })

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"')
    expect(csvCell('plain')).toBe('plain')
  })
})

describe('buildCsvReport', () => {
  const records = parseCsv(buildCsvReport(handMadeComparison()))

  it('starts with a UTF-8 byte order mark, so Excel reads the text as UTF-8', () => {
    expect(buildCsvReport(handMadeComparison()).startsWith('\uFEFFcategory,')).toBe(true)
    expect(buildCsvReportForPairs([handMadeComparison()]).startsWith('\uFEFFpair,')).toBe(true)
  })

  it('names both articles on every record, by title and file', () => {
    expect(records[0]?.slice(-2)).toEqual(['left_article', 'right_article'])
    for (const record of records.slice(1))
      expect(record.slice(-2)).toEqual([
        'Talks set for Moscow (file: left.txt)',
        'Talks set for Moscow next week (file: right.txt)',
      ])
  })

  it('has the documented header and CRLF records of equal width', () => {
    expect(records[0]).toEqual([
      'category',
      'status',
      'left_paragraph',
      'left_text',
      'right_paragraph',
      'right_text',
      'kind',
      'speaker',
      'note',
      'left_article',
      'right_article',
    ])
    expect(records.every((record) => record.length === 11)).toBe(true)
    expect(buildCsvReport(handMadeComparison()).endsWith('\r\n')).toBe(true)
  })

  it('has one record per changed row, quote, fact and title', () => {
    const summary = records.slice(1).map((record) => record.slice(0, 3).join(' '))
    expect(summary).toEqual([
      'paragraph changed 0',
      'paragraph moved 2',
      'paragraph changed 1',
      'paragraph removed 3',
      'paragraph added ',
      'quote altered 1',
      'fact changed 2',
      'title changed 0',
    ])
    expect(records).toContainEqual([
      'paragraph',
      'moved',
      '2',
      'The ceasefire would last 30 days.',
      '1',
      'The ceasefire would last 60 days.',
      '',
      '',
      'originally after ¶1',
      ...ARTICLES,
    ])
    expect(records).toContainEqual([
      'quote',
      'altered',
      '1',
      'urgent',
      '2',
      'vital',
      '',
      'Officials',
      '',
      ...ARTICLES,
    ])
    expect(records).toContainEqual([
      'fact',
      'changed',
      '2',
      '30 days',
      '1',
      '60 days',
      'number',
      '',
      '',
      ...ARTICLES,
    ])
  })

  it('neutralises formula-like article text inside the report', () => {
    const comparison = withParts(compareSmallTexts(['=HYPERLINK("http://x")'], ['@SUM(1)']), {
      facts: [
        {
          kind: 'number',
          status: 'changed',
          left: sideAt(0, 0, '-40%'),
          right: sideAt(0, 0, '+3'),
        },
      ],
    })
    const cells = parseCsv(buildCsvReport(comparison)).flat()
    expect(cells).toContain('\'=HYPERLINK("http://x")')
    expect(cells).toContain("'@SUM(1)")
    expect(cells).toContain("'-40%")
    expect(cells).toContain("'+3")
    expect(cells.some((cell) => /^[=+\-@]/.test(cell))).toBe(false)
  })
})

describe('buildCsvReport: boilerplate', () => {
  it('leaves out rows made only of boilerplate', () => {
    const comparison = withLeftKind(handMadeComparison(), 3, 'boilerplate')
    const statuses = parseCsv(buildCsvReport(comparison)).map((record) => record[1])
    expect(statuses).not.toContain('removed')
  })
})

describe('buildCsvReportForPairs', () => {
  it('adds pair columns in front and numbers the pairs', () => {
    const records = parseCsv(buildCsvReportForPairs([handMadeComparison(), handMadeComparison()]))
    expect(records[0]?.slice(0, 4)).toEqual(['pair', 'left_article', 'right_article', 'category'])
    expect(records.slice(1).map((record) => record[0])).toEqual([
      ...Array(8).fill('1'),
      ...Array(8).fill('2'),
    ])
    expect(records[1]?.slice(1, 3)).toEqual(ARTICLES)
  })
})
