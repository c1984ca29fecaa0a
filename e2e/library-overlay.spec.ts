import type { Page } from '@playwright/test'
import { expect, test } from './harness/app-fixture'
import { articleItem, articleList, pickPair, seed } from './harness/ui'

// In a narrow window the library is an overlay: keyboard focus stays inside it until it closes,
// and then goes back to the control that opened it.

/** Whether the focused element is inside the library panel. */
async function focusInLibrary(page: Page): Promise<boolean> {
  return (await page.locator('#library-panel:focus-within').count()) === 1
}

/** What has focus, for a failure message. */
async function focusedName(page: Page): Promise<string> {
  const focused = page.locator(':focus')
  if ((await focused.count()) === 0) return 'nothing'
  return focused
    .first()
    .evaluate(
      (element) =>
        `${element.tagName.toLowerCase()} "${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}"`,
    )
}

/** How many Tab stops the library panel has now. */
function libraryTabStops(page: Page): Promise<number> {
  return page
    .locator('#library-panel')
    .evaluate(
      (panel) =>
        [...panel.querySelectorAll('button, input, select, a[href], [tabindex]')].filter(
          (element) =>
            element.getAttribute('tabindex') !== '-1' &&
            !element.hasAttribute('disabled') &&
            element.getClientRects().length > 0,
        ).length,
    )
}

test('the library overlay keeps Tab inside, closes on Escape and gives focus back to its opener', async ({
  app,
}) => {
  const page = app.page
  await pickPair(page, seed('000').titleStart, seed('003').titleStart)
  await app.resize(800, 800)
  const library = page.getByRole('region', { name: 'Library' })
  const toggle = page.getByRole('button', { name: 'Library', exact: true })
  await expect(library).toHaveCSS('position', 'absolute')

  // Opened from the app bar: focus moves into the list. The stylesheet makes the library an
  // overlay as soon as the window narrows; the app's Escape handler follows a frame later (after
  // React hears the media query), so a key pressed in that frame may find no handler yet.
  await expect(async () => {
    await page.keyboard.press('Escape')
    await expect(library).toHaveCount(0, { timeout: 500 })
  }).toPass()
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(articleList(page).getByRole('button', { name: 'Left' }).first()).toBeFocused()

  // Round the panel twice each way: every stop is inside it, none in the reader or the app bar.
  const stops = await libraryTabStops(page)
  expect(stops).toBeGreaterThan(3)
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let press = 0; press < stops * 2 + 1; press++) {
      await page.keyboard.press(key)
      expect(await focusInLibrary(page), `${key} ×${press + 1}: ${await focusedName(page)}`).toBe(
        true,
      )
    }
  }

  // Escape closes it and focus returns to the Library button that opened it.
  await page.keyboard.press('Escape')
  await expect(library).toHaveCount(0)
  await expect(toggle).toBeFocused()

  // Opened with its shortcut from a control in the reader: focus returns to that control.
  const inline = page.getByRole('button', { name: 'Inline view', exact: true })
  await inline.focus()
  await page.keyboard.press('[')
  await expect(library).toBeVisible()
  await expect.poll(() => focusInLibrary(page)).toBe(true)
  await page.keyboard.press('Shift+Tab')
  expect(await focusInLibrary(page)).toBe(true)
  await page.keyboard.press('Escape')
  await expect(library).toHaveCount(0)
  await expect(inline).toBeFocused()

  // Wide again, the library is a column: Tab leaves it as it leaves any region.
  await app.resize(1280, 800)
  await toggle.click()
  await expect(library).toHaveCSS('position', 'static')
  await page.getByRole('searchbox', { name: 'Search articles' }).focus()
  let left = false
  for (let press = 0; press < 40 && !left; press++) {
    await page.keyboard.press('Tab')
    left = !(await focusInLibrary(page))
  }
  expect(left).toBe(true)
})

test('with the library overlay open, Tab reaches a toast’s Undo, and Undo runs once', async ({
  app,
}) => {
  const page = app.page
  const deleted = seed('001').titleStart
  await app.resize(800, 800)
  const library = page.getByRole('region', { name: 'Library' })
  await expect(library).toHaveCSS('position', 'absolute')

  // Delete an article from the keyboard: the toast offers Undo while the overlay stays open.
  await articleItem(page, deleted).getByRole('button', { name: 'Delete', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(articleItem(page, deleted)).toHaveCount(0)
  const toast = page.getByRole('status').filter({ hasText: 'Deleted' })
  const undo = toast.getByRole('button', { name: 'Undo', exact: true })
  await expect(undo).toBeVisible()
  await expect(library).toBeVisible()

  // Tab goes round the panel and the toasts, never elsewhere, and reaches Undo without Escape.
  const stops = (await libraryTabStops(page)) + 2
  let reached = false
  for (let press = 0; press < stops + 1 && !reached; press++) {
    await page.keyboard.press('Tab')
    const where = await focusedName(page)
    const inToasts = (await page.locator('#toasts:focus-within').count()) === 1
    expect(inToasts || (await focusInLibrary(page)), `Tab ×${press + 1}: ${where}`).toBe(true)
    reached = (await undo.and(page.locator(':focus')).count()) === 1
  }
  expect(reached, 'Tab never reached the toast’s Undo').toBe(true)
  await expect(library).toBeVisible()

  // Undo restores the article and takes its own toast away, so it cannot run twice.
  await page.keyboard.press('Enter')
  await expect(articleItem(page, deleted)).toHaveCount(1)
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible()
  await expect(toast).toHaveCount(0)
  await expect(library).toBeVisible()

  // Focus went back to the panel stop Tab left for the toast, not to the page.
  expect(await focusInLibrary(page), await focusedName(page)).toBe(true)

  // Tab goes on through the panel to the remaining toast, then round; Shift+Tab comes back.
  const restored = page
    .getByRole('status')
    .filter({ hasText: 'Restored' })
    .getByRole('button', { name: 'Dismiss' })
  let onRestored = false
  for (let press = 0; press < stops + 1 && !onRestored; press++) {
    await page.keyboard.press('Tab')
    onRestored = (await restored.and(page.locator(':focus')).count()) === 1
    if (!onRestored) expect(await focusInLibrary(page), await focusedName(page)).toBe(true)
  }
  expect(onRestored, 'Tab never reached the remaining toast').toBe(true)
  await page.keyboard.press('Tab')
  expect(await focusInLibrary(page), await focusedName(page)).toBe(true)
  await page.keyboard.press('Shift+Tab')
  await expect(restored).toBeFocused()
})
