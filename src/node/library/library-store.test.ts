import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportedArticle } from '../importers/import-file'
import type * as atomicWrite from './atomic-write'
import { TEMP_FILE_MARK, writeFileAtomic } from './atomic-write'
import { LIBRARY_SCHEMA_VERSION } from './library-schema'
import { LIBRARY_FILE_NAME, openLibrary } from './library-store'

// Wrapped so a test can make one save fail, as a full disk would.
vi.mock('./atomic-write', async (importOriginal) => {
  const original = await importOriginal<typeof atomicWrite>()
  return { ...original, writeFileAtomic: vi.fn(original.writeFileAtomic) }
})

const SEEDS = join(__dirname, '..', '..', '..', 'seeds')
let dataDir = ''
let noSeeds = ''
const libraryPath = (): string => join(dataDir, LIBRARY_FILE_NAME)

function article(
  title: string,
  text: string,
  extra: Partial<ImportedArticle> = {},
): ImportedArticle {
  return {
    title,
    source: '',
    url: '',
    publishedAt: '',
    fileName: `${title.toLowerCase().replace(/\W+/g, '-')}.txt`,
    format: 'txt',
    text,
    ...extra,
  }
}

const open = (seedsDir = noSeeds) => openLibrary({ dataDir, seedsDir })
const titles = async (): Promise<ReadonlyArray<string>> =>
  (await open()).list('', 'title').map((summary) => summary.title)
const filesInDataDir = async (): Promise<ReadonlyArray<string>> => (await readdir(dataDir)).sort()

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rewrite-lens-library-'))
  noSeeds = join(dataDir, 'no-seeds-here')
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

describe('first run', () => {
  it('starts with the seed articles, titled by their first line, and saves them', async () => {
    const library = await open(SEEDS)
    const seeds = library.list('', 'imported')
    expect(seeds).toHaveLength(5)
    expect(seeds.every((seed) => seed.format === 'seed' && seed.wordCount > 100)).toBe(true)
    const first = library.get(seeds.find((seed) => seed.fileName.startsWith('000_'))!.id)
    expect(first.title).toBe(first.text.split('\n')[0])
    expect(library.status()).toEqual({ articleCount: 5, notice: null, dataDir })
    expect(await filesInDataDir()).toEqual([LIBRARY_FILE_NAME])
  })

  it('does not bring the seeds back once the user deleted them', async () => {
    const library = await open(SEEDS)
    for (const seed of library.list('', 'title')) await library.remove(seed.id)
    expect((await open(SEEDS)).status().articleCount).toBe(0)
  })
})

describe('saving', () => {
  it('keeps articles across openings and the previous file as the backup', async () => {
    const library = await open()
    await library.add([article('First', 'One text.')])
    await library.add([article('Second', 'Another text.')])
    expect(await titles()).toEqual(['First', 'Second'])
    const backup = JSON.parse(await readFile(`${libraryPath()}.bak`, 'utf8'))
    expect(backup.articles.map((stored: { title: string }) => stored.title)).toEqual(['First'])
    expect(JSON.parse(await readFile(libraryPath(), 'utf8')).schemaVersion).toBe(
      LIBRARY_SCHEMA_VERSION,
    )
  })

  it('lands both of two imports made at the same time', async () => {
    const library = await open()
    const [a, b] = await Promise.all([
      library.add([article('Alpha', 'Alpha text.')]),
      library.add([article('Beta', 'Beta text.'), article('Gamma', 'Gamma text.')]),
    ])
    expect(a.added.map((s) => s.title)).toEqual(['Alpha'])
    expect(b.added.map((s) => s.title)).toEqual(['Beta', 'Gamma'])
    expect(await titles()).toEqual(['Alpha', 'Beta', 'Gamma'])
  })

  it('keeps the library as it was when a save fails, and says what to check', async () => {
    const library = await open()
    await library.add([article('Kept', 'Kept text.')])
    vi.mocked(writeFileAtomic).mockRejectedValueOnce(
      Object.assign(new Error('disk full'), { code: 'ENOSPC' }),
    )
    await expect(library.add([article('Lost', 'Lost text.')])).rejects.toThrow(
      `The library could not be saved (ENOSPC); check the free space and permissions of ${dataDir}.`,
    )
    expect(library.list('', 'title').map((s) => s.title)).toEqual(['Kept'])
    await library.add([article('Next', 'Next text.')])
    expect(await titles()).toEqual(['Kept', 'Next'])
  })

  it('flush waits for every queued change, including one queued while it waits', async () => {
    const library = await open()
    await library.add([article('Draft', 'Draft text.')])
    const [draft] = library.list('', 'title')
    // Not awaited: what a quit right after an edit sees.
    void library.update(draft?.id ?? '', { title: 'Edited' })
    const flushed = library.flush()
    void library.add([article('Late', 'Queued during the flush.')])
    await flushed
    expect(await titles()).toEqual(['Edited', 'Late'])
  })

  it('flush settles even when a queued save fails', async () => {
    const library = await open()
    vi.mocked(writeFileAtomic).mockRejectedValueOnce(
      Object.assign(new Error('disk full'), { code: 'ENOSPC' }),
    )
    const failing = library.add([article('Lost', 'Lost text.')])
    await expect(library.flush()).resolves.toBeUndefined()
    await expect(failing).rejects.toThrow(/ENOSPC/)
  })

  it('survives a crash between the temp write and the rename', async () => {
    const library = await open()
    await library.add([article('Kept', 'Kept text.')])
    // What a crash leaves: a half-written temp file beside the last complete library file.
    const leftover = join(dataDir, `${TEMP_FILE_MARK}${LIBRARY_FILE_NAME}-4242-crash`)
    await writeFile(leftover, '{"schemaVersion":1,"articles":[{"id":"x","ti')
    const reopened = await open()
    expect(reopened.list('', 'title').map((s) => s.title)).toEqual(['Kept'])
    expect(reopened.status().notice).toBeNull()
    expect(await filesInDataDir()).not.toContain(leftover.slice(dataDir.length + 1))
  })
})

describe('a damaged library file is set aside and the backup opened', () => {
  const damages: ReadonlyArray<[string, (good: string) => string, string]> = [
    ['corrupt', () => 'this is not JSON at all', 'it is cut short or is not valid JSON'],
    [
      'truncated',
      (good) => good.slice(0, Math.floor(good.length / 2)),
      'it is cut short or is not valid JSON',
    ],
    ['empty', () => '', 'it is empty'],
    ['null', () => 'null', 'it holds no library data'],
    ['malformed', () => '{"schemaVersion":1,"articles":[{"id":7}]}', 'its articles are malformed'],
  ]

  it.each(damages)('%s file', async (_name, damage, reason) => {
    const library = await open()
    await library.add([article('Old', 'Old text.')])
    await library.add([article('New', 'New text.')])
    const damaged = damage(await readFile(libraryPath(), 'utf8'))
    await writeFile(libraryPath(), damaged)

    const reopened = await open()
    expect(reopened.list('', 'title').map((s) => s.title)).toEqual(['Old'])
    const notice = reopened.status().notice ?? ''
    expect(notice).toMatch(
      new RegExp(
        `^The library file could not be read \\(${reason}\\), so it was kept as library\\.json\\.damaged-[\\dTZ-]+ and the backup from [\\d-]+ [\\d:]+ UTC was opened; check that your latest changes are there\\.$`,
      ),
    )
    const aside = (await filesInDataDir()).find((name) => name.includes('.damaged-'))!
    expect(await readFile(join(dataDir, aside), 'utf8')).toBe(damaged)
    // A good library file is back in place, so the next opening is quiet.
    expect((await open()).status().notice).toBeNull()
  })

  it('starts empty with a notice, never the seeds, when the backup is unusable too', async () => {
    await writeFile(libraryPath(), '{"schemaVersion":1,"articles":[')
    await writeFile(`${libraryPath()}.bak`, 'null')
    const library = await open(SEEDS)
    expect(library.status().articleCount).toBe(0)
    expect(library.status().notice).toMatch(
      /^The library file could not be read \(it is cut short or is not valid JSON\), so it was kept as library\.json\.damaged-\S+ and no usable backup was found \(the damaged backup is kept as library\.json\.bak\.damaged-\S+\); import your articles again or restore that file by hand\.$/,
    )
    expect((await filesInDataDir()).filter((name) => name.includes('.damaged-'))).toHaveLength(2)
  })

  it('opens the backup when the library file is missing', async () => {
    const library = await open()
    await library.add([article('Old', 'Old text.')])
    await library.add([article('New', 'New text.')])
    await rm(libraryPath())
    const reopened = await open(SEEDS)
    expect(reopened.list('', 'title').map((s) => s.title)).toEqual(['Old'])
    expect(reopened.status().notice).toMatch(/^The library file was missing and the backup from /)
  })
})

describe('schema versions', () => {
  it('migrates an unversioned file and keeps the original as the backup', async () => {
    const legacy = JSON.stringify([
      { id: 'a1', title: 'Legacy', text: 'Two words.' },
      { text: 'Untitled first line\nsecond line', format: 'html', url: 'https://example.org/x' },
    ])
    await writeFile(libraryPath(), legacy)
    const library = await open()
    expect(library.status().notice).toBeNull()
    const migrated = library.list('', 'title')
    expect(migrated.map((s) => [s.id, s.title, s.format, s.wordCount, s.url])).toEqual([
      ['a1', 'Legacy', 'txt', 2, ''],
      ['migrated-2', 'Untitled first line', 'html', 5, 'https://example.org/x'],
    ])
    expect(JSON.parse(await readFile(libraryPath(), 'utf8')).schemaVersion).toBe(1)
    expect(await readFile(`${libraryPath()}.bak`, 'utf8')).toBe(legacy)
  })

  it('opens a newer library read-only and never writes it', async () => {
    const newer = JSON.stringify({
      schemaVersion: LIBRARY_SCHEMA_VERSION + 1,
      articles: [],
      futureField: true,
    })
    await writeFile(libraryPath(), newer)
    const library = await open()
    expect(library.status().notice).toBe(
      'This library was saved by a newer version of Rewrite Lens; update the app to make changes (nothing is saved until then).',
    )
    await expect(library.add([article('X', 'Y.')])).rejects.toThrow(/newer version/)
    expect(await readFile(libraryPath(), 'utf8')).toBe(newer)
  })
})

describe('duplicates, delete and undo, editing', () => {
  it('skips text already in the library, ignoring quote style, case and line breaks', async () => {
    const library = await open()
    await library.add([article('Original', '“Hello,” she said.\nIt’s done.')])
    const report = await library.add([
      article('Copy', '"hello," SHE said.\r\n\r\nIt\'s   done.', { fileName: 'copy.txt' }),
      article('Fresh', 'Something else.'),
      article('Fresh again', 'Something  else.', { fileName: 'fresh-again.txt' }),
    ])
    expect(report.added.map((s) => s.title)).toEqual(['Fresh'])
    expect(report.duplicates).toEqual([
      { fileName: 'copy.txt', existingTitle: 'Original' },
      { fileName: 'fresh-again.txt', existingTitle: 'Fresh' },
    ])
  })

  it('deletes with an undo token that restores the article in its place, once', async () => {
    const library = await open()
    await library.add([article('A', 'a.'), article('B', 'b.'), article('C', 'c.')])
    const b = library.list('b', 'title')[0]!
    const { undoToken } = await library.remove(b.id)
    expect(await titles()).toEqual(['A', 'C'])
    expect((await library.restore(undoToken)).id).toBe(b.id)
    expect(
      (await open())
        .list('', 'imported')
        .map((s) => s.title)
        .sort(),
    ).toEqual(['A', 'B', 'C'])
    await expect(library.restore(undoToken)).rejects.toThrow(
      'That delete can no longer be undone; import the article again.',
    )
  })

  it('edits metadata and refuses values it cannot store', async () => {
    const library = await open()
    const [added] = (await library.add([article('Draft', 'Text.', { byline: 'Ann' })])).added
    const updated = await library.update(added!.id, {
      title: '  Final   title ',
      source: 'The Courier',
      url: 'https://courier.example/a',
      publishedAt: '2025-03-11',
      byline: '',
    })
    expect(updated).toMatchObject({
      title: 'Final title',
      source: 'The Courier',
      url: 'https://courier.example/a',
      publishedAt: '2025-03-11',
    })
    expect(updated.byline).toBeUndefined()
    await expect(library.update(added!.id, { url: 'javascript:alert(1)' })).rejects.toThrow(
      'Enter a web address that starts with http:// or https://.',
    )
    await expect(library.update(added!.id, { publishedAt: 'last Tuesday' })).rejects.toThrow(
      'Enter the published date as YYYY-MM-DD.',
    )
    await expect(library.update(added!.id, { title: ' ' })).rejects.toThrow(
      'Give the article a title.',
    )
    const labelled = await library.update(added!.id, { label: '  after   legal ' })
    expect(labelled).toMatchObject({ label: 'after legal', title: 'Final title' })
    expect((await open()).get(added!.id).label).toBe('after legal')
    await expect(library.update('gone', { title: 'X' })).rejects.toThrow(
      'That article is no longer in the library; refresh the list.',
    )
  })
})

describe('search and sort', () => {
  it('finds every word of the search in the title or text, ignoring case and accents', async () => {
    const library = await open()
    await library.add([
      article('Café reopens', 'The café on Mill Lane reopened on Monday.', { source: 'Courier' }),
      article('Bridge closes', 'The bridge closes for repairs.', { source: 'Gazette' }),
    ])
    expect(library.list('CAFE monday', 'title').map((s) => s.title)).toEqual(['Café reopens'])
    expect(library.list('repairs', 'title').map((s) => s.title)).toEqual(['Bridge closes'])
    expect(library.list('gazette', 'title').map((s) => s.title)).toEqual(['Bridge closes'])
    expect(library.list('cafe repairs', 'title')).toEqual([])
    const [bridge] = library.list('bridge', 'title')
    await library.update(bridge!.id, { label: 'After legal' })
    expect(library.list('after LEGAL', 'title').map((s) => s.title)).toEqual(['Bridge closes'])
    expect(library.list('caf-reopens.txt', 'title').map((s) => s.title)).toEqual(['Café reopens'])
  })

  it('gives articles from files written before labels an empty label', async () => {
    await writeFile(
      libraryPath(),
      JSON.stringify({
        schemaVersion: 1,
        articles: [
          {
            id: 'old-1',
            title: 'Old',
            source: '',
            url: '',
            publishedAt: '',
            importedAt: '2025-01-01T00:00:00.000Z',
            fileName: 'old.txt',
            format: 'txt',
            wordCount: 2,
            text: 'Old text.',
          },
        ],
      }),
    )
    const library = await open()
    expect(library.list('', 'label')).toEqual([expect.objectContaining({ id: 'old-1', label: '' })])
  })

  it('sorts by date (unknown last), title, source and import time', async () => {
    const library = await open()
    await library.add([article('b', 'one.', { publishedAt: '2024-01-02', source: 'Zeta' })])
    await library.add([article('A', 'two.', { publishedAt: '', source: '' })])
    await library.add([
      article('c', 'three.', { publishedAt: '2025-05-01T10:00:00Z', source: 'Alpha' }),
    ])
    const order = (sort: 'date' | 'title' | 'source' | 'imported'): string =>
      library
        .list('', sort)
        .map((s) => s.title)
        .join(' ')
    expect(order('date')).toBe('c b A')
    expect(order('title')).toBe('A b c')
    expect(order('source')).toBe('c b A')
    expect(order('imported')).toBe('c A b')
  })
})
