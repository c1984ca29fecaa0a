/**
 * Pieces every bench section shares: the median it quotes, the seeded texts it times, and the built
 * command line run as a child whose peak memory it reads back.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The middle value (the upper one of an even count), or 0 when there is none. */
export function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

// The story generator's mulberry32, so the bench and the lineage tests draw from one generator.
export { seededRandom } from '../../src/core'

/** The starter library's articles, by file name: the bench's seed pairs come from them. */
export function seedFiles(root: string): ReadonlyArray<string> {
  return readdirSync(join(root, 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(root, 'seeds', name))
}

/** One run of the built command line: wall time, exit status, peak RSS and what it wrote to stderr. */
export interface CliRun {
  readonly milliseconds: number
  readonly status: number | null
  readonly maxRssMegabytes: number
  readonly stderr: string
}

/**
 * Runs `rewrite-lens ARGS` from out/cli in a child Node process. The child reports its own peak RSS
 * on exit, so the figure is the command's, not this bench's.
 */
export function runBuiltCli(root: string, args: ReadonlyArray<string>): CliRun {
  const cli = pathToFileURL(join(root, 'out', 'cli', 'rewrite-lens.mjs')).href
  const script = [
    `process.argv.splice(1, 0, 'rewrite-lens')`,
    `process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'))`,
    `await import(${JSON.stringify(cli)})`,
  ].join(';')
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const milliseconds = performance.now() - started
  const rss = /maxrss (\d+)/.exec(child.stderr)?.[1]
  return {
    milliseconds,
    status: child.status,
    maxRssMegabytes: Number(rss ?? 0) / 1024,
    stderr: child.stderr.replace(/\n?maxrss \d+\n$/, '').trim(),
  }
}
