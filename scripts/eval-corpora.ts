/**
 * Measures the paragraph aligner on the real rewrite corpora in ../shared/corpora (see the README
 * there): per group, recall of the gold links, and precision on lines that have gold: how often a
 * line whose gold partner is unique gets linked to another line too.
 *
 * It also scores the seed pairs against the hand-made reference in
 * src/core/alignment/fixtures/seed-links.json (skip with --no-seeds) and prints their wrong and
 * missing links.
 *
 * It counts the missed gold links per group by cause (see scripts/corpus-misses.ts);
 * --show-misses prints each with both lines.
 *
 * Usage: node out/cli/eval-corpora.mjs [corpora-dir] [--no-vectors] [--verbose] [--show-errors]
 *        [--show-misses] [--no-seeds]
 *        node out/cli/eval-corpora.mjs --links <left.txt> <right.txt> [--no-vectors]
 * The second form prints every paragraph link of two articles with both texts, for inspection.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { alignParagraphs, DEFAULT_COMPARE_OPTIONS, segmentArticle } from '../src/core'
import type { Paragraph, ParagraphLink, WordVectors } from '../src/core'
import { defaultWordVectorsPath, loadWordVectors } from '../src/node/word-vectors-file'
import { classifyMisses, MISS_CAUSES } from './corpus-misses'
import type { MissCause } from './corpus-misses'
import { parseSeedReference, scoreSeedPair, summariseSeedScores } from './seed-links'
import type { SeedPairScore } from './seed-links'

interface Tally {
  pairs: number
  gold: number
  found: number
  /** Lines (either side) whose gold partner is unique. */
  uniqueLines: number
  /** ...of which the aligner linked to some other line as well. */
  linkedElsewhere: number
  /** Predicted links that touch a line with a unique gold partner... */
  judgedLinks: number
  /** ...and are that gold link. */
  correctLinks: number
  milliseconds: number
}

const emptyTally = (): Tally => ({
  pairs: 0,
  gold: 0,
  found: 0,
  uniqueLines: 0,
  linkedElsewhere: 0,
  judgedLinks: 0,
  correctLinks: 0,
  milliseconds: 0,
})

// npm runs scripts from the repository root.
const repoRoot = process.cwd()

function paragraphsOf(path: string): ReadonlyArray<Paragraph> {
  const lines = readFileSync(path, 'utf8')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
  const segmented = segmentArticle(lines.join('\n'))
  // Gold indices count lines; fall back to plain paragraphs if segmentation ever disagrees.
  if (segmented.length === lines.length) return segmented
  return lines.map((text, index) => ({ index, text: text.trim(), kind: 'paragraph' as const }))
}

function readGold(path: string): ReadonlyArray<readonly [number, number]> {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as { pairs?: [number, number][] }
  return gold.pairs ?? []
}

function scorePair(
  gold: ReadonlyArray<readonly [number, number]>,
  links: ReadonlyArray<ParagraphLink>,
  tally: Tally,
  showError?: (link: ParagraphLink, partner: number) => void,
): void {
  const predicted = new Set(links.map((link) => `${link.left}:${link.right}`))
  const goldSet = new Set(gold.map(([a, b]) => `${a}:${b}`))
  tally.gold += goldSet.size
  for (const key of goldSet) if (predicted.has(key)) tally.found++
  for (const side of ['left', 'right'] as const) {
    const partners = new Map<number, Set<number>>()
    for (const [a, b] of gold) {
      const [line, partner] = side === 'left' ? [a, b] : [b, a]
      partners.set(line, (partners.get(line) ?? new Set()).add(partner))
    }
    for (const [line, set] of partners) {
      if (set.size !== 1) continue
      const partner = [...set][0]
      const linked = links.filter((link) => link[side] === line)
      tally.uniqueLines++
      const other = side === 'left' ? 'right' : 'left'
      const elsewhere = linked.filter((link) => link[other] !== partner)
      if (elsewhere.length > 0) tally.linkedElsewhere++
      if (showError && partner !== undefined) elsewhere.forEach((link) => showError(link, partner))
      tally.judgedLinks += linked.length
      tally.correctLinks += linked.filter((link) => link[other] === partner).length
    }
  }
}

function add(total: Tally, part: Tally): void {
  for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += part[key]
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`
}

function printRow(name: string, tally: Tally): void {
  console.log(
    [
      name.padEnd(20),
      String(tally.pairs).padStart(5),
      String(tally.gold).padStart(6),
      percent(tally.found, tally.gold).padStart(8),
      percent(tally.uniqueLines - tally.linkedElsewhere, tally.uniqueLines).padStart(10),
      percent(tally.correctLinks, tally.judgedLinks).padStart(10),
      `${(tally.milliseconds / Math.max(tally.pairs, 1)).toFixed(1)} ms`.padStart(10),
    ].join(' '),
  )
}

function printLinks(leftPath: string, rightPath: string, vectors: WordVectors | null): void {
  const left = segmentArticle(readFileSync(leftPath, 'utf8'))
  const right = segmentArticle(readFileSync(rightPath, 'utf8'))
  const { links, rows } = alignParagraphs(left, right, vectors, DEFAULT_COMPARE_OPTIONS)
  for (const link of links) {
    console.log(
      `${link.left} ~ ${link.right} (${link.similarity})\n` +
        `  < ${left[link.left]?.text.slice(0, 160)}\n  > ${right[link.right]?.text.slice(0, 160)}`,
    )
  }
  const shown = (side: ReadonlyArray<number>): string => `[${side.join(',')}]`
  console.log(`rows: ${rows.map((row) => `${shown(row.left)}-${shown(row.right)}`).join(' ')}`)
}

function evaluateSeeds(vectors: WordVectors | null): void {
  const referencePath = join(repoRoot, 'src', 'core', 'alignment', 'fixtures', 'seed-links.json')
  const seedsDir = join(repoRoot, 'seeds')
  const reference = parseSeedReference(JSON.parse(readFileSync(referencePath, 'utf8')))
  const files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'))
  const seed = (id: string): ReadonlyArray<Paragraph> => {
    const name = files.find((file) => file.startsWith(`${id}_`))
    return name ? segmentArticle(readFileSync(join(seedsDir, name), 'utf8')) : []
  }
  const scores: SeedPairScore[] = []
  const cases: string[] = []
  for (const pair of reference.pairs) {
    const left = seed(pair.left)
    const right = seed(pair.right)
    const id = `${pair.left}-${pair.right}`
    if (left.length !== pair.paragraphs[0] || right.length !== pair.paragraphs[1]) {
      console.log(`seeds ${id}: the reference counts other paragraphs; skipped (update it)`)
      continue
    }
    const { links } = alignParagraphs(left, right, vectors, DEFAULT_COMPARE_OPTIONS)
    const score = scoreSeedPair(pair, links)
    scores.push(score)
    const text = (side: ReadonlyArray<Paragraph>, index: number): string =>
      side[index]?.text.slice(0, 110) ?? ''
    for (const [l, r, why] of score.missing) {
      cases.push(
        `  missing ${id} ${l}~${r} (${why})\n    < ${text(left, l)}\n    > ${text(right, r)}`,
      )
    }
    for (const link of score.wrong) {
      const similarity = links.find((l) => l.left === link.left && l.right === link.right)
      cases.push(
        `  wrong   ${id} ${link.left}~${link.right} (${similarity?.similarity ?? '?'})\n` +
          `    < ${text(left, link.left)}\n    > ${text(right, link.right)}`,
      )
    }
  }
  const { recall, precision } = summariseSeedScores(scores)
  const required = scores.reduce((sum, score) => sum + score.required, 0)
  const wrong = scores.reduce((sum, score) => sum + score.wrong.length, 0)
  const missing = required - scores.reduce((sum, score) => sum + score.found, 0)
  console.log(
    `seeds (hand reference, ${scores.length} pairs, ${required} links): ` +
      `recall ${percent(recall, 1).trim()}, precision ${percent(precision, 1).trim()} ` +
      `(${missing} missing, ${wrong} wrong)`,
  )
  for (const line of cases) console.log(line)
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const linksAt = args.indexOf('--links')
  if (linksAt >= 0) {
    const [leftPath, rightPath] = args.slice(linksAt + 1, linksAt + 3)
    if (!leftPath || !rightPath || !existsSync(leftPath) || !existsSync(rightPath)) {
      console.error('eval-corpora: --links needs two readable text files.')
      process.exit(1)
    }
    const vectors = args.includes('--no-vectors')
      ? null
      : await loadWordVectors(defaultWordVectorsPath(join(repoRoot, 'out', 'cli')))
    printLinks(leftPath, rightPath, vectors)
    return
  }
  const dir = resolve(
    args.find((arg) => !arg.startsWith('--')) ?? join(repoRoot, '..', 'shared', 'corpora'),
  )
  if (!existsSync(join(dir, 'manifest.jsonl'))) {
    console.error(
      `eval-corpora: no manifest.jsonl in ${dir}; pass the corpora folder as the argument.`,
    )
    process.exit(1)
  }
  const verbose = args.includes('--verbose')
  const showErrors = args.includes('--show-errors')
  let vectors: WordVectors | null = null
  if (!args.includes('--no-vectors')) {
    vectors = await loadWordVectors(defaultWordVectorsPath(join(repoRoot, 'out', 'cli')))
  }
  const showMisses = args.includes('--show-misses')
  const misses = new Map<string, Map<MissCause, number>>()
  const groups = new Map<string, Tally>()
  const manifest = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean)
  for (const line of manifest) {
    const entry = JSON.parse(line) as { id: string; group: string }
    const pairDir = join(dir, entry.id)
    const left = paragraphsOf(join(pairDir, 'a.txt'))
    const right = paragraphsOf(join(pairDir, 'b.txt'))
    const gold = readGold(join(pairDir, 'gold.json'))
    const started = performance.now()
    const { links } = alignParagraphs(left, right, vectors, DEFAULT_COMPARE_OPTIONS)
    const tally = emptyTally()
    tally.milliseconds = performance.now() - started
    tally.pairs = 1
    const showError = showErrors
      ? (link: ParagraphLink, partner: number): void =>
          console.log(
            `${entry.id} ${link.left}~${link.right} (${link.similarity}; gold partner ${partner})\n` +
              `  < ${left[link.left]?.text.slice(0, 200)}\n  > ${right[link.right]?.text.slice(0, 200)}`,
          )
      : undefined
    scorePair(gold, links, tally, showError)
    const kinds = { left: left.map((p) => p.kind), right: right.map((p) => p.kind) }
    const byCause = misses.get(entry.group) ?? new Map<MissCause, number>()
    for (const miss of classifyMisses(gold, links, kinds)) {
      byCause.set(miss.cause, (byCause.get(miss.cause) ?? 0) + 1)
      if (showMisses) {
        console.log(
          `missed ${entry.id} ${miss.left}~${miss.right} (${miss.cause})\n` +
            `  < ${left[miss.left]?.text.slice(0, 200)}\n  > ${right[miss.right]?.text.slice(0, 200)}`,
        )
      }
    }
    misses.set(entry.group, byCause)
    if (verbose) printRow(entry.id.slice(0, 20), tally)
    const group = groups.get(entry.group) ?? emptyTally()
    add(group, tally)
    groups.set(entry.group, group)
  }
  console.log(`word vectors: ${vectors ? 'on' : 'off'}`)
  console.log('group                pairs   gold   recall  precision  link-prec    time/pair')
  const overall = emptyTally()
  for (const [name, tally] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    printRow(name, tally)
    add(overall, tally)
  }
  printRow('overall', overall)
  console.log(
    'precision: share of lines with a unique gold partner that are linked to no other line; ' +
      'link-prec: share of the links on those lines that are the gold link.',
  )
  console.log(`missed gold links by cause: ${MISS_CAUSES.join(' / ')}`)
  for (const [name, byCause] of [...misses].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `  ${name.padEnd(20)} ${MISS_CAUSES.map((cause) => byCause.get(cause) ?? 0).join(' / ')}`,
    )
  }
  console.log(
    'no-links: the pair got no link at all (judged unrelated); heading-paragraph: headings link ' +
      'only to headings; linked-elsewhere: both lines linked, to other lines; unlinked: a line ' +
      'without any link (--show-misses lists them).',
  )
  if (!args.includes('--no-seeds')) evaluateSeeds(vectors)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
