import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { RewriteLensApi } from '../src/shared/api'
import { expect, test } from './harness/app-fixture'
import { articleItem, diffTable, pickPair, seed, seedFiles } from './harness/ui'

/** Checks every seed in the library and opens them as one story; waits until it is computed. */
async function openSeedStory(page: Page): Promise<void> {
  for (const seed of seedFiles()) {
    await articleItem(page, seed.titleStart)
      .getByRole('checkbox', { name: 'Select for export' })
      .check()
  }
  await page.getByRole('button', { name: 'Compare as story', exact: true }).click()
  const story = page.getByRole('region', { name: 'Story' })
  await expect(story.getByRole('heading', { name: 'Story: 5 versions' })).toBeVisible()
  await expect(story.getByTestId('heat-0-1')).toBeVisible({ timeout: 30_000 })
}

test('the seeds as a story: heatmap, lineage, ledgers, in light, dark and narrow', async ({
  app,
}) => {
  const page = app.page
  await page.emulateMedia({ colorScheme: 'light' })
  await openSeedStory(page)
  const story = page.getByRole('region', { name: 'Story' })
  // Five versions, four lineage edges, one root.
  await expect(story.locator('[data-testid^="lineage-"]')).toHaveCount(5)
  await expect(story.locator('.story-root')).toHaveCount(1)
  // The quote ledger follows "positive messages" into the seed that says "positive signals".
  const quotes = story.getByRole('region', { name: /^Quotes/ })
  await expect(quotes.locator('mark', { hasText: 'signals' })).toBeVisible()
  await expect(
    story
      .getByRole('region', { name: /^Facts/ })
      .getByText('⚠')
      .first(),
  ).toBeVisible()
  await app.screenshot('story-light')
  await quotes.scrollIntoViewIfNeeded()
  await app.screenshot('story-ledger')

  await page.emulateMedia({ colorScheme: 'dark' })
  await app.screenshot('story-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  await app.resize(640, 900)
  // At this width the library floats over the story; Escape puts it away.
  await page.locator('body').click({ position: { x: 630, y: 890 } })
  await page.keyboard.press('Escape')
  await expect
    .poll(() => page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth))
    .toBeLessThanOrEqual(0)
  await app.screenshot('story-narrow')
})

test('a long story comparison can be cancelled, says so, and leaves the app usable', async ({
  app,
}) => {
  const page = app.page
  // Five versions of about 300 KB each, grown from the seeds in the test (nothing large in git):
  // ten full pairwise compares, far longer than the moment it takes to press Cancel.
  const versions = ['000', '001', '002', '003', '004'].map((prefix, version) => {
    const paragraphs = readFileSync(seed(prefix).path, 'utf8').split(/\n+/).filter(Boolean)
    const out: string[] = []
    for (let copy = 0; out.join('\n\n').length < 300_000; copy++)
      out.push(...paragraphs.map((text) => `${text} (version ${version}, part ${copy})`))
    return { title: `Long story version ${version + 1}`, text: out.join('\n\n') }
  })
  await page.evaluate(async (inputs) => {
    const api = (globalThis as unknown as { rewriteLens: RewriteLensApi }).rewriteLens
    for (const input of inputs) await api.importPastedText(input)
  }, versions)
  await page.reload()
  for (const version of versions) {
    await articleItem(page, version.title)
      .getByRole('checkbox', { name: 'Select for export' })
      .check()
  }
  await page.getByRole('button', { name: 'Compare as story', exact: true }).click()
  const story = page.getByRole('region', { name: 'Story' })
  await expect(story.getByRole('heading', { name: 'Story: 5 versions' })).toBeVisible()
  const status = story.getByRole('status')
  await expect(status.getByRole('progressbar', { name: 'Story progress' })).toBeVisible()
  await status.getByRole('button', { name: 'Cancel', exact: true }).click()

  await expect(status).toContainText('The story comparison was cancelled.')
  await expect(story.getByRole('progressbar', { name: 'Story progress' })).toHaveCount(0)
  await expect(story.getByTestId('heat-0-1')).toHaveCount(0)
  await expect(status.getByRole('button', { name: 'Compare again', exact: true })).toBeVisible()
  await app.screenshot('story-cancelled')

  // The app answers at once: the story closes and a pair compares in the reader as usual.
  await page.getByRole('button', { name: 'Close story', exact: true }).click()
  await expect(story).toHaveCount(0)
  await pickPair(page, seed('000').titleStart, seed('003').titleStart)
  await expect(diffTable(page)).toContainText('positive')
})

test('a heatmap cell opens its pair in the reader from the keyboard', async ({ app }) => {
  const page = app.page
  await openSeedStory(page)
  const cell = page.getByTestId('heat-0-3')
  await cell.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Story' })).toHaveCount(0)
  await expect(diffTable(page).locator('[data-testid^="row-"]').first()).toBeVisible({
    timeout: 20_000,
  })
})

test('a quote cell opens the root against that version at the quotation', async ({ app }) => {
  const page = app.page
  await openSeedStory(page)
  const quotes = page.getByRole('region', { name: /^Quotes/ })
  const marked = quotes.locator('button', { has: page.locator('mark', { hasText: 'signals' }) })
  await marked.first().click()
  await expect(page.getByRole('region', { name: 'Story' })).toHaveCount(0)
  // The row with the quotation is brought into view and marked current.
  const current = diffTable(page).locator('[data-current="true"]')
  await expect(current).toBeVisible({ timeout: 20_000 })
  await expect(current).toContainText('positive signals')
})

test('the story exports from the app, then closes back to the reader', async ({ app }) => {
  const page = app.page
  await openSeedStory(page)
  const path = `${app.dataDir}/story.md`
  await app.answerSaveDialog(path)
  await page.getByRole('button', { name: 'Export story…', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Export story' })
  await dialog.getByRole('radio', { name: 'Markdown', exact: true }).check()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(page.getByText(`Saved the report to ${path}.`)).toBeVisible({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Close story', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Story' })).toHaveCount(0)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations in the story view (${scheme})`, async ({ app }) => {
    const page = app.page
    await page.emulateMedia({ colorScheme: scheme })
    await openSeedStory(page)
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .include('#story-view')
      .analyze()
    const serious = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} — ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      )
    expect(serious).toEqual([])
  })
}
