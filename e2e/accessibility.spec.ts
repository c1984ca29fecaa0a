import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './harness/app-fixture'
import { FIXTURES_DIR } from './harness/paths'
import { articleItem, importThroughDialog, pickPair, seed } from './harness/ui'

// An axe-core audit of every screen: the library, the reader with each lens, light and dark, and
// every dialog. Serious and critical violations fail the test, listed with the elements involved.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The serious and critical violations on the page, one readable line each. */
async function seriousViolations(page: Page, include?: string): Promise<ReadonlyArray<string>> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS)
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    )
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations in the library and the reader (${scheme})`, async ({
    app,
  }) => {
    const page = app.page
    await page.emulateMedia({ colorScheme: scheme })
    expect(await seriousViolations(page), 'library').toEqual([])

    await pickPair(page, seed('000').titleStart, seed('003').titleStart)
    // Each lens open on its own, then all together.
    const lenses = ['Quotes', 'Facts', 'Titles'] as const
    const toggles = lenses.map((lens) =>
      page
        .getByRole('region', { name: lens, exact: true })
        .getByRole('button', { name: new RegExp(`^${lens}`) }),
    )
    for (const [index, lens] of lenses.entries()) {
      for (const [other, toggle] of toggles.entries()) {
        const open = (await toggle.getAttribute('aria-expanded')) === 'true'
        if (open !== (other === index)) await toggle.click()
      }
      expect(await seriousViolations(page), `reader with ${lens}`).toEqual([])
    }
    for (const toggle of toggles)
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()

    await page.getByRole('button', { name: 'Inline view', exact: true }).click()
    expect(await seriousViolations(page), 'inline view').toEqual([])
    await page.getByRole('button', { name: 'Inline view', exact: true }).click()

    await app.resize(800, 800)
    expect(await seriousViolations(page), 'narrow window, library overlay').toEqual([])
  })
}

test('no serious accessibility violations in any dialog', async ({ app }) => {
  const page = app.page
  // The import results with a failure, and the pop-up that opens them.
  await importThroughDialog(app, [
    join(FIXTURES_DIR, 'scan.pdf'),
    join(FIXTURES_DIR, 'harbour-reopens.txt'),
  ])
  await expect(page.getByRole('button', { name: 'Show the list' })).toBeVisible()
  expect(await seriousViolations(page), 'import results and pop-up').toEqual([])
  await pickPair(page, seed('000').titleStart, seed('003').titleStart)
  const dialogs: ReadonlyArray<{ readonly name: string; readonly open: () => Promise<void> }> = [
    {
      name: 'Paste as new article',
      open: () => page.getByRole('button', { name: 'Paste as new article…' }).click(),
    },
    {
      name: 'Edit article',
      open: () =>
        articleItem(page, seed('000').titleStart).getByRole('button', { name: 'Edit' }).click(),
    },
    {
      name: 'Export report',
      open: () => page.getByRole('button', { name: 'Export report…' }).click(),
    },
    {
      name: 'Export all pairs',
      open: () => page.getByRole('button', { name: 'Export all pairs…' }).click(),
    },
    {
      name: 'Keyboard shortcuts',
      open: () => page.getByRole('button', { name: 'Keyboard shortcuts' }).click(),
    },
  ]
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const dialog of dialogs) {
      await dialog.open()
      const shown = page.getByRole('dialog', { name: dialog.name })
      await expect(shown).toBeVisible()
      expect(await seriousViolations(page, 'dialog'), `${dialog.name} (${scheme})`).toEqual([])
      await page.keyboard.press('Escape')
      await expect(shown).toHaveCount(0)
    }
  }
})
