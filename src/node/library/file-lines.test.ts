import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { linesOfFile } from './file-lines'
import type { LineBatch } from './file-lines'

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rewrite-lens-lines-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

async function batchesOf(text: string, chunkBytes: number): Promise<ReadonlyArray<LineBatch>> {
  const path = join(folder, 'lines.txt')
  await writeFile(path, text)
  const batches: LineBatch[] = []
  for await (const batch of linesOfFile(path, chunkBytes)) batches.push(batch)
  return batches
}

describe('linesOfFile', () => {
  it('gives every line whole, however chunks cut the characters, and counts every byte', async () => {
    // Two-, three- and four-byte characters at every offset against chunk edges of 1 to 8 bytes.
    const lines = ['é', 'Ωmega “quoted”', '', '😀 emoji', '\uFEFFbom inside', 'plain', 'ça → là']
    for (const ending of ['\n', '']) {
      const text = lines.join('\n') + ending
      for (let chunkBytes = 1; chunkBytes <= 8; chunkBytes += 1) {
        const batches = await batchesOf(text, chunkBytes)
        expect(batches.flatMap((batch) => batch.lines)).toEqual(lines)
        expect(batches.reduce((sum, batch) => sum + batch.bytes, 0)).toBe(Buffer.byteLength(text))
        // Only a last line without its newline (a write cut short) is marked as not ended.
        expect(batches.map((batch) => batch.ended)).toEqual(
          batches.map((_, at) => ending === '\n' || at < batches.length - 1),
        )
      }
    }
  })

  it('keeps a byte order mark and carriage returns for its callers to read', async () => {
    const batches = await batchesOf('\uFEFF{"a":1}\r\nsecond\r\n', 4)
    expect(batches.flatMap((batch) => batch.lines)).toEqual(['\uFEFF{"a":1}\r', 'second\r'])
  })

  it('gives nothing for an empty file and throws the system error for a missing one', async () => {
    expect(await batchesOf('', 8)).toEqual([])
    const missing = linesOfFile(join(folder, 'missing.txt'))
    await expect(missing.next()).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
