import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Comparison } from '../core'
import { BUILT_CLI, builtCliSkipReason } from './built-cli.test-helper'
import { hostileArticle } from './fixtures/hostile-article'

const SEED = 'seeds/000_cbc1d2b3e80d9033.txt'
// A one-sided article of short distinct paragraphs, each three quoted claims with a count and a
// date: every quotation and fact is one-sided, the case that took 1.1 GB at 20,000 paragraphs.
const PARAGRAPHS = 5000
// The old space the compare may use. Before the fix this article needed 135–140 MB (the process ran
// out of memory under this limit); after it, 80–90 MB.
const OLD_SPACE_MEGABYTES = 110

const skipBuilt = builtCliSkipReason()
if (skipBuilt) console.info(`skipped "hostile article memory": ${skipBuilt}`)

describe.skipIf(skipBuilt !== null)('rewrite-lens compare on a hostile one-sided article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rewrite-lens-hostile-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reports every added quotation and fact within a small heap', () => {
    const article = join(dir, 'hostile.txt')
    const report = join(dir, 'report.json')
    writeFileSync(article, hostileArticle(PARAGRAPHS))
    const run = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${OLD_SPACE_MEGABYTES}`,
        BUILT_CLI,
        'compare',
        SEED,
        article,
        '--format',
        'json',
        '--out',
        report,
      ],
      { encoding: 'utf8' },
    )
    // Out of memory, V8 aborts with a stack on stderr: show its first line, not the whole.
    expect(run.stderr.split('\n').find((line) => line.trim() !== '') ?? '').toBe('')
    expect(run.status).toBe(0)
    const comparison = JSON.parse(readFileSync(report, 'utf8')) as Comparison
    expect(comparison.right.paragraphs).toHaveLength(PARAGRAPHS)
    const added = comparison.quotes.filter((quote) => quote.status === 'added')
    expect(added).toHaveLength(PARAGRAPHS)
    expect(added[PARAGRAPHS - 1]?.right?.text).toContain(`quote ${PARAGRAPHS - 1}`)
  }, 60_000)
})
