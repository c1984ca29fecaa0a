import { spawn } from 'node:child_process'
import {
  appendFile,
  chmod,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportedArticle } from '../importers/import-file'
import type * as atomicWrite from './atomic-write'
import { TEMP_FILE_MARK, appendFileDurably, writeFileAtomic } from './atomic-write'
import { compareArticlesFor } from './article-query'
import { CHANGE_LOG_FILE_NAME } from './change-log'
import { LIBRARY_SCHEMA_VERSION } from './library-schema'
import {
  INDEX_FILE_NAME,
  LEGACY_FILE_NAME,
  MIGRATED_LEGACY_FILE_NAME,
  openLibrary,
} from './library-store'
import type { LibraryStore } from './library-store'

// Wrapped so a test can make one save fail, as a full disk would.
vi.mock('./atomic-write', async (importOriginal) => {
  const original = await importOriginal<typeof atomicWrite>()
  return {
    ...original,
    writeFileAtomic: vi.fn(original.writeFileAtomic),
    appendFileDurably: vi.fn(original.appendFileDurably),
  }
})

const SEEDS = join(__dirname, '..', '..', '..', 'seeds')
let dataDir = ''
let noSeeds = ''
const libraryPath = (): string => join(dataDir, INDEX_FILE_NAME)

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

const opened: LibraryStore[] = []
const open = async (seedsDir = noSeeds): Promise<LibraryStore> => {
  const library = await openLibrary({ dataDir, seedsDir })
  opened.push(library)
  return library
}
const titlesOf = async (library: LibraryStore, search = ''): Promise<ReadonlyArray<string>> =>
  (await library.list(search, 'title')).map((summary) => summary.title)
const titles = async (): Promise<ReadonlyArray<string>> => titlesOf(await open())
const filesInDataDir = async (): Promise<ReadonlyArray<string>> => (await readdir(dataDir)).sort()

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rewrite-lens-library-'))
  noSeeds = join(dataDir, 'no-seeds-here')
})
afterEach(async () => {
  for (const library of opened.splice(0)) await library.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('first run', () => {
  it('starts with the seed articles, titled by their first line, and saves them', async () => {
    const library = await open(SEEDS)
    const seeds = await library.list('', 'imported')
    expect(seeds).toHaveLength(5)
    expect(seeds.every((seed) => seed.format === 'seed' && seed.wordCount > 100)).toBe(true)
    const first = await library.get(seeds.find((seed) => seed.fileName.startsWith('000_'))!.id)
    expect(first.title).toBe(first.text.split('\n')[0])
    expect(library.status()).toEqual({
      articleCount: 5,
      notice: null,
      dataDir,
      readOnly: false,
      revision: 0,
    })
    expect(await filesInDataDir()).toEqual([
      'articles',
      INDEX_FILE_NAME,
      `${INDEX_FILE_NAME}.bak`,
      'library.lock',
    ])
  })

  it('does not bring the seeds back once the user deleted them', async () => {
    const library = await open(SEEDS)
    for (const seed of await library.list('', 'title')) await library.remove(seed.id)
    expect((await open(SEEDS)).status().articleCount).toBe(0)
  })
})

describe('saving', () => {
  it('keeps articles across openings and, on compaction, the previous index as the backup', async () => {
    const library = await open()
    await library.add([article('First', 'One text.')])
    await library.compact()
    await library.add([article('Second', 'Another text.')])
    await library.compact()
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
      `The library could not be saved because the disk holding ${dataDir} is full; free some space (deleting articles works) and try again.`,
    )
    expect((await library.list('', 'title')).map((s) => s.title)).toEqual(['Kept'])
    await library.add([article('Next', 'Next text.')])
    expect(await titles()).toEqual(['Kept', 'Next'])
  })

  it('flush waits for every queued change, including one queued while it waits', async () => {
    const library = await open()
    await library.add([article('Draft', 'Draft text.')])
    const [draft] = await library.list('', 'title')
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
    await expect(failing).rejects.toThrow(/is full/)
  })

  it('survives a crash between the temp write and the rename', async () => {
    const library = await open()
    await library.add([article('Kept', 'Kept text.')])
    // What a crash leaves: a half-written temp file beside the last complete library file.
    const leftover = join(dataDir, `${TEMP_FILE_MARK}${INDEX_FILE_NAME}-4242-crash`)
    await writeFile(leftover, '{"schemaVersion":2,"articles":[{"id":"x","ti')
    const reopened = await open()
    expect((await reopened.list('', 'title')).map((s) => s.title)).toEqual(['Kept'])
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
    ['no list', () => '{"schemaVersion":2,"articles":7}', 'it holds no list of articles'],
  ]

  it.each(damages)('%s file', async (_name, damage, reason) => {
    const library = await open()
    await library.add([article('Old', 'Old text.')])
    await library.compact()
    await library.add([article('New', 'New text.')])
    await library.compact()
    const damaged = damage(await readFile(libraryPath(), 'utf8'))
    await writeFile(libraryPath(), damaged)

    const reopened = await open()
    // The backup index lacks 'New', the previous change log has it: nothing is lost.
    expect((await reopened.list('', 'title')).map((s) => s.title)).toEqual(['New', 'Old'])
    const notice = reopened.status().notice ?? ''
    expect(notice).toMatch(
      new RegExp(
        `^The library file could not be read \\(${reason}\\), so it was kept as library-index\\.json\\.damaged-[\\dTZ-]+ and the backup from [\\d-]+ [\\d:]+ UTC was opened; check that your latest changes are there\\.$`,
      ),
    )
    const aside = (await filesInDataDir()).find((name) => name.includes('.damaged-'))!
    expect(await readFile(join(dataDir, aside), 'utf8')).toBe(damaged)
    // A good library file is back in place, so the next opening is quiet.
    expect((await open()).status().notice).toBeNull()
  })

  it('starts empty with a notice, never the seeds, when the backup is unusable too', async () => {
    await writeFile(libraryPath(), '{"schemaVersion":2,"articles":[')
    await writeFile(`${libraryPath()}.bak`, 'null')
    const library = await open(SEEDS)
    expect(library.status().articleCount).toBe(0)
    expect(library.status().notice).toMatch(
      /^The library file could not be read \(it is cut short or is not valid JSON\), so it was kept as library-index\.json\.damaged-\S+ and no usable backup was found \(the damaged backup is kept as library-index\.json\.bak\.damaged-\S+\); import your articles again or restore that file by hand\.$/,
    )
    expect((await filesInDataDir()).filter((name) => name.includes('.damaged-'))).toHaveLength(2)
  })

  it('opens the backup when the library file is missing', async () => {
    const library = await open()
    await library.add([article('Old', 'Old text.')])
    await library.compact()
    await library.add([article('New', 'New text.')])
    await library.compact()
    await rm(libraryPath())
    const reopened = await open(SEEDS)
    expect((await reopened.list('', 'title')).map((s) => s.title)).toEqual(['New', 'Old'])
    expect(reopened.status().notice).toMatch(/^The library file was missing and the backup from /)
  })
})

describe('schema versions', () => {
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
    const b = (await library.list('b', 'title'))[0]!
    const { undoToken } = await library.remove(b.id)
    expect(await titles()).toEqual(['A', 'C'])
    expect((await library.restore(undoToken)).id).toBe(b.id)
    expect((await (await open()).list('', 'imported')).map((s) => s.title).sort()).toEqual([
      'A',
      'B',
      'C',
    ])
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
    expect((await (await open()).get(added!.id)).label).toBe('after legal')
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
    expect((await library.list('CAFE monday', 'title')).map((s) => s.title)).toEqual([
      'Café reopens',
    ])
    expect((await library.list('repairs', 'title')).map((s) => s.title)).toEqual(['Bridge closes'])
    expect((await library.list('gazette', 'title')).map((s) => s.title)).toEqual(['Bridge closes'])
    expect(await library.list('cafe repairs', 'title')).toEqual([])
    const [bridge] = await library.list('bridge', 'title')
    await library.update(bridge!.id, { label: 'After legal' })
    expect((await library.list('after LEGAL', 'title')).map((s) => s.title)).toEqual([
      'Bridge closes',
    ])
    expect((await library.list('caf-reopens.txt', 'title')).map((s) => s.title)).toEqual([
      'Café reopens',
    ])
  })

  it('gives articles from files written before labels an empty label', async () => {
    await writeFile(
      join(dataDir, LEGACY_FILE_NAME),
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
    expect(await library.list('', 'label')).toEqual([
      expect.objectContaining({ id: 'old-1', label: '' }),
    ])
  })

  it('sorts by date (unknown last), title, source and import time', async () => {
    const library = await open()
    await library.add([article('b', 'one.', { publishedAt: '2024-01-02', source: 'Zeta' })])
    await library.add([article('A', 'two.', { publishedAt: '', source: '' })])
    await library.add([
      article('c', 'three.', { publishedAt: '2025-05-01T10:00:00Z', source: 'Alpha' }),
    ])
    const order = async (sort: 'date' | 'title' | 'source' | 'imported'): Promise<string> =>
      (await library.list('', sort)).map((s) => s.title).join(' ')
    expect(await order('date')).toBe('c b A')
    expect(await order('title')).toBe('A b c')
    expect(await order('source')).toBe('c b A')
    expect(await order('imported')).toBe('c A b')
  })
})

/** A library file as version 1 wrote it: every article with its text, indented. */
function versionOneFile(articles: ReadonlyArray<Record<string, unknown>>): string {
  return `${JSON.stringify({ schemaVersion: 1, articles }, null, 2)}\n`
}

function storedArticle(id: string, title: string, text: string): Record<string, unknown> {
  return {
    id,
    title,
    source: 'Wire',
    url: '',
    publishedAt: '2025-03-01',
    importedAt: '2025-03-02T00:00:00.000Z',
    fileName: `${id}.txt`,
    format: 'txt',
    wordCount: text.split(/\s+/).length,
    text,
  }
}

const legacyPath = (): string => join(dataDir, LEGACY_FILE_NAME)

describe('the title order', () => {
  it("is exactly the comparator's order, for numbers, accents, case, punctuation and equal titles", async () => {
    const library = await open()
    const titlesIn = ['Story 10', 'story 9', 'Café', 'cafe', 'Cafe!', '—Dash', '#1 hit', 'Zebra']
    const more = ['éclair', 'Story 9', 'story 09', 'A-Z', 'A Z', 'a:z', 'Ω', 'Story 100', 'Café']
    await library.add([...titlesIn, ...more].map((title, n) => article(title, `Text ${n}.`)))
    const listed = await library.list('', 'title')
    expect(listed.map((summary) => summary.id)).toEqual(
      [...listed].sort(compareArticlesFor('title')).map((summary) => summary.id),
    )
  })
})

describe('migration from the single-file library of version 1', () => {
  it('moves each text to its own file, keeps the old file aside, and opens quietly after', async () => {
    const file = versionOneFile([
      storedArticle('a', 'Alpha', 'Alpha text, first version.'),
      storedArticle('b', 'Beta', 'Beta text.\nSecond line.'),
    ])
    await writeFile(legacyPath(), file)
    await writeFile(`${legacyPath()}.bak`, versionOneFile([]))
    const library = await open(SEEDS)
    expect(library.status()).toMatchObject({ articleCount: 2, notice: null, readOnly: false })
    expect((await library.get('b')).text).toBe('Beta text.\nSecond line.')
    expect(await titlesOf(library, 'second line')).toEqual(['Beta'])
    const index = await readFile(libraryPath(), 'utf8')
    expect(JSON.parse(index).schemaVersion).toBe(LIBRARY_SCHEMA_VERSION)
    expect(index).not.toContain('Alpha text')
    expect(await readFile(join(dataDir, MIGRATED_LEGACY_FILE_NAME), 'utf8')).toBe(file)
    expect(await filesInDataDir()).not.toContain(LEGACY_FILE_NAME)
    expect(await filesInDataDir()).not.toContain(`${LEGACY_FILE_NAME}.bak`)
    await library.close()
    const reopened = await open(SEEDS)
    expect(reopened.status()).toMatchObject({ articleCount: 2, notice: null })
    expect((await reopened.get('a')).text).toBe('Alpha text, first version.')
  })

  it('fills in what an unversioned file lacks', async () => {
    await writeFile(
      legacyPath(),
      JSON.stringify([
        { id: 'a1', title: 'Legacy', text: 'Two words.' },
        { text: 'Untitled first line\nsecond line', format: 'html', url: 'https://example.org/x' },
      ]),
    )
    const library = await open()
    expect(library.status().notice).toBeNull()
    const migrated = await library.list('', 'title')
    expect(migrated.map((s) => [s.id, s.title, s.format, s.wordCount, s.url])).toEqual([
      ['a1', 'Legacy', 'txt', 2, ''],
      ['migrated-2', 'Untitled first line', 'html', 5, 'https://example.org/x'],
    ])
  })

  it('keeps the old file untouched and shows it read-only when the conversion cannot be saved', async () => {
    const file = versionOneFile([storedArticle('a', 'Alpha', 'Alpha text.')])
    await writeFile(legacyPath(), file)
    vi.mocked(writeFileAtomic).mockRejectedValueOnce(
      Object.assign(new Error('disk full'), { code: 'ENOSPC' }),
    )
    const library = await open()
    expect(library.status().readOnly).toBe(true)
    expect(library.status().notice).toBe(
      `The library could not be converted to this version's format (ENOSPC), so it is shown read-only and library.json is kept as it was; free some space in ${dataDir} and restart.`,
    )
    expect((await library.get('a')).text).toBe('Alpha text.')
    expect(await readFile(legacyPath(), 'utf8')).toBe(file)
    await library.close()
    const retried = await open()
    expect(retried.status()).toMatchObject({ readOnly: false, notice: null, articleCount: 1 })
  })

  it('never replaces a library file it cannot read with the seeds: keeps it aside and says so', async () => {
    const cut = versionOneFile([storedArticle('a', 'Alpha', 'Alpha text.')]).slice(0, 60)
    await writeFile(legacyPath(), cut)
    const library = await open(SEEDS)
    const kept = (await filesInDataDir()).find((name) =>
      name.startsWith(`${LEGACY_FILE_NAME}.damaged-`),
    )
    expect(kept).toBeDefined()
    expect(library.status()).toMatchObject({ articleCount: 0, readOnly: false })
    expect(library.status().notice).toMatch(
      new RegExp(
        `^The library file library\\.json could not be read \\(.+\\), so it was kept as ${kept!.replace(/\./g, '\\.')}, and no usable backup was found; import your articles again or restore that file by hand\\.$`,
      ),
    )
    expect(await readFile(join(dataDir, kept!), 'utf8')).toBe(cut)
    await library.close()
    const reopened = await open(SEEDS)
    expect(reopened.status()).toMatchObject({ articleCount: 0, notice: null })
    expect(await filesInDataDir()).toContain(kept)
    expect(await filesInDataDir()).not.toContain(MIGRATED_LEGACY_FILE_NAME)
  })

  it('keeps a damaged backup of the library file aside too, not deleted', async () => {
    await writeFile(legacyPath(), '{"schemaVersion":1,"articles":[{"id":')
    await writeFile(`${legacyPath()}.bak`, 'not json')
    const library = await open(SEEDS)
    expect(library.status().articleCount).toBe(0)
    const names = await filesInDataDir()
    expect(names.filter((name) => name.startsWith(`${LEGACY_FILE_NAME}.damaged-`))).toHaveLength(1)
    const backup = names.find((name) => name.startsWith(`${LEGACY_FILE_NAME}.bak.damaged-`))
    expect(backup).toBeDefined()
    expect(await readFile(join(dataDir, backup!), 'utf8')).toBe('not json')
    expect(library.status().notice).toContain(`(the damaged backup is kept as ${backup})`)
  })

  it('keeps a damaged backup aside when the library file itself is missing', async () => {
    await writeFile(`${legacyPath()}.bak`, '{"schemaVersion":1')
    const library = await open(SEEDS)
    const backup = (await filesInDataDir()).find((name) =>
      name.startsWith(`${LEGACY_FILE_NAME}.bak.damaged-`),
    )
    expect(library.status()).toMatchObject({
      articleCount: 0,
      notice: `The library file library.json was missing and its backup could not be read; it was kept as ${backup}; import your articles again or restore that file by hand.`,
    })
  })

  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    await writeFile(legacyPath(), `\uFEFF${versionOneFile([storedArticle('a', 'Alpha', 'A.')])}`)
    const library = await open()
    expect(library.status()).toMatchObject({ articleCount: 1, notice: null })
    await library.close()
    await writeFile(libraryPath(), `\uFEFF${await readFile(libraryPath(), 'utf8')}`)
    expect((await open()).status()).toMatchObject({ articleCount: 1, notice: null })
  })
})

describe('one bad record does not hide the rest', () => {
  it('sets an article without text aside in a recovery file and opens the others', async () => {
    const bad = { ...storedArticle('b', 'No text', 'x'), text: undefined }
    await writeFile(
      legacyPath(),
      versionOneFile([storedArticle('a', 'Alpha', 'A.'), bad, storedArticle('c', 'Gamma', 'C.')]),
    )
    const library = await open(SEEDS)
    expect(await titlesOf(library)).toEqual(['Alpha', 'Gamma'])
    const recovery = (await filesInDataDir()).find((name) => name.startsWith('library-recovered-'))
    expect(library.status().notice).toBe(
      `1 article in the library file could not be read and was kept in ${recovery}; the other 2 articles opened.`,
    )
    const kept = JSON.parse(await readFile(join(dataDir, recovery!), 'utf8'))
    expect(kept.articles).toEqual([JSON.parse(JSON.stringify(bad))])
  })

  it('sets malformed index records aside and saves the index without them', async () => {
    const library = await open()
    await library.add([article('Good', 'Good text.'), article('Other', 'Other text.')])
    await library.close()
    const index = JSON.parse(await readFile(libraryPath(), 'utf8'))
    index.articles.push({ id: 7 }, { ...index.articles[0], id: 'broken', body: 'not-a-hash' })
    await writeFile(libraryPath(), JSON.stringify(index))
    const reopened = await open()
    expect(await titlesOf(reopened)).toEqual(['Good', 'Other'])
    expect(reopened.status().notice).toMatch(
      /^2 articles in the library file could not be read and were kept in library-recovered-\S+\.json; the other 2 articles opened\.$/,
    )
    await reopened.close()
    expect((await open()).status().notice).toBeNull()
  })

  it('gives records that share an id their own, so an edit or delete touches one', async () => {
    await writeFile(
      legacyPath(),
      versionOneFile([
        storedArticle('same', 'One', 'First text.'),
        storedArticle('same', 'Two', 'Second text.'),
        storedArticle('same', 'Three', 'Third text.'),
      ]),
    )
    const library = await open()
    expect(library.status().notice).toBe(
      '2 articles shared an id with another and were given their own.',
    )
    const listed = await library.list('', 'title')
    expect(new Set(listed.map((s) => s.id)).size).toBe(3)
    await library.update('same', { title: 'Edited' })
    await library.remove(listed.find((s) => s.title === 'Two')!.id)
    expect(await titlesOf(library)).toEqual(['Edited', 'Three'])
    await library.close()
    expect((await open()).status().notice).toBeNull()
  })
})

describe('a full disk', () => {
  it('still deletes, freeing the backup and the text, and undo puts the text back', async () => {
    const library = await open()
    await library.add([article('Keep', 'Keep text.'), article('Drop', 'Drop text.')])
    await library.update((await library.list('keep', 'title'))[0]!.id, { source: 'Desk' })
    await library.compact()
    expect(await filesInDataDir()).toContain(`${INDEX_FILE_NAME}.bak`)
    const drop = (await library.list('drop', 'title'))[0]!
    vi.mocked(appendFileDurably).mockRejectedValueOnce(
      Object.assign(new Error('disk full'), { code: 'ENOSPC' }),
    )
    const { undoToken } = await library.remove(drop.id)
    // Closed before the undo: two stores in one process would each clean the other's texts.
    const reopened = await open()
    expect(await titlesOf(reopened)).toEqual(['Keep'])
    await reopened.close()
    expect(await filesInDataDir()).not.toContain(`${INDEX_FILE_NAME}.bak`)
    await library.restore(undoToken)
    expect((await library.get(drop.id)).text).toBe('Drop text.')
  })
})

describe('one process per data folder', () => {
  const otherProcess = () => spawn('sleep', ['30'], { stdio: 'ignore' })

  it('shows the library read-only, saying why, while another live process holds it', async () => {
    const first = await open()
    await first.add([article('Theirs', 'Their text.')])
    await first.close()
    const other = otherProcess()
    try {
      const lock = JSON.stringify({ pid: other.pid, host: hostname(), since: '' })
      await writeFile(join(dataDir, 'library.lock'), lock)
      // The other process is mid-save: its temp file must survive our opening.
      const theirTemp = join(dataDir, `${TEMP_FILE_MARK}${INDEX_FILE_NAME}-theirs`)
      await writeFile(theirTemp, '{')
      const library = await open()
      expect(library.status().readOnly).toBe(true)
      expect(library.status().notice).toBe(
        `The library is open in another Rewrite Lens window (process ${other.pid}), so this one shows it read-only; close the other window and reopen this one to make changes (if none is open, delete ${join(dataDir, 'library.lock')}).`,
      )
      expect(await titlesOf(library)).toEqual(['Theirs'])
      await expect(library.add([article('Mine', 'My text.')])).rejects.toThrow(
        /open in another Rewrite Lens window/,
      )
      await library.close()
      expect(await readFile(join(dataDir, 'library.lock'), 'utf8')).toBe(lock)
      expect(await filesInDataDir()).toContain(theirTemp.slice(dataDir.length + 1))
    } finally {
      other.kill('SIGKILL')
    }
  })

  it("tells a read-only view of the other process's changes as they are saved, not at the next poll", async () => {
    const first = await open()
    await first.add([article('Theirs', 'Their text.')])
    await first.close()
    const other = otherProcess()
    try {
      const lockPath = join(dataDir, 'library.lock')
      await writeFile(lockPath, JSON.stringify({ pid: other.pid, host: hostname(), since: '' }))
      // A poll a minute apart: only the watch on the data folder can be this quick.
      const follower = await openLibrary(
        { dataDir, seedsDir: noSeeds },
        { followIntervalMs: 60_000 },
      )
      opened.push(follower)
      expect(follower.status().readOnly).toBe(true)
      const changed = (): Promise<void> =>
        new Promise((resolve) => {
          const stop = follower.onChange(() => {
            stop()
            resolve()
          })
        })
      // The other window, played by a store in this process (the lock names this process now).
      await writeFile(lockPath, JSON.stringify({ pid: process.pid, host: hostname(), since: '' }))
      const writer = await open()
      let seen = changed()
      await writer.add([article('Pushed', 'Pushed text.')])
      await seen
      expect(await titlesOf(follower)).toEqual(['Pushed', 'Theirs'])
      // A compaction replaces the log file; the next change is still seen.
      await writer.compact()
      await new Promise((resolve) => setTimeout(resolve, 50))
      seen = changed()
      await writer.add([article('After', 'After text.')])
      await seen
      expect(await titlesOf(follower)).toEqual(['After', 'Pushed', 'Theirs'])
      expect(follower.status().revision).toBeGreaterThanOrEqual(2)
    } finally {
      other.kill('SIGKILL')
    }
  })

  it('takes over the lock of a process that no longer runs', async () => {
    const gone = otherProcess()
    gone.kill('SIGKILL')
    await new Promise((resolve) => gone.once('exit', resolve))
    await writeFile(
      join(dataDir, 'library.lock'),
      JSON.stringify({ pid: gone.pid, host: hostname(), since: '' }),
    )
    const library = await open()
    expect(library.status()).toMatchObject({ readOnly: false, notice: null })
    await library.add([article('Mine', 'My text.')])
    expect(JSON.parse(await readFile(join(dataDir, 'library.lock'), 'utf8')).pid).toBe(process.pid)
    await library.close()
    expect(await filesInDataDir()).not.toContain('library.lock')
  })

  it('warns when the data folder cannot be written', async (context) => {
    if (process.getuid?.() === 0) {
      console.log('skipped: running as root, every folder is writable')
      context.skip()
    }
    await (await open()).close()
    await chmod(dataDir, 0o500)
    try {
      const library = await open()
      expect(library.status().readOnly).toBe(true)
      expect(library.status().notice).toBe(
        `The data folder ${dataDir} cannot be written, so the library is shown read-only; make the folder writable (or set REWRITE_LENS_DATA_DIR to another folder) and restart.`,
      )
    } finally {
      await chmod(dataDir, 0o700)
    }
  })
})

describe('messages that say what happened', () => {
  it('says "damaged", not "missing", on the start after a recovery that could not be saved', async () => {
    await writeFile(libraryPath(), '{"schemaVersion":2,"articles":[')
    vi.mocked(writeFileAtomic).mockRejectedValueOnce(
      Object.assign(new Error('disk full'), { code: 'ENOSPC' }),
    )
    const first = await open(SEEDS)
    expect(first.status()).toMatchObject({ articleCount: 0, readOnly: true })
    expect(first.status().notice).toMatch(
      /no usable backup was found.*until then nothing is saved\.$/,
    )
    await first.close()
    const next = await open(SEEDS)
    expect(next.status().articleCount).toBe(0)
    expect(next.status().notice).toMatch(
      /^The library file was damaged and kept as library-index\.json\.damaged-\S+, and no usable backup was found; import your articles again or restore that file by hand\.$/,
    )
  })

  it('says that files disappeared when a save fails with ENOENT, not to check the free space', async () => {
    const library = await open()
    vi.mocked(writeFileAtomic).mockRejectedValueOnce(
      Object.assign(new Error('gone'), { code: 'ENOENT' }),
    )
    await expect(library.add([article('A', 'A text.')])).rejects.toThrow(
      `The library could not be saved because files in ${dataDir} disappeared while saving (another program removed them); restart Rewrite Lens and try again.`,
    )
  })
})

describe('the search cache', () => {
  it('saves the words of many texts for the next start, which finds the same articles', async () => {
    const library = await open()
    await library.add(
      Array.from({ length: 60 }, (_, n) =>
        article(`Story ${n}`, `Body of story ${n} about ferry${n}.`),
      ),
    )
    await library.close()
    const reopened = await open()
    await reopened.searchReady()
    expect(await filesInDataDir()).toContain('search-cache.txt')
    await reopened.close()
    const third = await open()
    expect(await titlesOf(third, 'ferry42')).toEqual(['Story 42'])
    expect(await titlesOf(third, 'ferry4')).toHaveLength(11)
  })
})

describe('the change log', () => {
  const logPath = (): string => join(dataDir, CHANGE_LOG_FILE_NAME)
  const sizeOf = async (path: string): Promise<number> => (await stat(path)).size

  it('saves each change as a few hundred bytes appended to the log, never the whole index', async () => {
    const library = await open()
    await library.add(Array.from({ length: 50 }, (_, n) => article(`Story ${n}`, `Text ${n}.`)))
    await library.compact()
    const index = await readFile(libraryPath(), 'utf8')
    const logBefore = await sizeOf(logPath())
    const [first, second] = await library.list('', 'title')
    await library.add([article('Added', 'Added text.')])
    await library.update(first!.id, { label: 'edited' })
    await library.remove(second!.id)
    expect(await readFile(libraryPath(), 'utf8')).toBe(index)
    expect(await sizeOf(logPath())).toBeLessThan(logBefore + 3 * 1024)
    await library.close()
    const reopened = await open()
    const listed = await reopened.list('', 'title')
    expect(listed).toHaveLength(50)
    expect(listed.map((s) => s.title)).toContain('Added')
    expect(listed.map((s) => s.title)).not.toContain(second!.title)
    expect(listed.find((s) => s.id === first!.id)?.label).toBe('edited')
  })

  it('folds the log into the index once it passes its bound, and on the next open', async () => {
    const library = await openLibrary(
      { dataDir, seedsDir: noSeeds },
      { compactLogAfterBytes: 2000 },
    )
    opened.push(library)
    for (let n = 0; n < 12; n += 1) await library.add([article(`Story ${n}`, `Text ${n}.`)])
    expect(await sizeOf(logPath())).toBeLessThan(2000)
    const index = JSON.parse(await readFile(libraryPath(), 'utf8'))
    expect(index.articles.length).toBeGreaterThan(0)
    await library.close()
    expect(await titles()).toHaveLength(12)
  })

  it('drops a torn last change with a notice, keeps every change before it, and appends after it', async () => {
    const library = await open()
    await library.add([article('One', 'One text.')])
    await library.add([article('Two', 'Two text.')])
    await library.close()
    // Power lost while the third change was being appended: part of its line reached the disk.
    await appendFile(logPath(), '{"put":{"id":"three","title":"Thr')
    const reopened = await open()
    expect(await titlesOf(reopened)).toEqual(['One', 'Two'])
    expect(reopened.status().notice).toBe(
      'The last change before Rewrite Lens stopped was cut short (the computer lost power or crashed while saving it) and was dropped; check the article you changed last.',
    )
    await reopened.add([article('Four', 'Four text.')])
    await reopened.close()
    const third = await open()
    expect(third.status().notice).toBeNull()
    expect(await titlesOf(third)).toEqual(['Four', 'One', 'Two'])
  })

  it('skips an unreadable change in the middle, applies the rest and keeps a copy of the log', async () => {
    const library = await open()
    await library.add([article('One', 'One text.')])
    await library.add([article('Two', 'Two text.')])
    await library.add([article('Three', 'Three text.')])
    await library.close()
    const lines = (await readFile(logPath(), 'utf8')).split('\n')
    lines[2] = '{"put":{"id":7}}'
    await writeFile(logPath(), lines.join('\n'))
    const reopened = await open()
    expect(await titlesOf(reopened)).toEqual(['One', 'Three'])
    expect(reopened.status().notice).toMatch(
      /^1 change in library-changes\.log could not be read and was skipped \(the log is kept as library-changes\.log\.damaged-\S+\); the other changes were applied, so check the articles you changed last\.$/,
    )
    expect((await filesInDataDir()).filter((name) => name.includes('.damaged-'))).toHaveLength(1)
    await reopened.close()
    expect((await open()).status().notice).toBeNull()
  })

  it('changes nothing when a crash left the old log beside the compacted index', async () => {
    const library = await open()
    await library.add([article('One', 'One text.'), article('Two', 'Two text.')])
    const [one] = await library.list('', 'title')
    await library.update(one!.id, { title: 'One edited' })
    await library.remove((await library.list('two', 'title'))[0]!.id)
    await library.add([article('Three', 'Three text.')])
    const oldLog = await readFile(logPath())
    await library.compact()
    await library.close()
    // The crash came after the index was renamed into place, before the new log was.
    await writeFile(logPath(), oldLog)
    const reopened = await open()
    expect(await titlesOf(reopened)).toEqual(['One edited', 'Three'])
    expect(reopened.status()).toMatchObject({ articleCount: 2, notice: null })
  })

  it('keeps no fragment of an append that failed: the next change and a reopen keep everything', async () => {
    const library = await open()
    await library.add([article('One', 'One text.')])
    vi.mocked(appendFileDurably).mockImplementationOnce(async (path, data) => {
      // Half the line reached the disk, then the disk filled up.
      await appendFile(path, data.slice(0, 20))
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
    })
    await expect(library.add([article('Lost', 'Lost text.')])).rejects.toThrow(/is full/)
    await library.add([article('Two', 'Two text.')])
    await library.close()
    const reopened = await open()
    expect(await titlesOf(reopened)).toEqual(['One', 'Two'])
    expect(reopened.status().notice).toBeNull()
  })

  it('rebuilds a damaged index from its backup and both change logs, losing no change', async () => {
    const library = await open()
    await library.add([article('One', 'One text.')])
    await library.compact()
    await library.add([article('Two', 'Two text.')])
    await library.compact()
    await library.add([article('Three', 'Three text.')])
    await library.close()
    await writeFile(libraryPath(), '{"schemaVersion":3,"articles":[')
    const reopened = await open()
    expect(await titlesOf(reopened)).toEqual(['One', 'Three', 'Two'])
    expect(reopened.status().notice).toMatch(/and the backup from .* was opened/)
  })

  it('has a backup of the first index, so a damage before any compaction loses nothing', async () => {
    const library = await open(SEEDS)
    await library.add([article('Mine', 'My text.')])
    await library.close()
    await writeFile(libraryPath(), '{"schemaVersion":3,"articles":[')
    const reopened = await open(SEEDS)
    expect(reopened.status().articleCount).toBe(6)
    expect(await titlesOf(reopened, 'my text')).toEqual(['Mine'])
  })

  it('replays the change logs, not a damaged library file of an earlier version left beside them', async () => {
    const library = await open()
    await library.add([article('One', 'One text.')])
    await library.compact()
    await library.add([article('Two', 'Two text.')])
    await library.close()
    await rm(libraryPath())
    await rm(`${libraryPath()}.bak`)
    await writeFile(legacyPath(), '{"schemaVersion":1,"articles":[')
    const reopened = await open(SEEDS)
    expect(await titlesOf(reopened)).toEqual(['One', 'Two'])
    expect(reopened.status().notice).toMatch(/rebuilt from its change log \(2 articles\)/)
  })

  it('replays the change logs when the index and its backup were both deleted by hand', async () => {
    const library = await open(SEEDS)
    await library.add([article('One', 'One text.')])
    await library.compact()
    await library.add([article('Two', 'Two text.')])
    const [two] = await library.list('two', 'title')
    await library.update(two!.id, { label: 'kept' })
    await library.close()
    await rm(libraryPath())
    await rm(`${libraryPath()}.bak`)
    const reopened = await open(SEEDS)
    // The seeds were in the deleted index, not in the logs: only the logged changes come back.
    expect(await titlesOf(reopened)).toEqual(['One', 'Two'])
    expect((await reopened.list('two', 'title'))[0]?.label).toBe('kept')
    expect(reopened.status().notice).toBe(
      'The library file and its backup were missing, so the library was rebuilt from its change log (2 articles); articles saved before the last changes may be missing: import them again.',
    )
    await reopened.close()
    const third = await open(SEEDS)
    expect(await titlesOf(third)).toEqual(['One', 'Two'])
    expect(third.status().notice).toBeNull()
  })

  it('opens a log written by a newer version read-only, saying so', async () => {
    const library = await open()
    await library.add([article('One', 'One text.')])
    await library.close()
    await writeFile(logPath(), '{"rewriteLensLog":99,"id":"future"}\n{"whatever":1}\n')
    const reopened = await open()
    expect(reopened.status()).toMatchObject({
      readOnly: true,
      notice:
        'This library was changed by a newer version of Rewrite Lens; update the app to see and make changes (nothing is saved until then).',
    })
    expect(await readFile(logPath(), 'utf8')).toContain('future')
  })
})

describe('the search cache, kept as texts are added', () => {
  const cachePath = (): string => join(dataDir, 'search-cache.txt')

  it('holds the words of each added text, so the next start reads no text to search', async () => {
    const library = await open()
    await library.add([article('Ferry', 'The ferry sailed at dawn.'), article('Bus', 'A bus.')])
    await library.close()
    // Without the texts' files, only the cache can still find them.
    await rm(join(dataDir, 'articles'), { recursive: true })
    const reopened = await open()
    expect(await titlesOf(reopened, 'dawn')).toEqual(['Ferry'])
    expect(await titlesOf(reopened, 'bus')).toEqual(['Bus'])
  })

  it('ignores a line a crash cut short and folds that text again from its file', async () => {
    const library = await open()
    await library.add([article('Ferry', 'The ferry sailed at dawn.')])
    await library.close()
    const line = (await readFile(cachePath(), 'utf8')).split('\n').find((l) => l.includes(' '))!
    // Power lost mid-append: the line stops after its first words, without its end mark.
    await writeFile(cachePath(), `${line.slice(0, line.indexOf('sailed'))}`)
    const reopened = await open()
    expect(await titlesOf(reopened, 'dawn')).toEqual(['Ferry'])
  })
})

describe('the search index', () => {
  const indexPath = (): string => join(dataDir, 'search-index.bin')
  const stories = (count: number): ImportedArticle[] =>
    Array.from({ length: count }, (_, n) =>
      article(`Story ${n}`, `Body of story ${n} about the Ferry${n} in Zürich.`),
    )
  const saved = async (library: LibraryStore): Promise<void> => {
    await library.searchReady()
    await library.searchIndexSaved()
  }

  it('holds the words of many texts, so a start searches without reading texts or the cache', async () => {
    const library = await open()
    await library.add(stories(80))
    await saved(library)
    await library.close()
    expect(await filesInDataDir()).toContain('search-index.bin')
    await rm(join(dataDir, 'articles'), { recursive: true })
    await rm(join(dataDir, 'search-cache.txt'), { force: true })
    const reopened = await open()
    expect(await titlesOf(reopened, 'ferry42')).toEqual(['Story 42'])
    expect(await titlesOf(reopened, 'ferry4')).toHaveLength(11)
    // Terms are found inside words: "7" is in "17" too.
    const sevens = Array.from({ length: 80 }, (_, n) => n).filter((n) => String(n).includes('7'))
    expect(await titlesOf(reopened, 'zurich story 7')).toEqual(sevens.map((n) => `Story ${n}`))
    expect(await titlesOf(reopened, 'ferry4 nowhere')).toEqual([])
  })

  it('finds texts added and not texts deleted since the index was written, after a restart too', async () => {
    const library = await open()
    await library.add(stories(80))
    await saved(library)
    await library.add([article('Zebra', 'A zebra crossed the road.')])
    await library.remove((await library.list('ferry42', 'title'))[0]!.id)
    expect(await titlesOf(library, 'zebra')).toEqual(['Zebra'])
    expect(await titlesOf(library, 'ferry42')).toEqual([])
    await library.close()
    const reopened = await open()
    expect(await titlesOf(reopened, 'zebra')).toEqual(['Zebra'])
    expect(await titlesOf(reopened, 'ferry42')).toEqual([])
    expect(await titlesOf(reopened, 'ferry4')).toHaveLength(10)
  })

  it('is rebuilt in the background when missing or damaged, and searches find the same meanwhile', async () => {
    const library = await open()
    await library.add(stories(80))
    await saved(library)
    await library.close()
    for (const damage of ['delete', 'cut'] as const) {
      if (damage === 'delete') await rm(indexPath())
      else await writeFile(indexPath(), (await readFile(indexPath())).subarray(0, 100))
      await rm(join(dataDir, 'search-cache.txt'), { force: true })
      const reopened = await open()
      expect(await titlesOf(reopened, 'ferry4')).toHaveLength(11)
      await reopened.searchIndexSaved()
      await reopened.close()
      expect((await stat(indexPath())).size).toBeGreaterThan(1000)
    }
    // The rebuilt index alone finds them.
    await rm(join(dataDir, 'articles'), { recursive: true })
    expect(await titlesOf(await open(), 'ferry4')).toHaveLength(11)
  })
})

describe('the status revision', () => {
  it('counts each saved change, so a window can tell its list is out of date', async () => {
    const library = await open()
    expect(library.status().revision).toBe(0)
    const { added } = await library.add([article('One', 'One text.')])
    await library.update(added[0]!.id, { label: 'x' })
    await library.remove(added[0]!.id)
    expect(library.status().revision).toBe(3)
  })
})
