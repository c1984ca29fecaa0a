import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compareArticles, escapeMarkdown } from '../core'
import type { ExportFormat, RewriteLensApi } from '../shared/api'
import { REQUEST_LIMITS, createHandlers, webAddressOf } from './handlers'
import type { DialogPort, VectorsWithBytes } from './handlers'
import { openLibrary } from '../node/library/library-store'

const SEEDS = join(__dirname, '..', '..', 'seeds')
const FIXTURES = join(__dirname, '..', 'node', 'importers', 'fixtures')

interface FakeDialogs extends DialogPort {
  readonly calls: string[]
  importPaths: ReadonlyArray<string>
  savePath: string | null
  confirm: boolean
}

function fakeDialogs(): FakeDialogs {
  const calls: string[] = []
  const dialogs: FakeDialogs = {
    calls,
    importPaths: [],
    savePath: null,
    confirm: false,
    chooseImportPaths: async () => {
      calls.push('chooseImportPaths')
      return dialogs.importPaths
    },
    chooseSavePath: async ({ defaultName, format }) => {
      calls.push(`chooseSavePath ${defaultName} ${format}`)
      return dialogs.savePath
    },
    printToPdf: async (html) => {
      calls.push(
        `printToPdf ${html.startsWith('<!DOCTYPE html>') || html.startsWith('<!doctype html>')}`,
      )
      return new TextEncoder().encode('%PDF-1.7 fake')
    },
    confirmOpenExternal: async (url) => {
      calls.push(`confirm ${url}`)
      return dialogs.confirm
    },
    openExternal: async (url) => {
      calls.push(`open ${url}`)
    },
    showItemInFolder: (path) => {
      calls.push(`show ${path}`)
    },
  }
  return dialogs
}

// Vectors for one word, and the bytes the handler hands the renderer's workers as they are.
const fakeVectors: VectorsWithBytes = {
  dimensions: 2,
  vectorOf: (word) => (word === 'talks' ? new Float32Array([1, 0]) : undefined),
  bytes: new Uint8Array([82, 76, 87, 86]),
}

let dataDir = ''
let dialogs: FakeDialogs
let api: RewriteLensApi

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rewrite-lens-handlers-'))
  dialogs = fakeDialogs()
  api = createHandlers({
    library: await openLibrary({ dataDir, seedsDir: SEEDS }),
    vectors: async () => fakeVectors,
    dialogs,
    appVersion: '0.0.0-test',
    now: () => new Date('2026-01-02T03:04:05Z'),
  })
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

describe('library calls', () => {
  it('lists the seeds on first run and gets one with its text', async () => {
    expect(await api.libraryStatus()).toEqual({
      articleCount: 5,
      notice: null,
      dataDir,
      readOnly: false,
      revision: 0,
    })
    const [first] = await api.listArticles({ search: 'Kursk Gerasimov', sort: 'title' })
    expect(first).toBeDefined()
    const article = await api.getArticle(first!.id)
    expect(article.text).toContain('Gerasimov')
    expect('text' in first!).toBe(false)
  })

  it('deletes, undoes and edits', async () => {
    const [first] = await api.listArticles({ search: '', sort: 'title' })
    const { undoToken } = await api.deleteArticle(first!.id)
    expect((await api.libraryStatus()).articleCount).toBe(4)
    await api.restoreArticle(undoToken)
    expect((await api.libraryStatus()).articleCount).toBe(5)
    const edited = await api.updateArticle(first!.id, { source: 'Wire service' })
    expect(edited.source).toBe('Wire service')
    await expect(api.getArticle('')).rejects.toThrow(
      'That article is no longer in the library; refresh the list.',
    )
  })
})

describe('importing', () => {
  it('imports a folder: each article once, duplicates named, each bad file with its reason', async () => {
    const report = await api.importFiles([{ fileName: 'fixtures', path: FIXTURES }])
    expect(report.imported.map((s) => `${s.format} ${s.fileName}`).sort()).toEqual([
      'docx article.docx',
      'docx hostile.docx',
      'html hostile-page.html',
      'html saved-page.html',
      'md article.md',
      'txt article-cr.txt',
    ])
    // The other encodings of article-cr.txt carry the same text.
    expect(report.duplicates.map((d) => d.fileName).sort()).toEqual([
      'article-crlf.txt',
      'article-utf16be.txt',
      'article-utf16le.txt',
      'article-utf8-bom.txt',
      'article-utf8.txt',
      'article-windows-1252.txt',
    ])
    expect(report.failed.map((f) => f.fileName).sort()).toEqual([
      'empty.txt',
      'not-really-word.docx',
      'photo-renamed.txt',
      'undecodable.txt',
      'zip-bomb.docx',
    ])
    expect(report.failed.every((f) => /^\S+ .*; .*\.$/.test(f.reason))).toBe(true)
    expect((await api.libraryStatus()).articleCount).toBe(11)
  })

  it('imports dropped bytes, including the JSON shapes the e2e bridge sends', async () => {
    const bytes = Array.from(new TextEncoder().encode('Dropped headline\nDropped body text.'))
    const report = await api.importFiles([
      { fileName: 'dropped.txt', bytes: Uint8Array.from(bytes) },
      { fileName: 'again.txt', bytes: bytes as unknown as Uint8Array },
      { fileName: 'notes.pdf', bytes: Uint8Array.from([37, 80, 68, 70]) },
    ])
    expect(report.imported.map((s) => s.title)).toEqual(['Dropped headline'])
    expect(report.duplicates).toEqual([
      { fileName: 'again.txt', existingTitle: 'Dropped headline' },
    ])
    expect(report.failed).toEqual([
      {
        fileName: 'notes.pdf',
        reason:
          'notes.pdf is not a format Rewrite Lens reads; save it as .txt, .md, .html or .docx first.',
      },
    ])
  })

  it('imports what the Import… dialog returns, and nothing when it is cancelled', async () => {
    expect(await api.importWithDialog()).toEqual({ imported: [], duplicates: [], failed: [] })
    dialogs.importPaths = [join(FIXTURES, 'article.md'), join(FIXTURES, 'missing.txt')]
    const report = await api.importWithDialog()
    expect(report.imported.map((s) => s.source)).toEqual(['The Riverside Courier'])
    expect(report.failed).toEqual([
      { fileName: 'missing.txt', reason: 'missing.txt was not found; check that it still exists.' },
    ])
  })

  it('imports pasted text, titled by its first line unless given a title', async () => {
    const report = await api.importPastedText({ title: '', text: '\r\nPasted headline\r\nBody.' })
    expect(report.imported.map((s) => [s.title, s.format])).toEqual([['Pasted headline', 'paste']])
    const again = await api.importPastedText({ title: 'Other', text: 'Pasted headline\nBody.' })
    expect(again.duplicates).toEqual([
      { fileName: 'Pasted text', existingTitle: 'Pasted headline' },
    ])
    await expect(api.importPastedText({ title: 'x', text: '  ' })).rejects.toThrow(
      "Paste the article's text first.",
    )
  })
})

describe('exports', () => {
  // Short texts keep these tests about the handlers, not the engine's speed on long seeds.
  const ORIGINAL =
    'Council approves flood wall\n“It is overdue,” said Maria Okafor.\nWork starts in April.'
  const REWRITE =
    'Council backs flood wall\n“It is long overdue,” said Maria Okafor.\nWork starts in May.'
  const smallPair = () =>
    compareArticles({ path: 'a', text: ORIGINAL }, { path: 'b', text: REWRITE })

  it.each<[ExportFormat, RegExp]>([
    ['html', /^<!DOCTYPE html>/i],
    ['md', /^# Rewrite Lens comparison/],
    ['csv', /^\uFEFFcategory,/],
    ['json', /"schema": "rewrite-lens\/comparison@2"/],
    ['pdf', /^%PDF-1\.7 fake$/],
  ])('saves a %s report where the user chose', async (format, start) => {
    dialogs.savePath = join(dataDir, `report.${format}`)
    const result = await api.exportReport({ comparison: smallPair(), format })
    expect(result).toEqual({ status: 'saved', path: dialogs.savePath })
    const written = await readFile(dialogs.savePath, 'utf8')
    expect(written).toMatch(start)
    expect(written).not.toMatch(/<script/i)
    expect(dialogs.calls[0]).toMatch(
      new RegExp(`^chooseSavePath \\S+-vs-\\S+\\.${format} ${format}$`),
    )
  })

  it('names each side by the library’s title, file, source and label, never by its id', async () => {
    const [first, second] = await api.listArticles({ search: '', sort: 'title' })
    await api.updateArticle(first!.id, { label: 'v1', source: 'Wire' })
    await api.updateArticle(second!.id, { label: 'after legal' })
    const [left, right] = [await api.getArticle(first!.id), await api.getArticle(second!.id)]
    // The renderer compares by id and knows nothing of files; main names the sides.
    const comparison = compareArticles(
      { path: left.id, title: left.title, text: left.text },
      { path: right.id, title: right.title, text: right.text },
    )
    for (const format of ['md', 'html', 'csv', 'json'] as const) {
      dialogs.savePath = join(dataDir, `named.${format}`)
      await api.exportReport({ comparison, format })
      const written = await readFile(dialogs.savePath, 'utf8')
      // Markdown shows `003_x.txt` written as `003\_x.txt`.
      const shown = (name: string) => (format === 'md' ? escapeMarkdown(name, false) : name)
      expect(written).toContain(shown(left.fileName))
      expect(written).toContain(shown(right.fileName))
      expect(written).toContain('after legal')
      expect(written).toContain('Wire')
      if (format !== 'json') expect(written).not.toContain(left.id)
    }
  })

  it('shows a saved report in its folder, and refuses paths it did not save', async () => {
    const elsewhere = join(dataDir, 'library.json')
    await expect(api.showInFolder(elsewhere)).rejects.toThrow(
      'Only reports saved in this session can be shown; export it again.',
    )
    dialogs.savePath = join(dataDir, 'report.md')
    await api.exportReport({ comparison: smallPair(), format: 'md' })
    await api.showInFolder(dialogs.savePath)
    expect(dialogs.calls.filter((call) => call.startsWith('show '))).toEqual([
      `show ${dialogs.savePath}`,
    ])
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    const result = await api.exportReport({ comparison: smallPair(), format: 'html' })
    expect(result).toEqual({ status: 'cancelled' })
  })

  it('exports every pair of the selected articles in one report', async () => {
    const texts = [ORIGINAL, REWRITE, REWRITE.replace('May', 'June')]
    const ids: string[] = []
    for (const text of texts)
      ids.push(...(await api.importPastedText({ title: '', text })).imported.map((s) => s.id))
    dialogs.savePath = join(dataDir, 'pairs.md')
    const options = { ignoreCase: false, ignorePunctuation: false, ignoreTypography: true }
    await api.exportAllPairs({ articleIds: ids, format: 'md', options })
    const written = await readFile(dialogs.savePath, 'utf8')
    expect(written.match(/^## \d+\. /gm)).toEqual(['## 1. ', '## 2. ', '## 3. '])
    dialogs.savePath = join(dataDir, 'pairs.json')
    await api.exportAllPairs({ articleIds: ids, format: 'json', options })
    const json = JSON.parse(await readFile(dialogs.savePath, 'utf8')) as { schema: string }[]
    expect(json.map((c) => c.schema)).toEqual(Array(3).fill('rewrite-lens/comparison@2'))
    await expect(
      api.exportAllPairs({ articleIds: [ids[0]!, ids[0]!], format: 'md', options }),
    ).rejects.toThrow('Select at least two articles to compare.')
  })

  it('exports hostile article text inertly, under a file name made safe for the Save dialog', async () => {
    const hostile = (title: string) =>
      `${title}\n=HYPERLINK("http://evil.example","x") <script>alert(1)</script>\n@SUM(A1)`
    const comparison = compareArticles(
      { path: 'a', title: '../../etc/passwd\u0000 <script>', text: hostile('Old') },
      { path: 'b', title: 'C:\\Windows\\CON?*|"', text: hostile('New') },
    )
    dialogs.savePath = join(dataDir, 'hostile.html')
    await api.exportReport({ comparison, format: 'html' })
    const html = await readFile(dialogs.savePath, 'utf8')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`)
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i)
    dialogs.savePath = join(dataDir, 'hostile.csv')
    await api.exportReport({ comparison, format: 'csv' })
    const cells = (await readFile(dialogs.savePath, 'utf8')).split(/,|\r\n/)
    expect(cells.filter((cell) => /^"?[=+@]/.test(cell))).toEqual([])
    expect(dialogs.calls.filter((call) => call.startsWith('chooseSavePath'))).toEqual([
      'chooseSavePath etc-passwd-script-vs-c-windows-con.html html',
      'chooseSavePath etc-passwd-script-vs-c-windows-con.csv csv',
    ])
  })

  it('refuses to export something that is not a comparison', async () => {
    dialogs.savePath = join(dataDir, 'x.html')
    await expect(api.exportReport({ comparison: {} as never, format: 'html' })).rejects.toThrow(
      'Open a comparison before exporting its report.',
    )
    await expect(stat(dialogs.savePath)).rejects.toThrow()
  })
})

describe('openExternal and word vectors', () => {
  it('opens only http(s) addresses, and only after the user confirms', async () => {
    expect(await api.openExternal('javascript:alert(1)')).toBe(false)
    expect(await api.openExternal('file:///etc/passwd')).toBe(false)
    expect(await api.openExternal('https://example.org/story')).toBe(false)
    dialogs.confirm = true
    expect(await api.openExternal('https://example.org/story')).toBe(true)
    expect(dialogs.calls).toEqual([
      'confirm https://example.org/story',
      'confirm https://example.org/story',
      'open https://example.org/story',
    ])
  })

  it('hands out the word-vector file as its bytes', async () => {
    expect(await api.wordVectorFile()).toEqual(new Uint8Array([82, 76, 87, 86]))
  })
})

describe('web addresses offered to the browser', () => {
  it('keeps plain http(s) addresses and refuses everything a link could hide behind', () => {
    const cases = [
      'https://example.org/story?id=1#top',
      'HTTP://Example.org',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'app://rewrite-lens/index.html',
      'mailto:desk@example.org',
      'https://bank.example@evil.example/',
      'https://user:secret@example.org/',
      'https://exa\nmple.org/',
      'https:///no-host',
      `https://example.org/${'a'.repeat(REQUEST_LIMITS.url)}`,
      '',
    ]
    expect(cases.map((url) => `${url.slice(0, 40)} → ${webAddressOf(url)}`)).toEqual([
      'https://example.org/story?id=1#top → https://example.org/story?id=1#top',
      'HTTP://Example.org → http://example.org/',
      'javascript:alert(1) → null',
      'file:///etc/passwd → null',
      'data:text/html,<script>alert(1)</script> → null',
      'app://rewrite-lens/index.html → null',
      'mailto:desk@example.org → null',
      'https://bank.example@evil.example/ → null',
      'https://user:secret@example.org/ → null',
      'https://exa\nmple.org/ → null',
      'https:///no-host → https://no-host/',
      `https://example.org/${'a'.repeat(20)} → null`,
      ' → null',
    ])
  })

  it('asks about one address at a time, refusing the others while the dialog is open', async () => {
    dialogs.confirm = true
    const first = api.openExternal('https://example.org/a')
    expect(await api.openExternal('https://example.org/b')).toBe(false)
    expect(await first).toBe(true)
    expect(await api.openExternal('https://example.org/c')).toBe(true)
    expect(dialogs.calls.filter((call) => call.startsWith('confirm'))).toEqual([
      'confirm https://example.org/a',
      'confirm https://example.org/c',
    ])
  })

  it('never asks the user about a refused address', async () => {
    dialogs.confirm = true
    expect(await api.openExternal('https://bank.example@evil.example/')).toBe(false)
    expect(await api.openExternal(42 as unknown as string)).toBe(false)
    expect(dialogs.calls).toEqual([])
  })
})

describe('what a compromised page may send', () => {
  // Every call is made with values the typed API forbids; each must answer with a sentence.
  const outcome = async (call: () => Promise<unknown>): Promise<string> =>
    call().then(
      () => 'ok',
      (error: Error) => `${error.name}: ${error.message}`,
    )
  const loose = () => api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>

  it('refuses wrong types, unknown and oversized ids with the same sentence', async () => {
    const gone = 'LibraryError: That article is no longer in the library; refresh the list.'
    const refused = gone.replace('LibraryError', 'RequestError')
    expect(await outcome(() => loose()['getArticle']!('no-such-id'))).toBe(gone)
    expect(await outcome(() => loose()['getArticle']!(42))).toBe(refused)
    expect(await outcome(() => loose()['getArticle']!({ id: 'x' }))).toBe(refused)
    expect(await outcome(() => loose()['getArticle']!('x'.repeat(10_000)))).toBe(refused)
    expect(await outcome(() => loose()['deleteArticle']!(undefined))).toBe(refused)
    expect(await outcome(() => loose()['restoreArticle']!(['token']))).toBe(refused)
  })

  it('stores only known, own, bounded metadata fields', async () => {
    const [first] = await api.listArticles({ search: '', sort: 'title' })
    const patch = JSON.parse(
      '{"__proto__": {"title": "polluted"}, "constructor": "x", "wordCount": 1, "source": "Desk"}',
    ) as unknown
    const edited = await loose()['updateArticle']!(first!.id, patch)
    expect(edited).toMatchObject({
      title: first!.title,
      source: 'Desk',
      wordCount: first!.wordCount,
    })
    expect(({} as Record<string, unknown>)['title']).toBeUndefined()
    expect(await outcome(() => api.updateArticle(first!.id, { title: 'x'.repeat(10_000) }))).toBe(
      'RequestError: That title is too long; shorten it and save again.',
    )
    expect(await outcome(() => loose()['updateArticle']!(first!.id, 'title'))).toBe('ok')
    expect(await api.updateArticle(first!.id, { label: 'v2' })).toMatchObject({ label: 'v2' })
    expect(await outcome(() => api.updateArticle(first!.id, { label: 'x'.repeat(10_000) }))).toBe(
      'RequestError: That label is too long; shorten it and save again.',
    )
    expect(
      (await api.listArticles({ search: '', sort: 'label' }))[0]?.label,
      'labelled articles sort first',
    ).toBe('v2')
  })

  it('bounds searches, imports, pastes and word lists', async () => {
    expect(await api.listArticles({ search: 'Kursk '.repeat(100_000), sort: 'title' })).toEqual(
      await api.listArticles({ search: 'Kursk '.repeat(166), sort: 'title' }),
    )
    expect(await outcome(() => loose()['listArticles']!(null))).toBe('ok')
    expect(await outcome(() => loose()['listArticles']!({ sort: '__proto__' }))).toBe('ok')
    expect(await outcome(() => loose()['importFiles']!('a.txt'))).toBe(
      'RequestError: Drop or choose the files to import.',
    )
    const many = Array.from({ length: REQUEST_LIMITS.sources + 1 }, () => ({ fileName: 'a.txt' }))
    expect(await outcome(() => loose()['importFiles']!(many))).toBe(
      'RequestError: Import at most 1000 files at once, or drop their folder instead.',
    )
    expect(
      await outcome(() => loose()['importFiles']!([{ fileName: 'a.txt', path: 'seeds/a.txt' }])),
    ).toBe(
      'RequestError: a.txt has no usable location; drop the file from a folder or use Import….',
    )
    const badBytes = await api.importFiles([
      { fileName: 'a.txt', bytes: [300, -1] as unknown as Uint8Array },
      { fileName: 'b.txt', bytes: { 0: 'x' } as unknown as Uint8Array },
      null as unknown as { fileName: string },
    ])
    expect(badBytes.failed.map((failure) => failure.reason)).toEqual([
      'a.txt could not be read; save it to disk and import it from there.',
      'b.txt could not be read; save it to disk and import it from there.',
      'A dropped item could not be read; save it to disk and import it from there.',
    ])
    expect(
      await outcome(() => api.importPastedText({ title: '', text: 'x'.repeat(6 * 1024 * 1024) })),
    ).toBe('RequestError: The pasted text is larger than 5 MB; paste just the article.')
  })

  it('refuses exports of non-comparisons and oversized selections', async () => {
    dialogs.savePath = join(dataDir, 'out.html')
    expect(
      await outcome(() => loose()['exportReport']!({ comparison: '{}', format: 'html' })),
    ).toBe('RequestError: Open a comparison before exporting its report.')
    expect(
      await outcome(() =>
        loose()['exportAllPairs']!({ articleIds: Array(5000).fill('x'), format: 'html' }),
      ),
    ).toBe('RequestError: Select at most 12 articles for one report of every pair.')
    expect(
      await outcome(() => loose()['exportAllPairs']!({ articleIds: ['a', 'b'], format: 'exe' })),
    ).toMatch(/^(LibraryError|RequestError): /)
    expect(dialogs.calls).toEqual([])
  })
})
