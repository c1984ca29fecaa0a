import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { RewriteLensApi } from '../src/shared/api'
import { expect, test } from './harness/app-fixture'
import { FIXTURES_DIR } from './harness/paths'
import {
  articleItem,
  articleList,
  currentRowId,
  diffTable,
  importThroughDialog,
  pickPair,
  seed,
  seedFiles,
} from './harness/ui'

// Issue 9: provenance in the library, right-to-left text, honest progress, keyboard, small windows.

const HEBREW = {
  left: join(FIXTURES_DIR, 'hebrew-port-v1.txt'),
  right: join(FIXTURES_DIR, 'hebrew-port-v2.txt'),
  leftTitle: 'עיריית חיפה פותחת מחדש את הנמל הישן',
  rightTitle: 'הנמל הישן של חיפה נפתח מחדש',
} as const

/** The ids of the listed articles by file name, from the app's API as the page sees it. */
function idsByFileName(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { rewriteLens: RewriteLensApi }).rewriteLens
    const list = await api.listArticles({ search: '', sort: 'title' })
    return Object.fromEntries(list.map((article) => [article.fileName, article.id]))
  })
}

test('the library names each version: file, import date, source, label and published time', async ({
  app,
}) => {
  const page = app.page
  const [first, second] = seedFiles()
  const ids = await idsByFileName(page)
  await page.evaluate(
    async ([a, b]) => {
      const api = (globalThis as unknown as { rewriteLens: RewriteLensApi }).rewriteLens
      await api.updateArticle(a!, { source: 'BBC News', publishedAt: '2025-03-12T09:30' })
      await api.updateArticle(b!, { source: 'Reuters', publishedAt: '2025-03-12' })
    },
    [ids[first!.fileName], ids[second!.fileName]] as const,
  )
  await page.reload()

  // A label typed in the Edit dialog shows in the list and survives a restart.
  await articleItem(page, first!.titleStart).getByRole('button', { name: 'Edit' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit article' })
  await edit.getByRole('textbox', { name: 'Label' }).fill('after legal')
  await edit.getByLabel('Published time').fill('14:45')
  await edit.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(edit).toHaveCount(0)

  const item = articleItem(page, first!.titleStart)
  await expect(item.getByTestId('article-label')).toHaveText(/after legal/)
  await expect(item.getByTestId('article-source')).toHaveText(/BBC News/)
  await expect(item.getByTestId('article-published')).toHaveAttribute(
    'datetime',
    '2025-03-12T14:45',
  )
  await expect(item.getByTestId('article-origin')).toHaveText(first!.fileName)
  await expect(item.getByTestId('article-imported')).toContainText('imported')

  // Sorting by label puts the labelled version first; searching finds it by label and by source.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('label')
  await expect(articleList(page).getByRole('listitem').first()).toContainText('after legal')
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Reuters')
  await expect(articleList(page).getByRole('listitem')).toHaveCount(1)
  await expect(articleList(page).getByRole('listitem')).toContainText(second!.titleStart)
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('')
  await expect(articleList(page).getByRole('listitem')).toHaveCount(seedFiles().length)

  await app.screenshot('library-provenance-1280')

  // At 800 px the library floats over the reader: the diff keeps the window's width.
  await pickPair(page, seed('000').titleStart, seed('003').titleStart)
  await app.resize(800, 800)
  const library = page.getByRole('region', { name: 'Library' })
  await expect(library).toHaveCSS('position', 'absolute')
  const reader = await page.getByRole('region', { name: 'Reader' }).boundingBox()
  expect(reader?.width ?? 0).toBeGreaterThan(760)
  await app.screenshot('library-provenance-800')
  await page.keyboard.press('Escape')
  await expect(library).toHaveCount(0)
  // Focus goes back to the button that opens it, and into the list when it opens again.
  const toggle = page.getByRole('button', { name: 'Library', exact: true })
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(articleList(page).getByRole('button', { name: 'Left' }).first()).toBeFocused()
})

test('a Hebrew pair reads right to left, side by side and inline', async ({ app }) => {
  const page = app.page
  await importThroughDialog(app, [HEBREW.left, HEBREW.right])
  await page.getByRole('button', { name: 'Dismiss import results' }).click()
  await pickPair(page, HEBREW.leftTitle, HEBREW.rightTitle)

  const paragraphs = diffTable(page).locator('.para-text')
  await expect(paragraphs.first()).toHaveAttribute('dir', 'auto')
  const directions = await paragraphs.evaluateAll((elements) =>
    elements.map(
      (element) => element.ownerDocument.defaultView!.getComputedStyle(element).direction,
    ),
  )
  expect(new Set(directions)).toEqual(new Set(['rtl']))
  await expect(diffTable(page)).toContainText('היסטורי')
  const titles = articleList(page).locator('.article-title')
  expect(
    await titles.evaluateAll(
      (elements) =>
        elements.filter(
          (element) =>
            element.ownerDocument.defaultView!.getComputedStyle(element).direction === 'rtl',
        ).length,
    ),
  ).toBe(2)
  const quotes = page.getByRole('region', { name: 'Quotes', exact: true })
  await expect(quotes.locator('.lens-text').first()).toHaveAttribute('dir', 'auto')
  await app.screenshot('hebrew-side-by-side')

  await page.getByRole('button', { name: 'Inline view', exact: true }).click()
  // Each Hebrew title is isolated, so "Left → Right" keeps its order between them.
  const header = diffTable(page).getByRole('columnheader').nth(1)
  await expect(header.locator('bdi')).toHaveText([HEBREW.leftTitle, HEBREW.rightTitle])
  await app.screenshot('hebrew-inline')
})

test('import failures are listed first with their reasons, and the pop-up opens the list', async ({
  app,
}) => {
  const page = app.page
  const results = await importThroughDialog(app, [
    HEBREW.left,
    join(FIXTURES_DIR, 'scan.pdf'),
    join(FIXTURES_DIR, 'harbour-reopens.txt'),
    seed('002').path,
  ])
  const lists = results.getByRole('list')
  await expect(lists.first()).toHaveAccessibleName('Failed')
  await expect(lists.first()).toContainText('scan.pdf')
  await expect(results.getByRole('list', { name: 'Imported' }).getByRole('listitem')).toHaveCount(2)

  const toast = page.getByRole('alert').filter({ hasText: 'could not' })
  await expect(toast).toHaveCount(1)
  await page.locator('#diff-rows, #reader-heading').first().focus()
  await toast.getByRole('button', { name: 'Show the list' }).click()
  await expect(results).toBeFocused()
  await app.screenshot('import-failures')
})

test('a long comparison shows its stage and can be cancelled; the window stays responsive', async ({
  app,
}) => {
  const page = app.page
  // About 400 KB a side: seed paragraphs repeated, each copy told apart by its number.
  const grow = (path: string, tag: string): string => {
    const paragraphs = readFileSync(path, 'utf8').split(/\n+/).filter(Boolean)
    const out: string[] = []
    for (let copy = 0; out.join('\n\n').length < 400_000; copy++)
      out.push(...paragraphs.map((text) => `${text} (${tag} part ${copy})`))
    return out.join('\n\n')
  }
  const left = grow(seed('000').path, 'left')
  const right = grow(seed('003').path, 'right')
  await page.evaluate(
    async ([l, r]) => {
      const api = (globalThis as unknown as { rewriteLens: RewriteLensApi }).rewriteLens
      await api.importPastedText({ title: 'Long version A', text: l! })
      await api.importPastedText({ title: 'Long version B', text: r! })
    },
    [left, right] as const,
  )
  await page.reload()
  await articleItem(page, 'Long version A').getByRole('button', { name: 'Left' }).click()
  await articleItem(page, 'Long version B').getByRole('button', { name: 'Right' }).click()

  const status = page.getByTestId('compare-status')
  await expect(page.getByTestId('compare-stage')).toContainText(/Comparing: .+ \(step \d of \d\)/)
  await expect(page.getByText('Use Left and Right')).toHaveCount(0)
  // The page answers while the worker compares: a frame is painted within a second.
  const frame = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now()
        const { requestAnimationFrame } = globalThis as unknown as {
          requestAnimationFrame: (callback: () => void) => void
        }
        requestAnimationFrame(() => resolve(performance.now() - start))
      }),
  )
  expect(frame).toBeLessThan(1000)
  await app.screenshot('compare-progress')

  await status.getByRole('button', { name: 'Cancel' }).click()
  await expect(status).toContainText('Comparison cancelled.')
  await expect(diffTable(page)).toHaveCount(0)
  await app.screenshot('compare-cancelled')

  // Comparing again starts over from the first stage, and can be cancelled again.
  await status.getByRole('button', { name: 'Compare again' }).click()
  await expect(page.getByTestId('compare-stage')).toBeVisible()
  await status.getByRole('button', { name: 'Cancel' }).click()
  await expect(status).toContainText('Comparison cancelled.')
})

test('keyboard only: from a fresh start to the first change in two Tab presses', async ({
  app,
}) => {
  const page = app.page
  let tabs = 0
  const tab = async (): Promise<void> => {
    tabs++
    await page.keyboard.press('Tab')
  }
  await tab()
  await expect(page.getByRole('link', { name: 'Skip to the article list' })).toBeFocused()
  await page.keyboard.press('Enter')
  const list = articleList(page)
  const first = list.getByRole('listitem').nth(0)
  await expect(first.getByRole('button', { name: 'Left', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowRight')
  const second = list.getByRole('listitem').nth(1)
  await expect(second.getByRole('button', { name: 'Right', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(diffTable(page).locator('[data-testid^="row-"]').first()).toBeVisible({
    timeout: 20_000,
  })

  // The whole list is one Tab stop: the next Tab leaves it.
  await tab()
  expect(
    await list.evaluate((element) => element.contains(element.ownerDocument.activeElement)),
  ).toBe(false)
  await page.keyboard.press('j')
  await expect.poll(() => currentRowId(page)).not.toBeNull()
  expect(tabs).toBeLessThanOrEqual(2)
  await app.screenshot('keyboard-first-change')
})

test('the skip link used while the library is still loading lands on the list once it shows', async ({
  app,
}) => {
  test.skip(
    app.target !== 'chromium',
    'the delay is put into the test bridge, which only Chromium has',
  )
  const page = app.page
  // Hold the library's list answer for a moment, as a large library's first load can take.
  await page.context().addInitScript(() => {
    const scope = globalThis as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
    const key = '__rewriteLensE2E_listArticles'
    const answer = scope[key]!
    scope[key] = (...args) =>
      new Promise((resolve) => setTimeout(resolve, 1500)).then(() => answer(...args))
  })
  await page.reload()
  await expect(page.getByText('Loading the library…')).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to the article list' })).toBeFocused()
  await page.keyboard.press('Enter')
  const first = articleList(page).getByRole('listitem').nth(0)
  await expect(first.getByRole('button', { name: 'Left', exact: true })).toBeFocused()
})

test('the skip link to the differences reaches the rows of a remembered pair', async ({ app }) => {
  const page = app.page
  await pickPair(page, seed('000').titleStart, seed('003').titleStart)
  await page.reload()
  await expect(diffTable(page).locator('[data-testid^="row-"]').first()).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to the differences' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#diff-rows')).toBeFocused()
  await page.keyboard.press('F7')
  await expect.poll(() => currentRowId(page)).not.toBeNull()
})

test('a library of 10,000 articles renders only what is on screen and reaches its end by keyboard', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const page = app.page
  const importStarted = Date.now()
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { rewriteLens: RewriteLensApi }).rewriteLens
    const encoder = new TextEncoder()
    // The API takes at most 1,000 files a call, so the library grows in ten batches.
    for (let batch = 0; batch < 10; batch++) {
      const sources = Array.from({ length: 1000 }, (_, i) => {
        const n = batch * 1000 + i
        return {
          fileName: `brief-${String(n).padStart(5, '0')}.txt`,
          bytes: encoder.encode(`Brief ${n}\n\nCouncil note number ${n} about the harbour.`),
        }
      })
      await api.importFiles(sources)
    }
  })
  console.log(`10,000 articles: imported in ${Date.now() - importStarted} ms`)
  await page.reload()
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('fileName')
  const list = articleList(page)
  await expect(list.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 })
  await expect(list.getByRole('listitem').first()).toHaveAttribute(
    'aria-setsize',
    String(10_000 + seedFiles().length),
  )
  expect(await list.getByRole('listitem').count()).toBeLessThan(60)

  // Scroll the list for a second and record the longest gap between painted frames.
  const longestFrame = await list.evaluate(async (element) => {
    const view = element.ownerDocument.defaultView!
    const scroller = element.parentElement!
    let last = view.performance.now()
    let longest = 0
    const started = last
    await new Promise<void>((resolve) => {
      const tick = (): void => {
        const now = view.performance.now()
        longest = Math.max(longest, now - last)
        last = now
        scroller.scrollTop += 400
        if (now - started < 1000) view.requestAnimationFrame(tick)
        else resolve()
      }
      view.requestAnimationFrame(tick)
    })
    return longest
  })
  console.log(`10,000 articles: longest frame while scrolling ${Math.round(longestFrame)} ms`)
  expect(await list.getByRole('listitem').count()).toBeLessThan(60)

  await page.getByRole('link', { name: 'Skip to the article list' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('End')
  const last = list.getByRole('listitem').filter({ hasText: 'brief-09999.txt' })
  await expect(last.getByRole('button', { name: 'Left', exact: true })).toBeFocused()
})
