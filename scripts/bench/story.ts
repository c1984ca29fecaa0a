/**
 * Story figures for `npm run bench`: the five seeds and 10, 30 and 60 derived versions of about
 * 800 words through `compareStory` in-process and through the built command line (whole process:
 * wall time, peak memory, progress lines). The peer is what a user does without it: comparing every
 * pair in full with `compareArticles`. Targets on a 2-core machine: seeds under 1 s, 30 versions
 * under 15 s, peak memory flat as N grows, progress on stderr after a second.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  compareArticles,
  compareStory,
  DEFAULT_COMPARE_OPTIONS,
  deriveVersions,
  sentencesOf,
} from '../../src/core'
import type { StoryArticleInput, WordVectors } from '../../src/core'
import { median, runBuiltCli } from './bench-tools'

const STORY_SIZES = (process.env.BENCH_STORY_SIZES ?? '10,30,60').split(',').map(Number)
const WORDS_PER_VERSION = 800

function timed(runs: number, run: () => void): number {
  const times: number[] = []
  for (let k = 0; k < runs; k += 1) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  return median(times)
}

/** The built CLI's `story` on the files as JSON, and how many progress lines it printed. */
function runStoryCli(root: string, files: ReadonlyArray<string>) {
  const run = runBuiltCli(root, ['story', ...files, '--format', 'json'])
  return {
    ...run,
    progressLines: run.stderr.split('\n').filter((line) => line.includes('story:')).length,
  }
}

/** Prints the story section of the bench. */
export function benchStory(root: string, vectors: WordVectors | null): void {
  const seedsDir = join(root, 'seeds')
  const seedFiles = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(seedsDir, name))
  const seeds: StoryArticleInput[] = seedFiles.map((path) => ({
    path,
    text: readFileSync(path, 'utf8'),
  }))
  const options = { ...DEFAULT_COMPARE_OPTIONS, inOrder: false }
  const context = { vectors }
  console.log('\nStory (N versions of one story)')
  compareStory(seeds, options, context)
  const storyMs = timed(3, () => compareStory(seeds, options, context))
  const pairsMs = timed(3, () => {
    for (let a = 0; a < seeds.length; a += 1) {
      for (let b = a + 1; b < seeds.length; b += 1) {
        compareArticles(seeds[a]!, seeds[b]!, DEFAULT_COMPARE_OPTIONS, vectors)
      }
    }
  })
  console.log(
    `seeds (5): story ${storyMs.toFixed(0)} ms in-process; peer, all 10 pairs compared in full: ` +
      `${pairsMs.toFixed(0)} ms (story ×${(storyMs / pairsMs).toFixed(2)} of the peer)`,
  )
  const seedRun = runStoryCli(root, seedFiles)
  console.log(
    `seeds (5): whole process ${seedRun.milliseconds.toFixed(0)} ms, peak RSS ` +
      `${seedRun.maxRssMegabytes.toFixed(0)} MB (target < 1000 ms)`,
  )

  const sentences = sentencesOf(seeds.map((seed) => seed.text))
  const dir = mkdtempSync(join(tmpdir(), 'rewrite-lens-story-bench-'))
  try {
    console.log(
      'versions  words/version  whole-process ms  ms/version  peak RSS MB  progress lines',
    )
    for (const size of STORY_SIZES) {
      const versions = deriveVersions({
        versions: size,
        sentences,
        words: WORDS_PER_VERSION,
        seed: size,
      })
      const files = versions.map((version, index) => {
        const file = join(dir, `${size}-${String(index).padStart(3, '0')}.txt`)
        writeFileSync(file, version.text)
        return file
      })
      const words = Math.round(
        versions.reduce((sum, version) => sum + version.text.split(/\s+/u).length, 0) / size,
      )
      const run = runStoryCli(root, files)
      if (run.status !== 0) console.log(`  (the command exited with ${run.status})`)
      console.log(
        `${String(size).padStart(8)} ${String(words).padStart(14)} ${run.milliseconds.toFixed(0).padStart(17)} ` +
          `${(run.milliseconds / size).toFixed(0).padStart(11)} ${run.maxRssMegabytes.toFixed(0).padStart(12)} ` +
          `${String(run.progressLines).padStart(15)}`,
      )
    }
    console.log('targets: 30 versions < 15000 ms; peak RSS about flat as versions grow')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
