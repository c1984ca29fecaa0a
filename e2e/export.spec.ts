import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type AppUnderTest } from './harness/app-fixture'
import { pickPair, seed } from './harness/ui'

/** Exports the open pair in `format` (the radio's label) to `fileName` in the data folder. */
async function exportOpenPair(
  app: AppUnderTest,
  format: string,
  fileName: string,
): Promise<string> {
  const path = join(app.dataDir, fileName)
  await app.answerSaveDialog(path)
  await app.page.getByRole('button', { name: 'Export report…', exact: true }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Export report' })
  await dialog
    .getByRole('radiogroup', { name: 'Format' })
    .getByRole('radio', { name: format, exact: true })
    .check()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog).toHaveCount(0)
  await expect
    .poll(() =>
      readFile(path).then(
        () => true,
        () => false,
      ),
    )
    .toBe(true)
  return path
}

test('the open pair exports as HTML without script, as JSON, and as PDF', async ({ app }) => {
  const left = seed('000')
  const right = seed('003')
  await pickPair(app.page, left.titleStart, right.titleStart)

  const html = await readFile(await exportOpenPair(app, 'HTML', 'report.html'), 'utf8')
  expect(html).toMatch(/^<!doctype html>/i)
  expect(html).not.toMatch(/<script|\son[a-z]+\s*=|javascript:/i)
  expect(html).toContain('positive')

  const json = JSON.parse(await readFile(await exportOpenPair(app, 'JSON', 'report.json'), 'utf8'))
  expect(json.schema).toBe('rewrite-lens/comparison@2')
  const quotes = (
    json.quotes as ReadonlyArray<{ left: { text: string } | null; right: { text: string } | null }>
  ).map((quote) => `${quote.left?.text ?? ''} → ${quote.right?.text ?? ''}`)
  expect(quotes).toContain('positive messages → positive signals')

  const pdf = await readFile(await exportOpenPair(app, 'PDF', 'report.pdf'))
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
})
