import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'
import type { AppUnderTest } from './app-fixture'
import { SEEDS_DIR } from './paths'

/** A seed article as it sits in seeds/: its file and how its title starts. */
export interface SeedFile {
  readonly path: string
  readonly fileName: string
  /**
   * The first words of its first line. A seed's title is its first line, which for most seeds is a
   * whole lead paragraph that the library shortens; these words identify it either way.
   */
  readonly titleStart: string
}

/** The first words of `line`, up to about 60 characters. */
function startOf(line: string): string {
  const words = line.trim().split(/\s+/)
  let start = words[0] ?? ''
  for (const word of words.slice(1)) {
    if (start.length + 1 + word.length > 60) break
    start += ` ${word}`
  }
  return start
}

/** The seed files in name order, read from seeds/ rather than written into the specs. */
export function seedFiles(): ReadonlyArray<SeedFile> {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((fileName) => {
      const path = join(SEEDS_DIR, fileName)
      const text = readFileSync(path, 'utf8')
      const firstLine = text.split(/\r?\n/).find((line) => line.trim()) ?? ''
      return { path, fileName, titleStart: startOf(firstLine) }
    })
}

/** The seed whose file name starts with `prefix` (e.g. '003'). */
export function seed(prefix: string): SeedFile {
  const found = seedFiles().find((file) => file.fileName.startsWith(prefix))
  if (!found) throw new Error(`e2e: no seed file starts with ${prefix} in ${SEEDS_DIR}.`)
  return found
}

/** The library's list of articles. */
export function articleList(page: Page): Locator {
  return page.getByRole('region', { name: 'Library' }).getByRole('list', { name: 'Articles' })
}

/** The library item whose text contains `title`. */
export function articleItem(page: Page, title: string): Locator {
  return articleList(page).getByRole('listitem').filter({ hasText: title })
}

/** Puts the two articles on the left and the right, and waits until their diff is shown. */
export async function pickPair(page: Page, leftTitle: string, rightTitle: string): Promise<void> {
  await articleItem(page, leftTitle).getByRole('button', { name: 'Left', exact: true }).click()
  await articleItem(page, rightTitle).getByRole('button', { name: 'Right', exact: true }).click()
  await waitForDiff(page)
}

/** The reader's diff table. */
export function diffTable(page: Page): Locator {
  return page.getByRole('region', { name: 'Reader' }).getByRole('table', { name: 'Differences' })
}

/** Waits until the compare worker is idle and the diff has rows. */
async function waitForDiff(page: Page): Promise<void> {
  await expect(page.getByTestId('compare-status')).toHaveCount(0, { timeout: 20_000 })
  await expect(diffTable(page).locator('[data-testid^="row-"]').first()).toBeVisible()
}

/** Answers the Import… dialog with `paths`, clicks Import… and waits for the results panel. */
export async function importThroughDialog(
  app: AppUnderTest,
  paths: ReadonlyArray<string>,
): Promise<Locator> {
  await app.answerImportDialog(paths)
  await app.page.getByRole('button', { name: 'Import…', exact: true }).click()
  const results = app.page.getByRole('region', { name: 'Import results' })
  await expect(results).toBeVisible()
  return results
}

/** Moves keyboard focus out of any text field, so the reader's single-key shortcuts apply. */
export async function focusPageBody(page: Page): Promise<void> {
  const focused = page.locator('*:focus')
  if ((await focused.count()) > 0) await focused.first().blur()
}

/** The `data-testid` of the row marked as the current change, or null when there is none. */
export async function currentRowId(page: Page): Promise<string | null> {
  const current = diffTable(page).locator('[data-current="true"]')
  if ((await current.count()) === 0) return null
  return current.first().getAttribute('data-testid')
}

/** The engine row index in a `row-<index>` test id. */
export function rowIndexOf(testId: string | null): number {
  const index = Number(/^row-(\d+)$/.exec(testId ?? '')?.[1] ?? NaN)
  if (Number.isNaN(index)) throw new Error(`e2e: "${testId}" is not a row-<index> test id.`)
  return index
}

/**
 * Drops files on the window as the OS would, with their bytes (a browser gives no paths): dragenter,
 * dragover (the drop overlay shows), then drop.
 */
export async function dropFiles(page: Page, paths: ReadonlyArray<string>): Promise<void> {
  const files = paths.map((path) => ({
    name: basename(path),
    base64: readFileSync(path).toString('base64'),
  }))
  const transfer = await page.evaluateHandle((list) => {
    // e2e is type-checked with Node's libraries, so the one DOM class used here is typed by hand.
    type Transfer = { readonly items: { add(file: File): void } }
    const { DataTransfer } = globalThis as unknown as { DataTransfer: new () => Transfer }
    const data = new DataTransfer()
    for (const { name, base64 } of list)
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name))
    return data
  }, files)
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer })
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer })
  await expect(page.getByTestId('drop-overlay')).toBeVisible()
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer })
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0)
}
