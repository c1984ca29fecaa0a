import type { Locator, Page } from '@playwright/test'
import { expect, test } from './harness/app-fixture'
import { articleItem, articleList, seed } from './harness/ui'

// Keyboard focus never falls to the page when the control holding it goes away: a deleted
// article's Delete button, or the Undo button of a toast whose time is up.

/** The focused element's tag and label, or "the page" when nothing is focused. */
async function focusedName(page: Page): Promise<string> {
  return page.locator('body').evaluate((body) => {
    const element = body.ownerDocument.activeElement
    if (!element || element === body) return 'the page'
    return `${element.tagName.toLowerCase()} "${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}"`
  })
}

/** The Undo button of the "Deleted" toast, focused from the keyboard. */
async function focusUndo(page: Page): Promise<Locator> {
  const undo = page
    .getByRole('status')
    .filter({ hasText: 'Deleted' })
    .getByRole('button', { name: 'Undo', exact: true })
  await undo.focus()
  await expect(undo).toBeFocused()
  return undo
}

test('deleting an article from the keyboard leaves focus on the next article, and an expired toast gives it back', async ({
  app,
}) => {
  const page = app.page
  const list = articleList(page)
  const deleted = seed('001').titleStart
  const items = list.getByRole('listitem')
  await expect(articleItem(page, deleted)).toHaveCount(1)
  const row = await articleItem(page, deleted).getAttribute('data-index')
  await articleItem(page, deleted).getByRole('button', { name: 'Delete', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(articleItem(page, deleted)).toHaveCount(0)

  // The article now in the deleted one's place holds focus, on the same control.
  const next = list.locator(`[data-index="${row}"]`)
  const nextDelete = next.getByRole('button', { name: 'Delete', exact: true })
  await expect(nextDelete).toBeFocused()
  expect(await items.count()).toBeGreaterThan(0)

  // Focus goes to the toast's Undo and stays there until the toast expires (10 s): it comes back
  // to the list, not to the page.
  const undo = await focusUndo(page)
  await expect(undo).toHaveCount(0, { timeout: 15_000 })
  await expect.poll(() => focusedName(page)).not.toBe('the page')
  await expect(nextDelete).toBeFocused()
})

test('a toast that expires with focus, when the control focus came from is gone too, leaves it in the main region', async ({
  app,
}) => {
  const page = app.page
  const deleted = seed('002').titleStart
  await articleItem(page, deleted).getByRole('button', { name: 'Delete', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(articleItem(page, deleted)).toHaveCount(0)
  const undo = await focusUndo(page)
  // "[" hides the library: the article control focus came from to the toast goes with it.
  await page.keyboard.press('[')
  await expect(articleList(page)).toHaveCount(0)
  await expect(undo).toBeFocused()
  await expect(undo).toHaveCount(0, { timeout: 15_000 })
  await expect.poll(() => focusedName(page)).not.toBe('the page')
  await expect(page.locator('#reader-heading')).toBeFocused()
})
