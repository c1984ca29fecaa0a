import type { Page } from '@playwright/test'
import { expect, test } from './harness/app-fixture'
import { diffTable, pickPair, seed } from './harness/ui'

/** Adds an article through the Paste dialog. */
async function pasteArticle(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste as new article…', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Paste as new article' })
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title)
  await dialog.getByRole('textbox', { name: 'Text' }).fill(text)
  await dialog.getByRole('button', { name: 'Add article', exact: true }).click()
  await expect(dialog).toHaveCount(0)
}

/** The words the diff marks as removed and added, in reading order. */
async function markedWords(page: Page): Promise<{ removed: string; added: string }> {
  const table = diffTable(page)
  const join = (texts: ReadonlyArray<string>): string =>
    texts.map((text) => text.trim()).join(' | ')
  return {
    removed: join(await table.locator('del').allInnerTexts()),
    added: join(await table.locator('ins').allInnerTexts()),
  }
}

test('Ignore case applies live: only the real change stays marked', async ({ app }) => {
  const page = app.page
  await pasteArticle(
    page,
    'Ferries sail on Monday',
    'The harbour master said the ferries would sail on Monday.',
  )
  await pasteArticle(
    page,
    'FERRIES SAIL ON TUESDAY',
    'THE HARBOUR MASTER said the ferries would sail on Tuesday.',
  )
  await pickPair(page, 'Ferries sail on Monday', 'FERRIES SAIL ON TUESDAY')

  const ignoreCase = page.getByRole('checkbox', { name: 'Ignore case', exact: true })
  await expect(ignoreCase).not.toBeChecked()
  await expect.poll(() => markedWords(page).then((words) => words.removed)).toContain('harbour')

  await ignoreCase.check()
  await expect.poll(() => markedWords(page)).toEqual({ removed: 'Monday', added: 'Tuesday' })

  await ignoreCase.uncheck()
  await expect.poll(() => markedWords(page).then((words) => words.added)).toContain('HARBOUR')
})

test('text size zooms and the overview strip jumps to a far change', async ({ app }) => {
  const page = app.page
  await pickPair(page, seed('000').titleStart, seed('003').titleStart)
  const cell = diffTable(page).locator('[data-testid^="row-"]').first()
  const fontSize = (): Promise<number> =>
    cell.evaluate((node) =>
      parseFloat(node.ownerDocument.defaultView!.getComputedStyle(node).fontSize),
    )

  const before = await fontSize()
  await page.getByRole('button', { name: 'Larger text', exact: true }).click()
  await expect.poll(fontSize).toBeGreaterThan(before)
  await page.getByRole('button', { name: 'Default text size', exact: true }).click()
  await expect.poll(fontSize).toBe(before)

  const marks = page.getByRole('navigation', { name: 'Change overview' }).getByRole('button')
  expect(await marks.count()).toBeGreaterThan(3)
  const last = marks.last()
  const rowIndex = (await last.getAttribute('data-testid'))!.replace('overview-', '')
  await last.click()
  const row = diffTable(page).getByTestId(`row-${rowIndex}`)
  await expect(row).toBeInViewport()
  await expect(row).toHaveAttribute('data-current', 'true')
})
