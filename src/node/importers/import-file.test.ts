import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectImportPaths } from './collect-import-paths'
import { buildZip, docxEntries, forgedDocx } from './fixtures/zip-builder'
import {
  ImportError,
  MAX_DOCX_PARAGRAPHS,
  MAX_IMPORT_BYTES,
  importArticleBytes,
  importArticleFile,
} from './import-file'

const fixture = (name: string): string => join(__dirname, 'fixtures', name)
const lines = (text: string): ReadonlyArray<string> => text.split('\n')

const HEADLINE = 'Riverside council approves €4m flood defences after “decade of delays”'

async function failureOf(run: Promise<unknown>): Promise<ImportError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ImportError)
  return error as ImportError
}

describe('importArticleFile: plain text and encodings', () => {
  it.each([
    'article-utf8.txt',
    'article-utf8-bom.txt',
    'article-utf16le.txt',
    'article-utf16be.txt',
    'article-windows-1252.txt',
    'article-crlf.txt',
    'article-cr.txt',
  ])('%s decodes to the same text as the UTF-8 original', async (name) => {
    const original = (await readFile(fixture('article-utf8.txt'), 'utf8')).trimEnd()
    const article = await importArticleFile(fixture(name))
    expect(article.text).toBe(original)
    expect(article.text).not.toMatch(/[\r\uFEFF]/)
    expect(article.title).toBe(HEADLINE)
    expect(article.format).toBe('txt')
    expect(article.fileName).toBe(name)
  })

  it.each([
    ['UTF-16LE', 'utf16le' as const, false],
    ['UTF-16BE', 'utf16le' as const, true],
  ])('reads %s saved without a byte order mark', async (_, encoding, bigEndian) => {
    const original = (await readFile(fixture('article-utf8.txt'), 'utf8')).trimEnd()
    const bytes = Buffer.from(original, encoding)
    const article = await importArticleBytes('unmarked.txt', bigEndian ? bytes.swap16() : bytes)
    expect(article.text).toBe(original)
  })

  it('reads Windows-1252 smart quotes, dashes, ellipsis and the euro sign', async () => {
    const article = await importArticleFile(fixture('article-windows-1252.txt'))
    expect(article.text).toContain('“We owe this')
    expect(article.text).toContain('They’ve')
    expect(article.text).toContain('27–9')
    expect(article.text).toContain('rise…')
    expect(article.text).toContain('€4 million')
  })
})

describe('importArticleFile: symbolic links', () => {
  let root = ''
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'rewrite-lens-links-'))
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('imports a link to an article file the user could have picked', async () => {
    await symlink(fixture('article-utf8.txt'), join(root, 'shortcut.txt'))
    const article = await importArticleFile(join(root, 'shortcut.txt'))
    expect(article.title).toBe(HEADLINE)
    expect(article.fileName).toBe('shortcut.txt')
  })

  it('refuses a .txt that links to a system file, naming the target', async () => {
    await symlink('/etc/passwd', join(root, 'notes.txt'))
    const error = await failureOf(importArticleFile(join(root, 'notes.txt')))
    expect(error.message).toBe(
      'notes.txt is a link to /etc/passwd, which is not an article file; import the article file itself.',
    )
  })

  it('refuses a link into the /proc files of the kernel', async () => {
    await symlink('/proc/self/status', join(root, 'status.txt'))
    const error = await failureOf(importArticleFile(join(root, 'status.txt')))
    expect(error.message).toMatch(
      /^status\.txt is a link to \/proc\/\S+, which is not an article file/,
    )
  })
})

describe('importArticleFile: Markdown', () => {
  it('flattens Markdown to lines and keeps the front matter', async () => {
    const article = await importArticleFile(fixture('article.md'))
    expect(article).toMatchObject({
      title: HEADLINE,
      source: 'The Riverside Courier',
      url: 'https://courier.example/news/flood-defences',
      publishedAt: '2025-03-11',
      byline: 'Jane Whitfield',
      format: 'md',
    })
    expect(lines(article.text)).toEqual([
      HEADLINE,
      'The Riverside borough council voted 27–9 on Tuesday to fund a €4 million flood wall along the Mill Lane embankment, ending what its leader called “a decade of delays.”',
      '“We owe this to the 1,200 households who were flooded in 2019,” said council leader Maria Okafor. “They’ve waited long enough.”',
      'Opposition councillor Tom Reyes said the plan was rushed and warned that costs could rise… “Nobody has seen the final survey,” he said.',
      'What happens next',
      'Construction is due to begin in April and finish by the end of 2026, according to the council’s planning office.',
      'raising the embankment by 1.5 metres,',
      'replacing the two sluice gates, and',
      'planting 300 trees along the new path.',
    ])
  })
})

describe('importArticleFile: saved web pages', () => {
  it('extracts the article, its metadata and one line per block', async () => {
    const article = await importArticleFile(fixture('saved-page.html'))
    expect(article).toMatchObject({
      title: HEADLINE,
      source: 'The Riverside Courier',
      url: 'https://courier.example/news/flood-defences',
      publishedAt: '2025-03-11T18:30:00Z',
      byline: 'Jane Whitfield',
      format: 'html',
    })
    const text = lines(article.text)
    expect(text[0]).toBe(HEADLINE)
    expect(text).toContain('What happens next')
    expect(text).toContain('replacing the two sluice gates, and')
    expect(text.some((line) => line.startsWith('“We owe this to the 1,200 households'))).toBe(true)
    // Navigation, the "most read" box and the footer are not the article.
    expect(article.text).not.toMatch(/Subscribe|Most read|Bakery|All rights reserved/)
  })

  it('imports a hostile page as inert text: no script, handler, frame or javascript: link survives', async () => {
    const article = await importArticleFile(fixture('hostile-page.html'))
    expect(lines(article.text)).toEqual([
      'Council publishes flood plan',
      'The council published its flood plan on Monday, setting out how the embankment will be raised over the next two years and which streets will be closed while the work is done.',
      'Residents can read the full plan at the town hall or online, the council said in a statement that also invited comments until the end of April.',
      'Written in the page as text, not markup: <script>alert("text")</script> is shown literally.',
      'Engineers expect the first phase, raising the wall by 1.5 metres, to be finished before the winter storms arrive.',
    ])
    expect(article.text).not.toMatch(/__pwned|javascript:|onerror|onload|evil\.invalid|hunter2/)
    expect(article.url).toBe('')
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined()
  })
})

describe('importArticleBytes: pages without an <html> element', () => {
  it.each([
    ['<body>', '<body><p>First paragraph.</p>\n<p>Second paragraph.</p>'],
    [
      'a doctype and a title',
      '<!doctype html><title>T</title><p>First paragraph.</p><p>Second paragraph.</p>',
    ],
    ['bare paragraphs', '<p>First paragraph.</p><p>Second paragraph.</p>'],
  ])('reads every paragraph of a page that starts with %s', async (_, html) => {
    const article = await importArticleBytes('page.html', new TextEncoder().encode(html))
    expect(lines(article.text)).toEqual(['First paragraph.', 'Second paragraph.'])
  })
})

describe('importArticleBytes: pathological pages', () => {
  it('imports the text of a page nested thousands deep instead of overflowing the stack', async () => {
    const depth = 3000
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body></html>`
    const article = await importArticleBytes('deep.html', new TextEncoder().encode(html))
    expect(article.text).toBe('Deep text.')
  })
})

describe('importArticleFile: Word documents', () => {
  it('keeps headings and paragraphs as lines and links as their text', async () => {
    const article = await importArticleFile(fixture('article.docx'))
    const original = (await readFile(fixture('article-utf8.txt'), 'utf8')).trimEnd()
    expect(article.format).toBe('docx')
    expect(article.title).toBe(HEADLINE)
    expect(article.text).toBe(`${original}\nMore at the council's site`)
  })

  it('imports a hostile document as inert text, fetching nothing it links to', async () => {
    const article = await importArticleFile(fixture('hostile.docx'))
    expect(lines(article.text)).toEqual([
      'Council publishes flood plan',
      '<script>window.__pwned = true; alert("docx")</script>',
      '<img src=x onerror="window.__pwned = true">',
      'Read the plan or track me',
      'Field result text',
      'The plan takes effect on 1 March.',
    ])
    expect(article.text).not.toMatch(/javascript:|tracker\.invalid|passwd/)
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined()
  })
})

describe('importArticleBytes: generated Word archives', () => {
  it('imports an honest archive built from scratch', async () => {
    const bytes = buildZip(docxEntries(['Headline', 'First paragraph.', 'Second paragraph.']))
    const article = await importArticleBytes('honest.docx', bytes)
    expect(lines(article.text)).toEqual(['Headline', 'First paragraph.', 'Second paragraph.'])
  })

  it('refuses an archive whose directory hides 200 MB behind a 1 kB size, before inflating it all', async () => {
    const bytes = await forgedDocx(['Headline', 'Text.'], 200 * 1024 * 1024)
    expect(bytes.byteLength).toBeLessThan(1024 * 1024)
    const error = await failureOf(importArticleBytes('forged.docx', bytes))
    expect(error.message).toBe(
      "forged.docx unpacks to more than 50 MB; save just the article's text as a new .docx.",
    )
  })

  it('refuses a document with more paragraphs than an article, without converting it', async () => {
    const paragraphs = Array.from({ length: MAX_DOCX_PARAGRAPHS + 1 }, (_, n) => `Line ${n}.`)
    const error = await failureOf(
      importArticleBytes('book.docx', buildZip(docxEntries(paragraphs))),
    )
    expect(error.message).toBe(
      'book.docx has 10,001 paragraphs, more than the 10,000 an article can have; save just the article as a new .docx.',
    )
  })
})

describe('importArticleFile: files it refuses, each with one sentence saying what to do', () => {
  it.each([
    ['missing.txt', 'missing.txt was not found; check that it still exists.'],
    ['empty.txt', 'empty.txt has no article text; check that it is the right file.'],
    [
      'photo-renamed.txt',
      'photo-renamed.txt contains binary data, not text; save the article as .txt, .html or .docx first.',
    ],
    [
      'undecodable.txt',
      'undecodable.txt is not in a text encoding Rewrite Lens reads; save it as UTF-8 text first.',
    ],
    [
      'report.pdf',
      'report.pdf is not a format Rewrite Lens reads; save it as .txt, .md, .html or .docx first.',
    ],
    [
      'zip-bomb.docx',
      "zip-bomb.docx unpacks to more than 50 MB; save just the article's text as a new .docx.",
    ],
    [
      'not-really-word.docx',
      'not-really-word.docx is not a readable Word document; open it in Word and save it again as .docx.',
    ],
  ])('%s', async (name, message) => {
    const error = await failureOf(importArticleFile(fixture(name)))
    expect(error.message).toBe(message)
    expect(error.fileName).toBe(name)
  })

  it('refuses a folder', async () => {
    const error = await failureOf(importArticleFile(join(__dirname, 'fixtures')))
    expect(error.message).toBe('fixtures is a folder; pick the article files inside it.')
  })

  it('refuses a file over 5 MB without decoding it', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61)
    const error = await failureOf(importArticleBytes('huge.txt', bytes))
    expect(error.message).toBe(
      "huge.txt is larger than 5 MB; save just the article's text and import that.",
    )
  })
})

describe('importArticleBytes', () => {
  it('reads dropped bytes the same way as a file', async () => {
    const bytes = await readFile(fixture('article.docx'))
    const fromBytes = await importArticleBytes('dropped.docx', new Uint8Array(bytes))
    const fromFile = await importArticleFile(fixture('article.docx'))
    expect(fromBytes).toEqual({ ...fromFile, fileName: 'dropped.docx' })
  })

  it('normalises decomposed accents so equal words compare equal', async () => {
    const article = await importArticleBytes(
      'nfd.txt',
      new TextEncoder().encode('Cafe\u0301 re\u0301opens'),
    )
    expect(article.text).toBe('Café réopens')
  })
})

describe('collectImportPaths', () => {
  let root = ''
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'rewrite-lens-collect-'))
    await mkdir(join(root, 'articles', 'more'), { recursive: true })
    await mkdir(join(root, 'articles', '.hidden'), { recursive: true })
    await mkdir(join(root, 'pictures'), { recursive: true })
    await writeFile(join(root, 'articles', 'b.txt'), 'B')
    await writeFile(join(root, 'articles', 'a.html'), '<p>A</p>')
    await writeFile(join(root, 'articles', 'notes.pdf'), '%PDF')
    await writeFile(join(root, 'articles', 'more', 'c.docx'), 'C')
    await writeFile(join(root, 'articles', '.hidden', 'd.txt'), 'D')
    await writeFile(join(root, 'pictures', 'cat.png'), 'PNG')
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('walks folders for supported files and passes other paths through', async () => {
    const collected = await collectImportPaths([
      join(root, 'articles'),
      join(root, 'pictures'),
      join(root, 'loose.md'),
    ])
    expect(collected.files.map((path) => path.slice(root.length + 1))).toEqual([
      'articles/a.html',
      'articles/b.txt',
      'articles/more/c.docx',
      'loose.md',
    ])
    expect(collected.failed).toEqual([
      {
        fileName: 'pictures',
        reason: 'pictures holds no .txt, .md, .html or .docx files; pick a folder of articles.',
      },
    ])
  })
})
