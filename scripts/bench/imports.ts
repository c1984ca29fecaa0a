/**
 * Import figures for `npm run bench`: saved web pages of 1k, 8k and 32k paragraphs and a Word file
 * of 51k paragraphs through the real importer, and a forged archive (1 GB hidden behind small
 * declared sizes) through the built command line in a child process, whose peak memory is read
 * from the child itself. Growth should be linear; the 8,000-paragraph page under 1 s.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildZip, docxEntries, forgedDocx } from '../../src/node/importers/fixtures/zip-builder'
import { importArticleBytes } from '../../src/node/importers/import-file'
import { median, runBuiltCli } from './bench-tools'

const PAGE_SIZES = [1000, 8000, 32000]
const PARAGRAPH =
  'The council said on Tuesday that the bridge would close for repairs in March, officials said.'

async function timeImport(fileName: string, bytes: Uint8Array, runs: number): Promise<number> {
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now()
    await importArticleBytes(fileName, bytes).catch(() => null)
    times.push(performance.now() - started)
  }
  return median(times)
}

/** Prints the import section of the bench. */
export async function benchImports(root: string): Promise<void> {
  console.log('\nImports (median of 3, real importer)')
  console.log('input                          bytes        ms     ms per 1k ¶')
  await timeImport('warm-up.html', new TextEncoder().encode(`<p>${PARAGRAPH}</p>`), 3)
  const perThousand: number[] = []
  for (const size of PAGE_SIZES) {
    const html = `<!doctype html><html><body>${`<p>${PARAGRAPH}</p>\n`.repeat(size)}</body></html>`
    const bytes = new TextEncoder().encode(html)
    const milliseconds = await timeImport(`page-${size}.html`, bytes, 3)
    perThousand.push(milliseconds / (size / 1000))
    console.log(
      `${`HTML ${size} ¶`.padEnd(24)} ${String(bytes.byteLength).padStart(12)} ${milliseconds.toFixed(0).padStart(9)} ${(milliseconds / (size / 1000)).toFixed(1).padStart(14)}`,
    )
  }
  for (let k = 1; k < PAGE_SIZES.length; k += 1) {
    const small = PAGE_SIZES[k - 1] ?? 1
    const large = PAGE_SIZES[k] ?? 1
    console.log(
      `growth HTML ${small} → ${large} ¶: time per paragraph ×${((perThousand[k] ?? 0) / (perThousand[k - 1] ?? 1)).toFixed(2)} (linear is ×1)`,
    )
  }
  for (const size of [10_000, 51_000]) {
    const paragraphs = Array.from({ length: size }, (_, n) => `Paragraph ${n} of the report.`)
    const bytes = buildZip(docxEntries(paragraphs))
    const started = performance.now()
    const outcome = await importArticleBytes(`report-${size}.docx`, bytes).then(
      (article) => `imported, ${article.text.split('\n').length} lines`,
      (error: Error) => `refused: ${error.message}`,
    )
    console.log(
      `${`.docx ${size} ¶`.padEnd(24)} ${String(bytes.byteLength).padStart(12)} ${(performance.now() - started).toFixed(0).padStart(9)}   ${outcome}`,
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'rewrite-lens-bench-imports-'))
  try {
    const forged = join(dir, 'forged.docx')
    writeFileSync(forged, await forgedDocx(['Headline', 'Text.'], 1024 * 1024 * 1024))
    const page = join(dir, 'page-8000.html')
    writeFileSync(page, `<body>${'<p>x</p>\n'.repeat(8000)}`)
    const seed = join(root, 'seeds', '000_cbc1d2b3e80d9033.txt')
    console.log('\nThrough the built CLI (whole child process)')
    for (const [name, path] of [
      ['forged .docx (1 GB hidden)', forged],
      ['8,000 ¶ page (issue repro)', page],
    ] as const) {
      const run = runBuiltCli(root, ['compare', seed, path])
      const said = run.stderr === '' ? 'compared' : run.stderr
      console.log(
        `${name.padEnd(28)} ${run.milliseconds.toFixed(0).padStart(7)} ms ${run.maxRssMegabytes.toFixed(0).padStart(6)} MB peak RSS   ${said}`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
