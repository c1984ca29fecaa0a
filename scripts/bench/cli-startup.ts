/**
 * Whole-process figures for `npm run bench`: the built command line against peers run in the same
 * process tree on the same files, as the medians of a few runs and their ratios.
 *
 * Targets (issue 7): `--help` and `--version` within 3× a bare `node -e 0`; a seed pair within 6×;
 * the 10k-word pair at most 5% of jsdiff's whole-text `diffWords` and at most 20× `git diff
 * --word-diff --no-index`; `batch` over the 290 corpus pairs at least 10× faster than 290 separate
 * `compare` runs (sampled: every 10th pair is timed and scaled to 290, unless
 * BENCH_CLI_ALL_PAIRS=1 runs all of them).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, seedFiles } from './bench-tools'

interface Timed {
  readonly label: string
  readonly milliseconds: number
}

/** The median wall time of `runs` runs of a command (its output discarded, or fed `input`). */
function time(
  label: string,
  command: string,
  args: ReadonlyArray<string>,
  runs: number,
  options: { readonly cwd: string; readonly input?: string } = { cwd: process.cwd() },
): Timed {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const result = spawnSync(command, args, {
      cwd: options.cwd,
      input: options.input,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    })
    times.push(performance.now() - started)
    if (result.error) throw result.error
  }
  return { label, milliseconds: median(times) }
}

function row(measured: Timed, peer: Timed | null, target: string): string {
  const ratio = measured.milliseconds / (peer?.milliseconds ?? 1)
  // A target below the peer ("≤ 5%") reads best as a share, one above it as a multiple.
  const versus = !peer
    ? ''
    : target.includes('%')
      ? `${(100 * ratio).toFixed(1)}% of ${peer.label}`
      : `${ratio.toFixed(2)}× ${peer.label}`
  return `${measured.label.padEnd(44)} ${measured.milliseconds.toFixed(0).padStart(8)} ms  ${versus.padEnd(34)} ${target}`
}

/** The corpus pairs (`<group>/<pair>/a.txt`, `b.txt`) under `dir`, in a stable order. */
function corpusPairs(dir: string): ReadonlyArray<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = []
  for (const group of readdirSync(dir).sort()) {
    const groupDir = join(dir, group)
    if (!statSync(groupDir).isDirectory()) continue
    for (const pair of readdirSync(groupDir).sort()) {
      const left = join(groupDir, pair, 'a.txt')
      const right = join(groupDir, pair, 'b.txt')
      if (existsSync(left) && existsSync(right)) pairs.push([left, right])
    }
  }
  return pairs
}

/** The shared corpora: REWRITE_LENS_CORPORA, or `shared/corpora` beside an ancestor folder. */
function findCorpora(root: string): string | null {
  if (process.env.REWRITE_LENS_CORPORA) return process.env.REWRITE_LENS_CORPORA
  for (let dir = root, up = 0; up < 4; up++, dir = join(dir, '..')) {
    const candidate = join(dir, '..', 'shared', 'corpora')
    if (existsSync(join(candidate, 'manifest.jsonl'))) return candidate
  }
  return null
}

/** Prints the command line's whole-process figures; `tenThousand` is the bench's 10k-word pair. */
export function benchCommandLine(
  root: string,
  tenThousand: { readonly original: string; readonly rewrite: string },
): void {
  const cli = join(root, 'bin', 'rewrite-lens.mjs')
  const node = process.execPath
  const dir = mkdtempSync(join(tmpdir(), 'rewrite-lens-bench-cli-'))
  try {
    const left10k = join(dir, '10k-original.txt')
    const right10k = join(dir, '10k-rewrite.txt')
    writeFileSync(left10k, tenThousand.original)
    writeFileSync(right10k, tenThousand.rewrite)
    const seeds = seedFiles(root)
    const [seedLeft = '', seedRight = ''] = seeds
    const options = { cwd: root }

    console.log('\ncommand line, whole process (median of runs; peers in the same process tree)')
    const bare = time('node -e 0', node, ['-e', '0'], 9, options)
    const git = time(
      'git diff --word-diff',
      'git',
      ['diff', '--no-index', '--word-diff', left10k, right10k],
      5,
      options,
    )
    const jsdiff = time(
      'jsdiff diffWords',
      node,
      [
        '--input-type=module',
        '-e',
        "import { diffWords } from 'diff'; import { readFileSync } from 'node:fs'; diffWords(readFileSync(process.argv[1], 'utf8'), readFileSync(process.argv[2], 'utf8'))",
        left10k,
        right10k,
      ],
      1,
      options,
    )
    console.log(row(bare, null, ''))
    console.log(row({ ...git, label: 'git diff --word-diff (10k pair)' }, null, ''))
    console.log(row({ ...jsdiff, label: 'jsdiff diffWords, whole texts (10k pair)' }, null, ''))
    console.log(
      row(time('rewrite-lens --help', node, [cli, '--help'], 9, options), bare, 'target ≤ 3×'),
    )
    console.log(
      row(
        time('rewrite-lens --version', node, [cli, '--version'], 9, options),
        bare,
        'target ≤ 3×',
      ),
    )
    console.log(
      row(
        time(
          'compare seed pair --format json',
          node,
          [cli, 'compare', seedLeft, seedRight, '--format', 'json'],
          7,
          options,
        ),
        bare,
        'target ≤ 6×',
      ),
    )
    const big = time(
      'compare 10k pair --format json',
      node,
      [cli, 'compare', left10k, right10k, '--format', 'json'],
      5,
      options,
    )
    console.log(row(big, jsdiff, 'target ≤ 5%'))
    console.log(row(big, { ...git, label: 'git' }, 'target ≤ 20×'))

    const corpora = findCorpora(root)
    if (corpora === null) {
      console.log('batch: skipped, no corpora found (set REWRITE_LENS_CORPORA)')
      return
    }
    const pairs = corpusPairs(corpora)
    const input = pairs.map(([left, right], id) => JSON.stringify({ left, right, id })).join('\n')
    const batch = time(`batch over ${pairs.length} corpus pairs`, node, [cli, 'batch'], 1, {
      cwd: root,
      input: `${input}\n`,
    })
    const everyPair = process.env.BENCH_CLI_ALL_PAIRS === '1'
    const sample = pairs.filter((_, index) => everyPair || index % 10 === 0)
    const started = performance.now()
    for (const [left, right] of sample)
      spawnSync(node, [cli, 'compare', left, right, '--format', 'json'], {
        cwd: root,
        stdio: 'ignore',
      })
    const separate = ((performance.now() - started) / sample.length) * pairs.length
    const separateLabel = everyPair
      ? `${pairs.length} separate compare runs`
      : `${pairs.length} separate compares (${sample.length} timed, scaled)`
    console.log(row({ label: separateLabel, milliseconds: separate }, null, ''))
    console.log(
      `${row(batch, null, '')}\n${'batch speed-up'.padEnd(44)} ${(separate / batch.milliseconds).toFixed(1).padStart(8)} ×   target ≥ 10×`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
