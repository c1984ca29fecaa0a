import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { rewritePair, seedParagraphs } from '../scripts/bench/rewrite-texts'
import { expect, test } from './harness/app-fixture'
import { SEEDS_DIR } from './harness/paths'
import { articleItem, diffTable, importThroughDialog } from './harness/ui'

// Issue 7: on the 1 MB pair the quotes and facts stages take seconds each. The progress bar must
// move inside them (not sit still until the stage ends), and Cancel must stop them.

const QUOTES = 'Matching quotations'
const FACTS = 'Matching numbers, dates and names'

/** What the page's progress line showed, in order: the stage's text and the bar's value. */
interface Shown {
  readonly stage: string
  readonly value: number
  /** When it was first shown (ms, page clock). */
  readonly at: number
}

/**
 * Records every distinct (stage, bar value) the progress line shows, and clicks Cancel the first
 * time the bar has moved inside `cancelIn` (so the click lands while that stage is running).
 */
async function watchProgress(page: Page, cancelIn: string): Promise<void> {
  await page.evaluate((cancelStage) => {
    interface Node {
      textContent: string | null
      getAttribute(name: string): string | null
      click(): void
    }
    const scope = globalThis as unknown as {
      __shown: Array<{ stage: string; value: number; at: number }>
      __cancelledAt: { stage: string; value: number; at: number } | null
      document: { querySelector(selector: string): Node | null; body: unknown }
      MutationObserver: new (callback: () => void) => {
        observe(target: unknown, options: object): void
      }
    }
    const { document } = scope
    scope.__shown = []
    scope.__cancelledAt = null
    let entered: number | null = null
    const observer = new scope.MutationObserver(() => {
      const stageText = document.querySelector('[data-testid="compare-stage"]')?.textContent ?? ''
      const bar = document.querySelector('progress[aria-label="Comparison progress"]')
      if (!stageText || !bar) return
      const stage = stageText.replace(/^Comparing: | \(step.*$/g, '')
      const value = Number(bar.getAttribute('value'))
      const last = scope.__shown[scope.__shown.length - 1]
      const at = performance.now()
      if (last?.stage !== stage || last.value !== value) scope.__shown.push({ stage, value, at })
      if (stage !== cancelStage || scope.__cancelledAt !== null) return
      entered ??= value
      if (value <= entered) return
      scope.__cancelledAt = { stage, value, at }
      const cancel = document.querySelector('[data-testid="compare-status"] button.button')
      cancel?.click()
    })
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    })
  }, cancelIn)
}

/** The (stage, value) pairs shown so far, and where Cancel was clicked. */
function shown(page: Page): Promise<{
  readonly shown: ReadonlyArray<Shown>
  readonly cancelledAt: Shown | null
}> {
  return page.evaluate(() => {
    const scope = globalThis as unknown as {
      __shown: ReadonlyArray<Shown>
      __cancelledAt: Shown | null
    }
    return { shown: scope.__shown, cancelledAt: scope.__cancelledAt }
  })
}

/** Each stage shown with how many bar values it showed, for a failure message. */
function summary(values: ReadonlyArray<Shown>): string {
  const counts = new Map<string, number>()
  for (const { stage } of values) counts.set(stage, (counts.get(stage) ?? 0) + 1)
  return [...counts].map(([stage, count]) => `${stage} ×${count}`).join(', ')
}

/** Per stage, the longest time between two values it showed. */
function stillest(values: ReadonlyArray<Shown>): string {
  const longest = new Map<string, number>()
  values.forEach((shown, index) => {
    const next = values[index + 1]
    if (next?.stage !== shown.stage) return
    longest.set(shown.stage, Math.max(longest.get(shown.stage) ?? 0, next.at - shown.at))
  })
  return [...longest].map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(', ')
}

test('the 1 MB pair: the bar moves inside the quotes and facts stages, and Cancel stops either', async ({
  app,
}) => {
  test.setTimeout(240_000)
  const page = app.page
  const dir = await mkdtemp(join(tmpdir(), 'rewrite-lens-e2e-progress-'))
  try {
    // The first-compare speed test's 1 MB pair (about 170,000 words a side).
    const { original, rewrite } = rewritePair(seedParagraphs(SEEDS_DIR), 170_000)
    const paths = [join(dir, 'one-mb-original.txt'), join(dir, 'one-mb-rewrite.txt')] as const
    await writeFile(paths[0], ['Long original', ...original].join('\n'))
    await writeFile(paths[1], ['Long rewrite', ...rewrite].join('\n'))
    const results = await importThroughDialog(app, paths)
    await expect(results.getByRole('list', { name: 'Imported' }).getByRole('listitem')).toHaveCount(
      2,
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  const status = page.getByTestId('compare-status')
  // The compare ends cancelled, or (when Cancel was never clicked) with the diff's rows.
  const ended = async (): Promise<void> => {
    const rows = diffTable(page).locator('[data-testid^="row-"]').first()
    await expect(status.getByText('Comparison cancelled.').or(rows)).toBeVisible({
      timeout: 180_000,
    })
  }

  // First run: cancelled once the bar has moved inside the facts stage.
  await watchProgress(page, FACTS)
  await articleItem(page, 'Long original').getByRole('button', { name: 'Left' }).click()
  await articleItem(page, 'Long rewrite').getByRole('button', { name: 'Right' }).click()
  await ended()
  let seen = await shown(page)
  expect(seen.cancelledAt?.stage, summary(seen.shown)).toBe(FACTS)
  await expect(status).toContainText('Comparison cancelled.')
  await expect(diffTable(page)).toHaveCount(0)
  // The bar moved within the quotes stage too: several values between its start and the next.
  const quoteValues = new Set(
    seen.shown.filter(({ stage }) => stage === QUOTES).map(({ value }) => value),
  )
  expect(quoteValues.size, summary(seen.shown)).toBeGreaterThanOrEqual(5)
  const values = seen.shown.map(({ value }) => value)
  expect(values.every((value, index) => index === 0 || value >= values[index - 1]!)).toBe(true)
  // A figure, not an assertion (speed is measured, not timed in tests): the longest the bar stood
  // still inside each stage that ran to its end before Cancel.
  const finished = seen.shown.filter(({ stage }) => stage !== FACTS)
  console.log(`1 MB pair, longest the bar stood still: ${stillest(finished)}`)

  // Again, cancelled inside the quotes stage: it stops there, and the pair can still be compared.
  await watchProgress(page, QUOTES)
  await status.getByRole('button', { name: 'Compare again' }).click()
  await ended()
  seen = await shown(page)
  expect(seen.cancelledAt?.stage, summary(seen.shown)).toBe(QUOTES)
  await expect(status).toContainText('Comparison cancelled.')
  expect(seen.shown.some(({ stage }) => stage === FACTS)).toBe(false)
  await expect(diffTable(page)).toHaveCount(0)
})
