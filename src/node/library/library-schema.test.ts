import { describe, expect, it } from 'vitest'
import {
  indexPieces,
  parseIndex,
  parseIndexInSlices,
  serializeIndexInSlices,
  serializeRecord,
} from './library-schema'
import type { IndexRecord } from './library-schema'

const HASH = 'a'.repeat(64)

function record(n: number): IndexRecord {
  return {
    id: `id-${n}`,
    title: `Title, with "quotes" and a comma, ${n}`,
    source: '',
    url: '',
    publishedAt: '',
    importedAt: '2026-01-01T00:00:00.000Z',
    fileName: `f${n}.txt`,
    format: 'txt',
    wordCount: n,
    label: '',
    body: HASH,
    textKey: HASH,
  }
}

const indexText = (lines: ReadonlyArray<string>): string => indexPieces(lines).join('')

describe('parseIndexInSlices', () => {
  it('reads the index this program writes a line at a time, pausing between groups of lines', async () => {
    const lines = Array.from({ length: 200 }, (_, n) => serializeRecord(record(n)))
    lines[7] = '{"id":7}'
    let pauses = 0
    const parsed = await parseIndexInSlices(indexText(lines), async () => {
      pauses += 1
    })
    expect(parsed).toEqual(parseIndex(indexText(lines)))
    expect(parsed.status === 'ok' && parsed.records).toHaveLength(199)
    expect(parsed.status === 'ok' && parsed.rejected.records).toEqual([{ id: 7 }])
    expect(pauses).toBeGreaterThanOrEqual(3)
  })

  it('gives what parseIndex gives for an empty, hand-edited, cut or newer file', async () => {
    const pretty = JSON.stringify({ schemaVersion: 3, articles: [record(1)] }, null, 2)
    const newer = indexText([serializeRecord(record(1))]).replace(
      '"schemaVersion":3',
      '"schemaVersion":9',
    )
    const cut = indexText([serializeRecord(record(1)), serializeRecord(record(2))])
    for (const text of [indexText([]), pretty, `\uFEFF${pretty}`, newer, cut.slice(0, 90), '']) {
      expect(await parseIndexInSlices(text, async () => undefined)).toEqual(parseIndex(text))
    }
  })
})

describe('serializeIndexInSlices', () => {
  it('gives the text indexPieces gives, pausing after each record', async () => {
    for (const count of [0, 1, 2, 130]) {
      const records = Array.from({ length: count }, (_, n) => record(n))
      let pauses = 0
      let text = ''
      for await (const piece of serializeIndexInSlices(records, async () => {
        pauses += 1
      }))
        text += piece
      expect(text).toBe(indexText(records.map(serializeRecord)))
      expect(pauses).toBe(count)
    }
  })
})
