import type { Page } from '@playwright/test'
import { expect, test } from './harness/app-fixture'
import { focusPageBody, pickPair, seed } from './harness/ui'

/** The page's background colour, to tell the themes apart. */
const backgroundOf = (page: Page): Promise<string> =>
  page
    .locator('body')
    .evaluate((body) => body.ownerDocument.defaultView!.getComputedStyle(body).backgroundColor)

// Saves the main states to e2e/screenshots/ (named in the README) so anyone can look at the UI.
test('screenshots of the main states', async ({ app }) => {
  await app.clearScreenshots()
  const page = app.page
  await page.emulateMedia({ colorScheme: 'light' })
  await app.screenshot('01-library')

  await pickPair(page, seed('000').titleStart, seed('003').titleStart)
  await app.screenshot('02-reader-light')
  const light = await backgroundOf(page)

  // The theme follows the OS setting.
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(() => backgroundOf(page)).not.toBe(light)
  await app.screenshot('03-reader-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  const lenses = [
    ['Quotes', 'quote'],
    ['Facts', 'fact'],
    ['Titles', 'title'],
  ] as const
  for (const [index, [lens, prefix]] of lenses.entries()) {
    const region = page.getByRole('region', { name: lens, exact: true })
    await expect(region).toBeVisible()
    const first = region.locator(`[data-testid^="${prefix}-"]`).first()
    if ((await first.count()) > 0) {
      await first.click()
      await expect(page.locator('[data-flash="true"]')).toBeVisible()
    }
    await app.screenshot(`${String(4 + index).padStart(2, '0')}-lens-${lens.toLowerCase()}`)
  }

  await focusPageBody(page)
  await page.keyboard.press('i')
  await expect(page.getByRole('button', { name: 'Inline view', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await app.screenshot('07-inline')
  await page.keyboard.press('i')

  await app.resize(640, 900)
  // Narrow windows reflow rather than scroll sideways.
  await expect
    .poll(() => page.locator('html').evaluate((root) => root.scrollWidth - root.clientWidth))
    .toBeLessThanOrEqual(0)
  await app.screenshot('08-narrow')
  await page.emulateMedia({ colorScheme: 'dark' })
  await app.screenshot('09-narrow-dark')
})
