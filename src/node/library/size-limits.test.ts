import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import type * as FsPromises from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { lineReading } from './file-lines'
import { IndexFile } from './library-file'
import { LEGACY_FILE_NAME, MIGRATED_LEGACY_FILE_NAME, openLibrary } from './library-store'
import { LIBRARY_SCHEMA_VERSION } from './library-schema'
import type { IndexRecord } from './library-schema'
import { indexRecord } from './fixtures/index-record'
import { readSearchCache, writeSearchCache } from './search-cache'
import { SearchIndex, encodeSearchIndex, writeSearchIndex } from './search-index'

// V8's longest string (~512 MB) and the largest file Node's readFile reads (2 GiB), scaled down to
// 8 kB so that files of a few hundred articles stand for libraries of a million or more; the
// chunks files are read in (1 MB) scaled down with them.
const LIMIT = 8192
const CHUNK_BYTES = 1024
let limited = false
let chunkBytesBefore = 0

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>()
  const readFile = async (...args: Parameters<typeof actual.readFile>): Promise<unknown> => {
    const [path] = args
    if (limited && typeof path === 'string' && (await actual.stat(path)).size > LIMIT)
      throw Object.assign(new RangeError(`File size is greater than ${LIMIT} bytes`), {
        code: 'ERR_FS_FILE_TOO_LARGE',
      })
    return actual.readFile(...args)
  }
  return { ...actual, readFile }
})

const compareTitles = new Intl.Collator(undefined, { numeric: true }).compare

const record = (n: number): IndexRecord => indexRecord(n)

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rewrite-lens-size-limits-'))
  chunkBytesBefore = lineReading.chunkBytes
  lineReading.chunkBytes = CHUNK_BYTES
  const toString = Buffer.prototype.toString
  vi.spyOn(Buffer.prototype, 'toString').mockImplementation(function (
    this: Buffer,
    ...args: unknown[]
  ) {
    const [, start = 0, end = this.byteLength] = args as [unknown, number?, number?]
    if (limited && Math.min(end, this.byteLength) - start > LIMIT)
      throw Object.assign(new Error(`Cannot create a string longer than ${LIMIT} characters`), {
        code: 'ERR_STRING_TOO_LONG',
      })
    return toString.apply(this, args as Parameters<Buffer['toString']>)
  })
})
afterEach(async () => {
  limited = false
  lineReading.chunkBytes = chunkBytesBefore
  vi.restoreAllMocks()
  await rm(folder, { recursive: true, force: true })
})

describe('files that grow with the library, read past the longest string and readFile', () => {
  it('opens an index larger than both limits (not "damaged")', async () => {
    const path = join(folder, 'library-index.json')
    const records = Array.from({ length: 300 }, (_, n) => record(n))
    await new IndexFile(path, false).write({
      schemaVersion: LIBRARY_SCHEMA_VERSION,
      articles: records,
    })
    limited = true
    const file = new IndexFile(path, false)
    const data = await file.read()
    expect(file.opening).toEqual({ kind: 'opened' })
    expect(data?.articles).toEqual(records)
  })

  it('reads a search cache larger than both limits', async () => {
    const path = join(folder, 'search-cache.txt')
    const entries = new Map(
      Array.from({ length: 200 }, (_, n) => [
        n.toString(16).padStart(64, '0'),
        `words of text ${n} kursk ceasefire`,
      ]),
    )
    await writeSearchCache(path, entries)
    limited = true
    const cached = await readSearchCache(path, new Set(entries.keys()))
    expect(cached.entries).toEqual(entries)
    expect(cached.stale).toBe(0)
  })

  it("reads a search index whose file passes readFile's limit and whose hashes pass the longest string", async () => {
    const path = join(folder, 'search-index.bin')
    const texts = Array.from(
      { length: 200 },
      (_, n) => [n.toString(16).padStart(64, '0'), n % 2 === 0 ? 'kursk even' : 'odd'] as const,
    )
    const slice = async (): Promise<void> => undefined
    const keep = new Set(texts.map(([hash]) => hash))
    limited = true
    const bytes = await encodeSearchIndex(null, texts, keep, slice)
    if (!bytes) throw new Error('no index encoded')
    await writeSearchIndex(path, bytes)
    const index = await SearchIndex.read(path, slice)
    expect(index?.hashes).toEqual(texts.map(([hash]) => hash))
    const found = await index?.documentsWith('kursk', slice)
    expect([...(found ?? [])]).toEqual(texts.map((_, n) => (n % 2 === 0 ? 1 : 0)))
  })

  it('migrates a library.json of version 1 larger than both limits', async () => {
    const articles = Array.from({ length: 30 }, (_, n) => {
      const { body: _body, textKey: _textKey, ...summary } = record(n)
      return { ...summary, text: `Article ${n}: ${'a sentence of the story. '.repeat(12)}` }
    })
    const file = `${JSON.stringify({ schemaVersion: 1, articles }, null, 2)}\n`
    expect(file.length).toBeGreaterThan(LIMIT)
    await writeFile(join(folder, LEGACY_FILE_NAME), file)
    limited = true
    const library = await openLibrary({ dataDir: folder, seedsDir: join(folder, 'no-seeds') })
    try {
      expect(library.status()).toMatchObject({ articleCount: 30, notice: null, readOnly: false })
      expect((await library.get('id-29')).text).toBe(articles[29]?.text)
      expect(await readdir(folder)).toContain(MIGRATED_LEGACY_FILE_NAME)
    } finally {
      await library.close()
    }
  })

  it('replays a change log larger than both limits (one large import)', async () => {
    const dataDir = join(folder, 'data')
    const seedsDir = join(folder, 'no-seeds')
    const library = await openLibrary({ dataDir, seedsDir })
    const imported = Array.from({ length: 40 }, (_, n) => ({
      title: `Imported ${n}`,
      source: 'Wire',
      url: '',
      publishedAt: '',
      fileName: `imported-${n}.txt`,
      format: 'txt' as const,
      text: `Imported text ${n}: ${'a sentence of the story. '.repeat(4)}`,
    }))
    await library.add(imported)
    await library.close()
    limited = true
    const reopened = await openLibrary({ dataDir, seedsDir })
    try {
      expect(reopened.status()).toMatchObject({ articleCount: 40, notice: null })
      const titles = (await reopened.list('', 'title')).map((summary) => summary.title)
      expect(titles).toEqual(imported.map((article) => article.title).sort(compareTitles))
    } finally {
      await reopened.close()
    }
  })
})
