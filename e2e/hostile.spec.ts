import { join } from 'node:path'
import { expect, test } from './harness/app-fixture'
import { FIXTURES_DIR, REPO_ROOT } from './harness/paths'
import { articleItem, diffTable, importThroughDialog, pickPair, seed } from './harness/ui'

const HOSTILE_PAGE = join(FIXTURES_DIR, 'hostile-page.html')
const HOSTILE_TITLE = 'Inspectors find faults in the water plant’s alarm system'
// The importers' hostile .docx: markup typed as text, a javascript: link, a remote image, a field.
const HOSTILE_DOCX = join(REPO_ROOT, 'src', 'node', 'importers', 'fixtures', 'hostile.docx')

/** Elements and attributes that would mean article markup became live DOM. */
const LIVE_MARKUP = [
  'script',
  'iframe',
  'object',
  'embed',
  'img[src*="x-missing"]',
  '[onerror]',
  '[onload]',
  'a[href^="javascript:"]',
] as const

/** Every global the payloads in the fixtures try to set. */
const PAYLOAD_GLOBALS = ['__rewriteLensPwned', '__pwned'] as const

test('a hostile saved page shows as text and runs nothing', async ({ app }) => {
  const page = app.page
  const results = await importThroughDialog(app, [HOSTILE_PAGE])
  await expect(results.getByRole('list', { name: 'Imported' })).toContainText(HOSTILE_TITLE)
  await pickPair(page, HOSTILE_TITLE, seed('000').titleStart)

  const reader = page.getByRole('region', { name: 'Reader' })
  const table = diffTable(page)
  // Markup that was text in the page stays text, character for character.
  await expect(table).toContainText(`<img src=x onerror="window.__rewriteLensPwned='escaped-img'">`)
  await expect(table).toContainText(`<script>window.__rewriteLensPwned='escaped-script'</script>`)
  // The article's prose survives around the removed elements.
  await expect(table).toContainText('The plant supplies drinking water to about 60,000 homes.')
  await expect(table).toContainText('council website')

  // Nothing from the page became an element, ran, asked for a resource or opened a dialog.
  for (const selector of LIVE_MARKUP)
    await expect(reader.locator(selector), selector).toHaveCount(0)
  await expect(page.locator('iframe')).toHaveCount(0)
  await page.waitForTimeout(500)
  for (const name of PAYLOAD_GLOBALS)
    expect(await page.evaluate((key) => key in globalThis, name), `window.${name}`).toBe(false)
  expect(app.pageDialogs).toEqual([])
  expect(app.blockedRequests).toEqual([])
})

test('a hostile .docx imports as inert text', async ({ app }) => {
  const page = app.page
  const title = 'Council publishes flood plan'
  await importThroughDialog(app, [HOSTILE_DOCX])
  await expect(articleItem(page, title)).toHaveCount(1)
  await pickPair(page, title, seed('000').titleStart)

  const table = diffTable(page)
  await expect(table).toContainText('<script>window.__pwned = true; alert("docx")</script>')
  await expect(table).toContainText('The plan takes effect on 1 March.')
  const reader = page.getByRole('region', { name: 'Reader' })
  for (const selector of LIVE_MARKUP)
    await expect(reader.locator(selector), selector).toHaveCount(0)
  await page.waitForTimeout(500)
  for (const name of PAYLOAD_GLOBALS)
    expect(await page.evaluate((key) => key in globalThis, name), `window.${name}`).toBe(false)
  expect(app.pageDialogs).toEqual([])
  expect(app.blockedRequests).toEqual([])
})
