import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { IndexFile } from './library-file'
import { LIBRARY_SCHEMA_VERSION, joinIndex, serializeRecord } from './library-schema'
import type { IndexRecord } from './library-schema'
import { indexRecord } from './fixtures/index-record'

const record = (n: number): IndexRecord => indexRecord(n, { label: n % 3 === 0 ? 'v1' : '' })

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rewrite-lens-index-file-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('IndexFile.write', () => {
  it('serialises the records in slices into the same file a write in one piece gives', async () => {
    const path = join(folder, 'library-index.json')
    let pauses = 0
    // Each pause lets the event loop run, as the real slicer does when a slice is used up.
    const file = new IndexFile(path, false, () => async () => {
      pauses += 1
      await new Promise((resolve) => setImmediate(resolve))
    })
    const records = Array.from({ length: 300 }, (_, n) => record(n))
    await file.write({ schemaVersion: LIBRARY_SCHEMA_VERSION, articles: records })
    expect(await readFile(path, 'utf8')).toBe(joinIndex(records.map(serializeRecord)))
    expect(pauses).toBeGreaterThanOrEqual(records.length)

    // A record changed since (a new object, as every change makes) is written as it is now.
    const changed = [...records.slice(0, 5), { ...record(5), label: 'edited' }, ...records.slice(6)]
    await file.write({ schemaVersion: LIBRARY_SCHEMA_VERSION, articles: changed })
    expect(await readFile(path, 'utf8')).toBe(joinIndex(changed.map(serializeRecord)))
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(joinIndex(records.map(serializeRecord)))
  })
})
