import { expect, test } from './harness/app-fixture'
import { diffTable, focusPageBody, pickPair, seed } from './harness/ui'

test('the library and the lenses fold away with their buttons and keys, and stay so', async ({
  app,
}) => {
  const page = app.page
  await pickPair(page, seed('000').titleStart, seed('003').titleStart)
  const library = page.getByRole('region', { name: 'Library' })
  const toggle = page.getByRole('button', { name: 'Library', exact: true })
  const cell = diffTable(page).locator('[data-op="changed"]').first().getByRole('cell').first()
  const widthOf = async (): Promise<number> => (await cell.boundingBox())?.width ?? 0
  const before = await widthOf()

  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await toggle.click()
  await expect(library).toHaveCount(0)
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect.poll(widthOf).toBeGreaterThan(before)

  await page.reload()
  await expect(diffTable(page).locator('[data-testid^="row-"]').first()).toBeVisible()
  await expect(library).toHaveCount(0)
  await focusPageBody(page)
  await page.keyboard.press('[')
  await expect(library).toBeVisible()

  const lenses = page.getByRole('complementary', { name: 'Lenses' })
  await page.keyboard.press(']')
  await expect(lenses).toHaveCount(0)
  await page.getByRole('button', { name: 'Lenses', exact: true }).click()
  await expect(lenses).toBeVisible()
})

test('the lens panel resizes from its edge with the arrow keys', async ({ app }) => {
  const page = app.page
  const lenses = page.getByRole('complementary', { name: 'Lenses' })
  const widthOf = async (): Promise<number> => (await lenses.boundingBox())?.width ?? 0
  const before = await widthOf()
  const handle = page.getByRole('separator', { name: 'Resize lenses' })
  await handle.focus()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect.poll(widthOf).toBeGreaterThan(before + 40)
})

test('a row reached by Next lands with its top below the column header', async ({ app }) => {
  const page = app.page
  // Large text in a short window makes rows taller than the diff's viewport: centring those hid
  // their top.
  await app.resize(1280, 480)
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Larger text' }).click()
  await pickPair(page, seed('000').titleStart, seed('003').titleStart)
  await focusPageBody(page)
  const header = diffTable(page).getByRole('columnheader').first()
  const current = diffTable(page).locator('[data-current="true"]')
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('j')
    await expect(current).toHaveCount(1)
    const headerBox = await header.boundingBox()
    await expect
      .poll(async () => (await current.boundingBox())?.y ?? -1)
      .toBeGreaterThanOrEqual((headerBox?.y ?? 0) + (headerBox?.height ?? 0))
  }
})

test('¶ numbers are the 0-based paragraph indices the reports use', async ({ app }) => {
  const page = app.page
  await pickPair(page, seed('000').titleStart, seed('003').titleStart)
  const row = diffTable(page).locator('[data-op="changed"]').first()
  const left = (await row.getAttribute('data-left'))!.split(' ')[0]
  // The ¶ label is for sighted readers (screen readers hear it in the row header).
  await expect(row.getByRole('cell').first().locator('.para-number').first()).toHaveText(
    `¶ ${left}`,
  )
})

test('? lists the keyboard shortcuts and the legend explains the marks', async ({ app }) => {
  const page = app.page
  await focusPageBody(page)
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help).toContainText('Next change')
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)

  await page.getByText('Legend', { exact: true }).click()
  const legend = page.getByRole('group', { name: 'Legend' })
  await expect(legend).toBeVisible()
  await expect(legend.locator('del')).toHaveCSS('text-decoration-line', /line-through/)
  await expect(legend).toContainText('a quotation')
})
