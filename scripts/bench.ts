/**
 * Benchmarks a full `compareArticles` on larger rewrites built deterministically from the seeds
 * (about 2k, 10k and 50k words): median time of a few runs, the median time of each stage, heap
 * growth and peak RSS per size, and how time grows against paragraph count. Run with `npm run bench` (node --expose-gc).
 *
 * Targets on a 2-core machine: 10k words under 100 ms, 50k under 1 s, growth no faster than
 * n log n in paragraphs.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareArticles, COMPARISON_STAGES, DEFAULT_COMPARE_OPTIONS } from '../src/core'
import type { ComparisonStage, StageRunner, WordVectors } from '../src/core'
import { defaultWordVectorsPath, loadWordVectors } from '../src/node/word-vectors-file'
import { benchCommandLine } from './bench/cli-startup'
import { benchHostile } from './bench/hostile'
import { benchImports } from './bench/imports'
import { benchLibrary, runLibraryChildIfAsked } from './bench/library'
import { benchStory } from './bench/story'
import { median } from './bench/bench-tools'
import { rewritePair, seedParagraphs, wordCount } from './bench/rewrite-texts'

const SIZES = (process.env.BENCH_SIZES ?? '2000,10000,50000').split(',').map(Number)
const RUNS = 5
/**
 * Comparisons without a forced collection before the steady runs. V8 optimises the engine over
 * many comparisons (and reoptimises after any full collection drops code): the steady runs must
 * come after that has settled, as in an app that has compared a few pairs, not in the middle of it.
 */
const SETTLING_RUNS = Number(process.env.BENCH_SETTLING_RUNS ?? 20)
/** In-process targets (ms) after warm-up, by size: the steady state of an app comparing pair after pair. */
const IN_PROCESS_TARGETS = new Map([
  [10_000, 100],
  [50_000, 1000],
])
/** When set, the generated texts are written there (`<size>-original.txt`, `<size>-rewrite.txt`) instead of timed. */
const TEXTS_DIR = process.env.BENCH_WRITE_TEXTS

/** CPU time of every stage but alignment, the part this engine's other stages must keep small. */
function withoutAlignment(result: Measurement): number {
  return COMPARISON_STAGES.filter((name) => name !== 'alignment').reduce(
    (sum, name) => sum + result.stageMilliseconds[name],
    0,
  )
}

function collectGarbage(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

interface Measurement {
  readonly words: number
  readonly paragraphs: number
  readonly milliseconds: number
  /** CPU time of this process: steadier than wall time on a machine others share. */
  readonly cpuMilliseconds: number
  /** Median CPU time of each stage of `compareArticles`, alignment being the part that must scale. */
  readonly stageMilliseconds: Readonly<Record<ComparisonStage, number>>
  readonly heapMegabytes: number
}

// Forcing a collection before each run gives honest heap figures but also makes V8 drop optimised
// code, so every such run starts partly cold; runs without it show the steady state of an app
// that compares pair after pair. Both are printed: the steady runs first, after their own warm-up,
// because runs right after forced collections spend their time recompiling what was dropped.
function measure(
  left: string,
  right: string,
  vectors: WordVectors | null,
  forceCollection: boolean,
  runs = RUNS,
): Measurement {
  const times: number[] = []
  const cpuTimes: number[] = []
  const stageTimes = new Map<ComparisonStage, number[]>(COMPARISON_STAGES.map((name) => [name, []]))
  // CPU time rather than wall time: the machine is shared, and waiting for a core is not ours.
  const timeStage: StageRunner = (name, run) => {
    const started = process.cpuUsage()
    const result = run()
    const used = process.cpuUsage(started)
    stageTimes.get(name)?.push((used.user + used.system) / 1000)
    return result
  }
  let heapGrowth = 0
  let paragraphs = 0
  for (let run = 0; run < runs; run++) {
    if (forceCollection) collectGarbage()
    const heapBefore = process.memoryUsage().heapUsed
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    const comparison = compareArticles(
      { path: 'original', text: left },
      { path: 'rewrite', text: right },
      DEFAULT_COMPARE_OPTIONS,
      vectors,
      timeStage,
    )
    times.push(performance.now() - started)
    const cpu = process.cpuUsage(cpuStarted)
    cpuTimes.push((cpu.user + cpu.system) / 1000)
    heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - heapBefore)
    paragraphs = comparison.left.paragraphs.length + comparison.right.paragraphs.length
  }
  const stageMilliseconds = Object.fromEntries(
    COMPARISON_STAGES.map((name) => [name, median(stageTimes.get(name) ?? [])]),
  ) as Record<ComparisonStage, number>
  return {
    words: wordCount(left) + wordCount(right),
    paragraphs,
    milliseconds: median(times),
    cpuMilliseconds: median(cpuTimes),
    stageMilliseconds,
    heapMegabytes: heapGrowth / 1e6,
  }
}

async function main(): Promise<void> {
  // npm runs scripts from the repository root.
  const root = process.cwd()
  if (await runLibraryChildIfAsked(root)) return
  const vectors = await loadWordVectors(defaultWordVectorsPath(join(root, 'out', 'cli')))
  const pool = seedParagraphs(join(root, 'seeds'))
  if (!(globalThis as { gc?: unknown }).gc) {
    console.log('(run with node --expose-gc for steadier memory figures)')
  }
  console.log(
    'target words  words (L+R)  ¶ (L+R)   median ms  median CPU ms  steady ms   heap MB   peak RSS MB',
  )
  const results: Measurement[] = []
  const steadyResults: Measurement[] = []
  let tenThousand: { readonly original: string; readonly rewrite: string } | null = null
  for (const size of SIZES) {
    const { original, rewrite } = rewritePair(pool, size)
    if (size === 10_000)
      tenThousand = { original: original.join('\n'), rewrite: rewrite.join('\n') }
    if (TEXTS_DIR) {
      mkdirSync(TEXTS_DIR, { recursive: true })
      writeFileSync(join(TEXTS_DIR, `${size}-original.txt`), original.join('\n'))
      writeFileSync(join(TEXTS_DIR, `${size}-rewrite.txt`), rewrite.join('\n'))
      continue
    }
    const left = original.join('\n')
    const right = rewrite.join('\n')
    measure(left, right, vectors, false, SETTLING_RUNS) // warm-up: V8 optimises the engine
    const steady = measure(left, right, vectors, false)
    const result = measure(left, right, vectors, true)
    results.push(result)
    steadyResults.push(steady)
    console.log(
      [
        String(size).padStart(12),
        String(result.words).padStart(12),
        String(result.paragraphs).padStart(8),
        result.milliseconds.toFixed(1).padStart(11),
        result.cpuMilliseconds.toFixed(1).padStart(14),
        steady.milliseconds.toFixed(1).padStart(10),
        result.heapMegabytes.toFixed(1).padStart(9),
        (process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(13),
      ].join(' '),
    )
  }
  if (TEXTS_DIR) return
  console.log(
    `\nmedian CPU ms per stage, runs after a forced full collection (cold-ish: V8 drops optimised code)\n${'target words'.padStart(12)} ${COMPARISON_STAGES.map((name) => name.padStart(12)).join(' ')}`,
  )
  results.forEach((result, k) => {
    const cells = COMPARISON_STAGES.map((name) =>
      result.stageMilliseconds[name].toFixed(1).padStart(12),
    )
    console.log(`${String(SIZES[k]).padStart(12)} ${cells.join(' ')}`)
  })
  results.forEach((result, k) => {
    const target = IN_PROCESS_TARGETS.get(SIZES[k] ?? 0)
    const steady = steadyResults[k]
    if (target === undefined || steady === undefined) return
    const verdict = steady.milliseconds < target ? 'met' : 'NOT met'
    console.log(
      `${SIZES[k]} words after warm-up: steady ${steady.milliseconds.toFixed(1)} ms (median of ${RUNS} back-to-back runs,` +
        ` CPU ${steady.cpuMilliseconds.toFixed(1)} ms), ${result.milliseconds.toFixed(1)} ms with a forced collection before each run;` +
        ` target < ${target} ms steady: ${verdict}`,
    )
  })
  for (let k = 1; k < results.length; k++) {
    const small = results[k - 1]
    const large = results[k]
    if (!small || !large) continue
    const n = large.paragraphs / small.paragraphs
    const nLogN =
      (large.paragraphs * Math.log(large.paragraphs)) /
      (small.paragraphs * Math.log(small.paragraphs))
    console.log(
      `growth ${SIZES[k - 1]} → ${SIZES[k]} words: CPU time ×${(large.cpuMilliseconds / small.cpuMilliseconds).toFixed(2)}` +
        ` (alignment ×${(large.stageMilliseconds.alignment / small.stageMilliseconds.alignment).toFixed(2)},` +
        ` all but alignment ×${(withoutAlignment(large) / withoutAlignment(small)).toFixed(2)})` +
        ` for paragraphs ×${n.toFixed(2)} (n log n would be ×${nLogN.toFixed(2)})`,
    )
  }
  if (process.env.BENCH_SKIP_CLI === undefined && tenThousand) benchCommandLine(root, tenThousand)
  if (process.env.BENCH_SKIP_LIBRARY === undefined) {
    await benchImports(root)
    await benchLibrary(root)
  }
  if (process.env.BENCH_SKIP_STORY === undefined) benchStory(root, vectors)
  if (process.env.BENCH_SKIP_HOSTILE === undefined) benchHostile(root)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
