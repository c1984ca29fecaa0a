import type { Page } from '@playwright/test'
import { expect, test } from './harness/app-fixture'
import { currentRowId, diffTable, focusPageBody, pickPair, rowIndexOf, seed } from './harness/ui'

/** Presses `key` and returns the row that became current, checking that it is in view. */
async function stepWith(page: Page, key: string): Promise<number> {
  const before = await currentRowId(page)
  await page.keyboard.press(key)
  await expect.poll(() => currentRowId(page)).not.toBe(before)
  const current = diffTable(page).locator('[data-current="true"]')
  await expect(current).toBeInViewport()
  return rowIndexOf(await current.getAttribute('data-testid'))
}

test('picking two articles shows aligned rows with removed and added words', async ({ app }) => {
  const left = seed('000')
  const right = seed('003')
  await pickPair(app.page, left.titleStart, right.titleStart)

  await expect(app.page.getByTestId('left-title')).toContainText(left.titleStart)
  await expect(app.page.getByTestId('right-title')).toContainText(right.titleStart)
  await expect(app.page.getByTestId('similarity')).toHaveText(
    /wording kept \d+% · content shared \d+% \/ \d+%/,
  )

  const table = diffTable(app.page)
  expect(await table.locator('[data-testid^="row-"]').count()).toBeGreaterThan(1)
  // In a changed row, removed words sit on the left, struck through; added on the right, underlined.
  const changed = table.locator('[data-op="changed"]').first()
  // The row header (its change label) comes first; then the left and the right cell.
  const [leftCell, rightCell] = [changed.getByRole('cell').nth(0), changed.getByRole('cell').nth(1)]
  await expect(leftCell.locator('ins')).toHaveCount(0)
  await expect(rightCell.locator('del')).toHaveCount(0)
  const removed = leftCell.locator('del').first()
  const added = rightCell.locator('ins').first()
  await expect(removed).toBeVisible()
  await expect(added).toBeVisible()
  await expect(removed).toHaveCSS('text-decoration-line', /line-through/)
  await expect(added).toHaveCSS('text-decoration-line', /underline/)
  await expect(table.locator('[data-mark="quote"]').first()).toBeVisible()
})

test('the Quotes lens lists “positive messages” → “positive signals” and jumps to its row', async ({
  app,
}) => {
  await pickPair(app.page, seed('000').titleStart, seed('003').titleStart)
  const page = app.page
  // The item's accessible name reads the change in full: status, speaker, old → new wording.
  const item = page.getByRole('region', { name: 'Quotes' }).getByRole('button', {
    name: /^Altered \([^)]*Trump\): “positive messages” → “positive signals”$/,
  })
  await expect(item).toHaveCount(1)

  // Scroll the diff to its end first, so the jump has somewhere to go.
  const table = diffTable(page)
  const target = table.locator('[data-testid^="row-"]').filter({ hasText: 'positive signals' })
  await table.hover()
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 2000)
  await expect(target).not.toBeInViewport()

  await item.click()
  await expect(target).toBeInViewport()
  await expect(target).toHaveAttribute('data-flash', 'true')
  await expect(target.locator('ins')).toContainText(['signals'])
})

test('F7 / Shift+F7, j / k and the menu step through the changes', async ({ app }) => {
  await pickPair(app.page, seed('000').titleStart, seed('003').titleStart)
  const page = app.page
  await focusPageBody(page)

  const first = await stepWith(page, 'F7')
  const second = await stepWith(page, 'F7')
  expect(second).toBeGreaterThan(first)
  expect(await stepWith(page, 'Shift+F7')).toBe(first)

  expect(await stepWith(page, 'j')).toBe(second)
  const third = await stepWith(page, 'j')
  expect(third).toBeGreaterThan(second)
  expect(await stepWith(page, 'k')).toBe(second)

  await app.sendMenuCommand('next-change')
  await expect(diffTable(page).locator('[data-current="true"]')).toHaveAttribute(
    'data-testid',
    `row-${third}`,
  )
})

test('s swaps the sides and i switches to the inline view', async ({ app }) => {
  const left = seed('000')
  const right = seed('003')
  await pickPair(app.page, left.titleStart, right.titleStart)
  const page = app.page
  await focusPageBody(page)

  await page.keyboard.press('s')
  await expect(page.getByTestId('left-title')).toContainText(right.titleStart)
  await expect(page.getByTestId('right-title')).toContainText(left.titleStart)

  const inline = page.getByRole('button', { name: 'Inline view', exact: true })
  await expect(inline).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('i')
  await expect(inline).toHaveAttribute('aria-pressed', 'true')
  // One column: removed and added words share a cell, which side by side they never do.
  const sharedCells = diffTable(page)
    .getByRole('cell')
    .filter({ has: page.locator('del') })
    .filter({ has: page.locator('ins') })
  await expect(sharedCells.first()).toBeVisible()
  await page.keyboard.press('i')
  await expect(inline).toHaveAttribute('aria-pressed', 'false')
  await expect(sharedCells).toHaveCount(0)
})
