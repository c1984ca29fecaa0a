/**
 * A hostile input for `npm run bench`: a seed against a one-sided article of 20,000 short distinct
 * paragraphs, each three quotations with a count and a date (2.9 MB; 60,000 quotations and about
 * 180,000 facts, every one of them added). The built command line compares them as a whole
 * process, and its wall time and peak memory are printed beside peers run here: the same command
 * on a seed pair (what any compare costs) and `git diff --word-diff` on the same files.
 *
 * Target (issue 7: "a gigabyte of memory is a bug"): peak RSS under 400 MB; it was 1.1 GB.
 * BENCH_HOSTILE_PARAGRAPHS sets the paragraph count; BENCH_SKIP_HOSTILE skips the section.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hostileArticle } from '../../src/cli/fixtures/hostile-article'
import { runBuiltCli, seedFiles } from './bench-tools'

const PARAGRAPHS = Number(process.env.BENCH_HOSTILE_PARAGRAPHS ?? 20_000)
const TARGET_MEGABYTES = 400

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}

/** Prints the whole-process figures of a compare of a seed with the hostile article. */
export function benchHostile(root: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'rewrite-lens-bench-hostile-'))
  try {
    const seeds = seedFiles(root)
    const [seed = '', otherSeed = ''] = seeds
    const hostile = join(dir, 'hostile.txt')
    writeFileSync(hostile, hostileArticle(PARAGRAPHS))
    const report = join(dir, 'report.json')
    const run = runBuiltCli(root, ['compare', seed, hostile, '--format', 'json', '--out', report])
    const seedRun = runBuiltCli(root, ['compare', seed, otherSeed, '--format', 'json'])
    const started = performance.now()
    spawnSync('git', ['diff', '--no-index', '--word-diff', seed, hostile], { stdio: 'ignore' })
    const git = performance.now() - started
    const input = statSync(hostile).size
    const output = run.status === 0 ? statSync(report).size : 0
    console.log(
      `\nhostile one-sided article, whole process: ${PARAGRAPHS} paragraphs (${megabytes(input)} MB) ` +
        `against a seed, JSON report ${megabytes(output)} MB`,
    )
    if (run.status !== 0) {
      console.log(`compare failed (exit ${String(run.status)}): ${run.stderr.split('\n')[0] ?? ''}`)
      return
    }
    console.log(
      `${'compare, hostile pair'.padEnd(32)} ${run.milliseconds.toFixed(0).padStart(8)} ms ` +
        `${run.maxRssMegabytes.toFixed(0).padStart(6)} MB peak RSS   target < ${TARGET_MEGABYTES} MB`,
    )
    console.log(
      `${'compare, seed pair (peer)'.padEnd(32)} ${seedRun.milliseconds.toFixed(0).padStart(8)} ms ` +
        `${seedRun.maxRssMegabytes.toFixed(0).padStart(6)} MB peak RSS`,
    )
    console.log(`${'git diff --word-diff (peer)'.padEnd(32)} ${git.toFixed(0).padStart(8)} ms`)
    console.log(
      `peak RSS ×${(run.maxRssMegabytes / seedRun.maxRssMegabytes).toFixed(2)} a seed pair's, ` +
        `${(run.maxRssMegabytes / ((input + output) / 1024 / 1024)).toFixed(1)}× input + output; ` +
        `time ×${(run.milliseconds / git).toFixed(1)} git's`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
