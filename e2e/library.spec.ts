import { readFileSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './harness/app-fixture'
import { FIXTURES_DIR, REPO_ROOT } from './harness/paths'
import {
  articleItem,
  articleList,
  diffTable,
  dropFiles,
  importThroughDialog,
  pickPair,
  seed,
  seedFiles,
} from './harness/ui'

const IMPORTER_FIXTURES = join(REPO_ROOT, 'src', 'node', 'importers', 'fixtures')

/** The first line of a text file: the headline an importer should take as the title. */
const firstLine = (path: string): string => readFileSync(path, 'utf8').split('\n')[0]!.trim()

/** One file per format, with the title it should get and a sentence of its body. */
const FORMATS = [
  {
    format: 'txt',
    path: join(FIXTURES_DIR, 'harbour-reopens.txt'),
    title: firstLine(join(FIXTURES_DIR, 'harbour-reopens.txt')),
    sentence: 'Freight services resume on Saturday.',
  },
  {
    format: 'md',
    path: join(FIXTURES_DIR, 'council-library-hours.md'),
    title: 'Council votes to keep the central library open until nine',
    sentence: 'The new hours start on 1 March.',
  },
  {
    format: 'html',
    path: join(FIXTURES_DIR, 'bridge-repair.html'),
    title: 'Old swing bridge to close for six months of repairs',
    sentence: 'engineers replace its corroded turning gear',
  },
  {
    // The importers' own .docx fixture (built with jszip from article-utf8.txt, headings styled).
    format: 'docx',
    path: join(IMPORTER_FIXTURES, 'article.docx'),
    title: firstLine(join(IMPORTER_FIXTURES, 'article-utf8.txt')),
    sentence: 'Construction is due to begin in April',
  },
] as const

test('first run shows the five seed articles', async ({ app }) => {
  const seeds = seedFiles()
  expect(seeds).toHaveLength(5)
  await expect(articleList(app.page).getByRole('listitem')).toHaveCount(seeds.length)
  for (const file of seeds) await expect(articleItem(app.page, file.titleStart)).toHaveCount(1)
  await expect(app.page.getByRole('region', { name: 'Reader' })).toContainText('Pick two articles')
})

for (const fixture of FORMATS) {
  test(`imports a .${fixture.format} file through the Import… dialog`, async ({ app }) => {
    const results = await importThroughDialog(app, [fixture.path])
    await expect(results.getByRole('list', { name: 'Imported' })).toContainText(fixture.title)
    await expect(results.getByRole('list', { name: 'Failed' })).toHaveCount(0)
    await expect(articleList(app.page).getByRole('listitem')).toHaveCount(6)

    // The stored text is the article's body, shown in the reader beside a seed.
    await pickPair(app.page, fixture.title, seed('000').titleStart)
    await expect(diffTable(app.page)).toContainText(fixture.sentence)
  })
}

test('a saved web page keeps its site name and loses the page furniture', async ({ app }) => {
  const html = FORMATS.find((fixture) => fixture.format === 'html')!
  await importThroughDialog(app, [html.path])
  await expect(articleItem(app.page, html.title)).toContainText('Northfield Courier')
  await pickPair(app.page, html.title, seed('000').titleStart)
  await expect(diffTable(app.page)).not.toContainText('All rights reserved')
  await expect(diffTable(app.page)).not.toContainText('Most read')
})

test('several files import together; a bad one is listed with its reason, a known one as a duplicate', async ({
  app,
}) => {
  const bad = join(FIXTURES_DIR, 'scan.pdf')
  const results = await importThroughDialog(app, [
    FORMATS[0].path,
    FORMATS[1].path,
    bad,
    seed('002').path,
  ])
  const imported = results.getByRole('list', { name: 'Imported' })
  await expect(imported.getByRole('listitem')).toHaveCount(2)
  await expect(results.getByRole('list', { name: 'Duplicates' })).toContainText(
    seed('002').titleStart,
  )
  const failed = results.getByRole('list', { name: 'Failed' })
  await expect(failed.getByRole('listitem')).toHaveCount(1)
  await expect(failed).toContainText('scan.pdf')
  await expect(articleList(app.page).getByRole('listitem')).toHaveCount(7)
})

test('a deleted article comes back with Undo, and both outcomes survive a restart', async ({
  app,
}) => {
  const kept = seed('001').titleStart
  const removed = seed('004').titleStart

  await articleItem(app.page, kept).getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(articleItem(app.page, kept)).toHaveCount(0)
  const toast = app.page.getByRole('status').filter({ hasText: 'Deleted' })
  await toast.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(articleItem(app.page, kept)).toHaveCount(1)

  await articleItem(app.page, removed).getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(articleItem(app.page, removed)).toHaveCount(0)

  await app.restart()
  await expect(articleList(app.page).getByRole('listitem')).toHaveCount(4)
  await expect(articleItem(app.page, kept)).toHaveCount(1)
  await expect(articleItem(app.page, removed)).toHaveCount(0)
})

test('imported articles and the open pair are still there after a reload and a restart', async ({
  app,
}) => {
  const txt = FORMATS[0]
  await importThroughDialog(app, [txt.path])
  await pickPair(app.page, txt.title, seed('003').titleStart)

  await app.page.reload()
  await expect(articleItem(app.page, txt.title)).toHaveCount(1)
  await expect(app.page.getByTestId('left-title')).toContainText(txt.title)

  await app.restart()
  await expect(articleList(app.page).getByRole('listitem')).toHaveCount(6)
  await expect(articleItem(app.page, txt.title)).toHaveCount(1)
  await expect(diffTable(app.page)).toContainText(txt.sentence)
})

test('files dropped on the window import from their bytes', async ({ app }) => {
  const docx = FORMATS.find((fixture) => fixture.format === 'docx')!
  const md = FORMATS.find((fixture) => fixture.format === 'md')!
  await dropFiles(app.page, [docx.path, md.path])
  const imported = app.page
    .getByRole('region', { name: 'Import results' })
    .getByRole('list', { name: 'Imported' })
  await expect(imported.getByRole('listitem')).toHaveCount(2)
  await expect(imported).toContainText(docx.title)
  await expect(imported).toContainText(md.title)
  await pickPair(app.page, docx.title, md.title)
  await expect(diffTable(app.page)).toContainText(docx.sentence)
})

test('pasted text becomes an article, and an edited title is kept', async ({ app }) => {
  const page = app.page
  await page.getByRole('button', { name: 'Paste as new article…', exact: true }).click()
  const paste = page.getByRole('dialog', { name: 'Paste as new article' })
  await paste.getByRole('textbox', { name: 'Title' }).fill('Ferry strike called off')
  await paste
    .getByRole('textbox', { name: 'Text' })
    .fill(
      'Ferry crews called off Friday’s strike after a late pay offer.\n\nSailings run as normal.',
    )
  await paste.getByRole('button', { name: 'Add article', exact: true }).click()
  await expect(paste).toHaveCount(0)
  await expect(articleItem(page, 'Ferry strike called off')).toHaveCount(1)

  await articleItem(page, 'Ferry strike called off')
    .getByRole('button', { name: 'Edit', exact: true })
    .click()
  const edit = page.getByRole('dialog', { name: 'Edit article' })
  await edit
    .getByRole('textbox', { name: 'Title' })
    .fill('Ferry strike is off after late pay offer')
  await edit.getByRole('textbox', { name: 'Source' }).fill('Harbour Radio')
  await edit.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(edit).toHaveCount(0)
  await expect(articleItem(page, 'Ferry strike is off after late pay offer')).toContainText(
    'Harbour Radio',
  )

  await app.restart()
  const item = articleItem(app.page, 'Ferry strike is off after late pay offer')
  await expect(item).toHaveCount(1)
  await expect(item).toContainText('Harbour Radio')
  await expect(articleItem(app.page, 'Ferry strike called off')).toHaveCount(0)
})

test('a damaged library file is set aside, the backup opened and the user told', async ({
  app,
}) => {
  await importThroughDialog(app, [FORMATS[0].path])
  const libraryFile = join(app.dataDir, 'library-index.json')
  const good = await readFile(libraryFile, 'utf8')
  const truncated = good.slice(0, Math.floor(good.length / 2))
  await writeFile(libraryFile, truncated)

  await app.restart()
  await expect(app.page.getByRole('alert').filter({ hasText: 'backup' })).toBeVisible()
  for (const file of seedFiles())
    await expect(articleItem(app.page, file.titleStart)).toHaveCount(1)
  // The damaged file is kept beside the library, byte for byte, never overwritten.
  const damaged = (await readdir(app.dataDir)).filter((name) =>
    name.startsWith('library-index.json.damaged'),
  )
  expect(damaged).toHaveLength(1)
  expect(await readFile(join(app.dataDir, damaged[0]!), 'utf8')).toBe(truncated)
})
