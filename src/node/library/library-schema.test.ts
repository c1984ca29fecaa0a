import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { linesOfFile } from './file-lines'
import {
  indexPieces,
  parseIndex,
  parseIndexLines,
  parseLegacyLibrary,
  parseLegacyLines,
  serializeIndexInSlices,
  serializeRecord,
} from './library-schema'
import type { IndexRecord } from './library-schema'
import { indexRecord } from './fixtures/index-record'

const record = (n: number): IndexRecord => indexRecord(n)

const indexText = (lines: ReadonlyArray<string>): string => indexPieces(lines).join('')

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rewrite-lens-schema-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

// The text written to a file and read back in chunks of 16 bytes (lines span chunks).
async function parsedLines(
  text: string,
  pause: () => Promise<void> = async () => undefined,
): Promise<ReturnType<typeof parseIndex> | 'other-layout'> {
  const path = join(folder, 'index.json')
  await writeFile(path, text)
  return parseIndexLines(linesOfFile(path, 16), pause)
}

describe('parseIndexLines', () => {
  it('reads the index this program writes a line at a time, pausing between groups of lines', async () => {
    const lines = Array.from({ length: 200 }, (_, n) => serializeRecord(record(n)))
    lines[7] = '{"id":7}'
    let pauses = 0
    const parsed = await parsedLines(indexText(lines), async () => {
      pauses += 1
    })
    expect(parsed).toEqual(parseIndex(indexText(lines)))
    if (parsed === 'other-layout') return
    expect(parsed.status === 'ok' && parsed.records).toHaveLength(199)
    expect(parsed.status === 'ok' && parsed.rejected.records).toEqual([{ id: 7 }])
    expect(pauses).toBeGreaterThanOrEqual(3)
  })

  it('gives what parseIndex gives for an empty, hand-edited, cut or newer file, or says to parse it whole', async () => {
    const pretty = JSON.stringify({ schemaVersion: 3, articles: [record(1)] }, null, 2)
    const newer = indexText([serializeRecord(record(1))]).replace(
      '"schemaVersion":3',
      '"schemaVersion":9',
    )
    const cut = indexText([serializeRecord(record(1)), serializeRecord(record(2))])
    const texts = [
      indexText([]),
      pretty,
      `\uFEFF${pretty}`,
      `\uFEFF${cut}`,
      newer,
      cut.slice(0, 90),
    ]
    for (const text of [...texts, '', cut.replace('},\n', '}\n'), `${cut}\n`, `${cut}x`]) {
      const parsed = await parsedLines(text)
      expect(parsed === 'other-layout' ? parseIndex(text) : parsed).toEqual(parseIndex(text))
    }
    // The layout this program writes (even after a byte order mark) is read line by line.
    for (const text of [indexText([]), newer, cut, `\uFEFF${cut}`])
      expect(await parsedLines(text)).not.toBe('other-layout')
    // A file laid out otherwise (indented by hand, or empty) is left to the whole-text parser.
    for (const text of [pretty, `\uFEFF${pretty}`, ''])
      expect(await parsedLines(text)).toBe('other-layout')
  })
})

describe('parseLegacyLines', () => {
  it('reads a library.json as earlier versions wrote it one article at a time, as parseLegacyLibrary reads it whole', async () => {
    const article = (n: number): Record<string, unknown> => ({
      ...record(n),
      text: `Text ${n}, with "quotes",\nlines and a } brace`,
      extra: { nested: [1, { deeper: true }] },
    })
    const written = (articles: ReadonlyArray<unknown>): string =>
      `${JSON.stringify({ schemaVersion: 1, articles }, null, 2)}\n`
    const path = join(folder, 'library.json')
    const read = async (text: string): Promise<ReturnType<typeof parseLegacyLibrary> | string> => {
      await writeFile(path, text)
      return parseLegacyLines(linesOfFile(path, 16))
    }
    const many = written([article(1), { id: 'no text' }, article(2), article(3)])
    for (const text of [written([]), written([article(1)]), many, `\uFEFF${many}`, many.trim()]) {
      const parsed = await read(text)
      expect(parsed).not.toBe('other-layout')
      expect(parsed).toEqual(parseLegacyLibrary(text))
    }
    expect(await read(many)).toMatchObject({
      status: 'ok',
      rejected: { records: [{ id: 'no text' }] },
    })
    // Other layouts (compact, unversioned, newer, cut short) are parsed whole instead.
    const others = [
      JSON.stringify({ schemaVersion: 1, articles: [article(1)] }),
      JSON.stringify([article(1)], null, 2),
      many.replace('"schemaVersion": 1', '"schemaVersion": 2'),
      many.slice(0, -40),
    ]
    for (const text of others) expect(await read(text)).toBe('other-layout')
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
