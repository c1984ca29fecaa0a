/**
 * Measures how far the quote, fact and title lenses can be trusted on real text: runs the whole
 * engine (with word vectors, as the app does) on every pair of ../shared/corpora and the ten pairs
 * of the seed articles, and prints what scripts/lens-audit.ts finds, with the worst cases to read.
 * It also checks that unrelated articles pair nothing: 97 pairings through the whole engine and
 * about 1,160 more (articles of different stories, scripts/unrelated-pairs.ts) through the aligner.
 *
 * Usage: node out/cli/eval-lenses.mjs [corpora-dir] [--no-vectors] [--cases N] [--no-seeds]
 *        [--seeds-only] (the seeds' hand-made lens reference only: scripts/eval-seed-lenses.ts)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  alignParagraphs,
  compareArticles,
  DEFAULT_COMPARE_OPTIONS,
  segmentArticle,
} from '../src/core'
import type { Paragraph, WordVectors } from '../src/core'
import { defaultWordVectorsPath, loadWordVectors } from '../src/node/word-vectors-file'
import { factPairings } from './fact-pairings'
import { auditTitles } from './title-audit'
import type { TitleDoubt } from './title-audit'
import type { FactPairing } from './fact-pairings'
import { evaluateSeedLenses } from './eval-seed-lenses'
import { auditComparison, pairedRows, parseEvalLensesArgs } from './lens-audit'
import type { LensAudit, LensCase, SpeakerVerdict } from './lens-audit'
import { contentPairingRows, unrelatedPairings } from './unrelated-pairs'

// npm runs scripts from the repository root.
const repoRoot = process.cwd()

interface PairInput {
  readonly id: string
  readonly group: string
  readonly left: string
  readonly right: string
  readonly leftPath: string
  readonly rightPath: string
}

interface Found extends LensCase {
  readonly pair: string
}

function corpusPairs(dir: string): ReadonlyArray<PairInput> {
  const manifest = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean)
  return manifest.map((line) => {
    const entry = JSON.parse(line) as { id: string; group: string }
    const leftPath = join(dir, entry.id, 'a.txt')
    const rightPath = join(dir, entry.id, 'b.txt')
    return {
      id: entry.id,
      group: entry.group,
      left: readFileSync(leftPath, 'utf8'),
      right: readFileSync(rightPath, 'utf8'),
      leftPath,
      rightPath,
    }
  })
}

function seedPairs(dir: string): ReadonlyArray<PairInput> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  return files.flatMap((leftName, index) =>
    files.slice(index + 1).map((rightName) => ({
      id: `seeds/${leftName.slice(0, 3)}-${rightName.slice(0, 3)}`,
      group: 'seeds',
      left: readFileSync(join(dir, leftName), 'utf8'),
      right: readFileSync(join(dir, rightName), 'utf8'),
      leftPath: join(dir, leftName),
      rightPath: join(dir, rightName),
    })),
  )
}

interface Totals {
  pairs: number
  factsReported: number
  factsVerbatim: Found[]
  quotesReported: number
  quotesVerbatim: Found[]
  quoteSides: number
  quotesNotContiguous: Found[]
  speakers: Map<string, { count: number; verdict: SpeakerVerdict; pairs: Set<string> }>
}

const emptyTotals = (): Totals => ({
  pairs: 0,
  factsReported: 0,
  factsVerbatim: [],
  quotesReported: 0,
  quotesVerbatim: [],
  quoteSides: 0,
  quotesNotContiguous: [],
  speakers: new Map(),
})

function addAudit(totals: Totals, pair: string, audit: LensAudit): void {
  const tag = (found: ReadonlyArray<LensCase>): Found[] => found.map((item) => ({ ...item, pair }))
  totals.pairs++
  totals.factsReported += audit.factsReported
  totals.factsVerbatim.push(...tag(audit.factsVerbatim))
  totals.quotesReported += audit.quotesReported
  totals.quotesVerbatim.push(...tag(audit.quotesVerbatim))
  totals.quoteSides += audit.quoteSides
  totals.quotesNotContiguous.push(...tag(audit.quotesNotContiguous))
  for (const { label, verdict } of audit.speakers) {
    const entry = totals.speakers.get(label) ?? { count: 0, verdict, pairs: new Set<string>() }
    entry.count++
    entry.pairs.add(pair)
    totals.speakers.set(label, entry)
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`
}

function printSummary(name: string, totals: Totals): void {
  const speakerCount = (verdict: SpeakerVerdict): number =>
    [...totals.speakers.values()]
      .filter((entry) => entry.verdict === verdict)
      .reduce((sum, entry) => sum + entry.count, 0)
  const named = [...totals.speakers.values()].reduce((sum, entry) => sum + entry.count, 0)
  console.log(
    [
      name.padEnd(20),
      String(totals.pairs).padStart(5),
      `${totals.factsVerbatim.length}/${totals.factsReported}`.padStart(10),
      percent(totals.factsVerbatim.length, totals.factsReported).padStart(7),
      `${totals.quotesVerbatim.length}/${totals.quotesReported}`.padStart(10),
      percent(totals.quotesVerbatim.length, totals.quotesReported).padStart(7),
      `${totals.quotesNotContiguous.length}/${totals.quoteSides}`.padStart(10),
      `${speakerCount('not-a-speaker')}/${speakerCount('unverified')}/${speakerCount('role')}/${named}`.padStart(
        20,
      ),
    ].join(' '),
  )
}

function printCases(title: string, cases: ReadonlyArray<Found>, limit: number): void {
  if (cases.length === 0) return
  console.log(`\n${title} (${cases.length}; first ${Math.min(limit, cases.length)}):`)
  for (const found of cases.slice(0, limit)) {
    console.log(
      `  ${found.pair} ${found.side} ¶${found.paragraph} [${found.label}] ${JSON.stringify(found.text.slice(0, 200))}`,
    )
  }
}

/**
 * The fact lens's `changed` entries whose sentences share the fewest words: where two different
 * facts were paired as one change, if anywhere (there is no gold to count them by).
 */
function printPairings(
  pairings: ReadonlyArray<FactPairing & { readonly pair: string }>,
  limit: number,
): void {
  const weakest = [...pairings].sort((a, b) => a.shared - b.shared).slice(0, limit)
  const weak = pairings.filter((pairing) => pairing.shared < 0.25).length
  console.log(
    `\nFacts reported changed: ${pairings.length}, ${weak} of them in sentences sharing under a ` +
      `quarter of their words; weakest ${weakest.length} (shared words, then both sentences):`,
  )
  for (const pairing of weakest) {
    console.log(
      `  ${pairing.pair} [${pairing.kind}] ${JSON.stringify(pairing.left)} → ` +
        `${JSON.stringify(pairing.right)} (${Math.round(pairing.shared * 100)}%)\n` +
        `    L: ${pairing.leftSentence.slice(0, 160)}\n    R: ${pairing.rightSentence.slice(0, 160)}`,
    )
  }
}

/** Cases from as many pairs as possible first, so one noisy pair does not fill the list. */
function spread(cases: ReadonlyArray<Found>): ReadonlyArray<Found> {
  const byPair = new Map<string, Found[]>()
  for (const found of cases) byPair.set(found.pair, [...(byPair.get(found.pair) ?? []), found])
  const lists = [...byPair.values()].sort((a, b) => b.length - a.length)
  const result: Found[] = []
  for (let round = 0; result.length < cases.length; round++) {
    for (const list of lists) if (list[round]) result.push(list[round]!)
  }
  return result
}

// Offsets between a pair and the one whose rewrite it meets: spread over the manifest, so that
// most pairings cross groups and some stay inside one (same register, same kind of story).
const WIDER_OFFSETS = [37, 59, 150, 211]

/**
 * Many more unrelated pairings than the whole-engine check above, aligned only (a tenth of the
 * cost of a whole comparison): each pairing whose alignment pairs content in some row, one line
 * per pairing with its first such row.
 */
function alignUnrelated(
  corpus: ReadonlyArray<PairInput>,
  vectors: WordVectors | null,
): { readonly pairings: number; readonly rows: ReadonlyArray<string>; readonly seconds: number } {
  const started = performance.now()
  const segmented = new Map<string, ReadonlyArray<Paragraph>>()
  const paragraphsOf = (path: string, text: string): ReadonlyArray<Paragraph> => {
    let paragraphs = segmented.get(path)
    if (!paragraphs) {
      paragraphs = segmentArticle(text)
      segmented.set(path, paragraphs)
    }
    return paragraphs
  }
  const pairings = unrelatedPairings(
    corpus.map((pair) => pair.id),
    WIDER_OFFSETS,
  )
  const rows: string[] = []
  for (const [i, j] of pairings) {
    const a = corpus[i]!
    const b = corpus[j]!
    const left = paragraphsOf(a.leftPath, a.left)
    const right = paragraphsOf(b.rightPath, b.right)
    const alignment = alignParagraphs(left, right, vectors, DEFAULT_COMPARE_OPTIONS)
    const paired = contentPairingRows(
      alignment.rows,
      (side, index) => (side === 'left' ? left : right)[index]?.kind === 'boilerplate',
    )
    const row = paired[0]
    if (!row) continue
    const text = (paragraphs: ReadonlyArray<Paragraph>, index: number | undefined): string =>
      paragraphs[index ?? -1]?.text.slice(0, 70) ?? ''
    rows.push(
      `${a.id} vs ${b.id}: ${paired.length} rows, first (${Math.round(row.similarity * 100)}%) ` +
        `¶${row.left.join(',')} ~ ¶${row.right.join(',')}: ${text(left, row.left[0])} ~ ` +
        `${text(right, row.right[0])}`,
    )
  }
  return { pairings: pairings.length, rows, seconds: (performance.now() - started) / 1000 }
}

async function main(): Promise<void> {
  const args = parseEvalLensesArgs(process.argv.slice(2))
  const limit = args.cases
  const dir = resolve(args.corporaDir ?? join(repoRoot, '..', 'shared', 'corpora'))
  const loadVectors = async (): Promise<WordVectors | null> =>
    !args.vectors ? null : loadWordVectors(defaultWordVectorsPath(join(repoRoot, 'out', 'cli')))
  if (process.argv.includes('--seeds-only')) {
    evaluateSeedLenses(repoRoot, await loadVectors(), limit)
    return
  }
  if (!existsSync(join(dir, 'manifest.jsonl'))) {
    console.error(
      `eval-lenses: no manifest.jsonl in ${dir}; pass the corpora folder as the argument.`,
    )
    process.exit(1)
  }
  const vectors = await loadVectors()
  const pairs = [...corpusPairs(dir), ...(!args.seeds ? [] : seedPairs(join(repoRoot, 'seeds')))]
  const groups = new Map<string, Totals>()
  const pairings: Array<FactPairing & { readonly pair: string }> = []
  const overall = emptyTotals()
  let jobTitleChanges = 0
  let subheadingChanges = 0
  const jobTitlesKept: TitleDoubt[] = []
  const subheadingsUnlinked: TitleDoubt[] = []
  const started = performance.now()
  for (const pair of pairs) {
    const comparison = compareArticles(
      { path: pair.leftPath, text: pair.left },
      { path: pair.rightPath, text: pair.right },
      undefined,
      vectors,
    )
    const audit = auditComparison(comparison)
    pairings.push(...factPairings(comparison).map((pairing) => ({ ...pairing, pair: pair.id })))
    const titleAudit = auditTitles(comparison)
    jobTitleChanges += titleAudit.jobTitleChanges
    subheadingChanges += titleAudit.subheadingChanges
    const inPair = (doubt: TitleDoubt): TitleDoubt => ({
      ...doubt,
      entry: `${pair.id} ${doubt.entry}`,
    })
    jobTitlesKept.push(...titleAudit.jobTitlesKept.map(inPair))
    subheadingsUnlinked.push(...titleAudit.subheadingsUnlinked.map(inPair))
    const group = groups.get(pair.group) ?? emptyTotals()
    addAudit(group, pair.id, audit)
    groups.set(pair.group, group)
    addAudit(overall, pair.id, audit)
  }
  // Unrelated pairs: one pair's original against another's rewrite, every third pair.
  const corpus = pairs.filter((pair) => pair.group !== 'seeds')
  const unrelated: string[] = []
  let unrelatedPairs = 0
  let unrelatedWithRows = 0
  for (let index = 0; index < corpus.length; index += 3) {
    const left = corpus[index]!
    const right = corpus[(index + 101) % corpus.length]!
    if (left.group === right.group && left.id === right.id) continue
    const comparison = compareArticles(
      { path: left.leftPath, text: left.left },
      { path: right.rightPath, text: right.right },
      undefined,
      vectors,
    )
    const rows = pairedRows(comparison)
    unrelatedPairs++
    if (rows.length > 0) unrelatedWithRows++
    unrelated.push(...rows.map((row) => `${left.id} vs ${right.id}: ${row}`))
  }
  const seconds = (performance.now() - started) / 1000
  const wider = alignUnrelated(corpus, vectors)
  console.log(
    `word vectors: ${vectors ? 'on' : 'off'}; ${pairs.length} pairs in ${seconds.toFixed(1)} s ` +
      `(+ ${wider.pairings} unrelated pairings aligned in ${wider.seconds.toFixed(1)} s)`,
  )
  console.log(
    'group                pairs  facts-verb  share  quote-verb  share  not-contig  spk bad/unverif/role/all',
  )
  for (const [name, totals] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    printSummary(name, totals)
  }
  printSummary('overall', overall)
  console.log(
    'facts-verb / quote-verb: facts and quotes reported added or removed whose words stand in the ' +
      'other article (target ≤ 1%); not-contig: quote sides whose text or a part of it is not a ' +
      'stretch of its article (target 0); spk: speaker labels that are not a name or role phrase ' +
      '/ shaped like a name but with no sign in the articles of a person (no known given name, ' +
      'title, verb of saying or age) / role phrases not resolved to a name / all labels.',
  )

  console.log(
    `unrelated pairs (one pair's original against another's rewrite): ${unrelatedWithRows} of ` +
      `${unrelatedPairs} get rows pairing content (changed, moved, split, merged, equal), ` +
      `${unrelated.length} rows in all (target 0)`,
  )
  console.log(
    `unrelated pairings of different stories (every pair's original against the rewrite ` +
      `${WIDER_OFFSETS.join(', ')} pairs on; an ECB+ topic is one story), aligned only: ` +
      `${wider.rows.length} of ${wider.pairings} pair content in a row (target 0)`,
  )
  printCases(
    'Facts reported added/removed but present in the other article',
    spread(overall.factsVerbatim),
    limit,
  )
  printPairings(pairings, limit)
  console.log(
    `\nTitles: job titles reported changed where each article also gives the name the other's ` +
      `title (target 0): ${jobTitlesKept.length} of ${jobTitleChanges}; subheadings reported changed ` +
      `whose sections are linked only elsewhere (target 0): ${subheadingsUnlinked.length} of ` +
      `${subheadingChanges}`,
  )
  for (const doubt of [...jobTitlesKept, ...subheadingsUnlinked].slice(0, limit)) {
    console.log(`  ${doubt.entry}\n    ${doubt.why}`)
  }
  printCases(
    'Quotes reported added/removed but present in the other article',
    spread(overall.quotesVerbatim),
    limit,
  )
  printCases(
    'Quote sides that are not the article’s own contiguous words',
    spread(overall.quotesNotContiguous),
    limit,
  )

  if (unrelated.length > 0) {
    console.log(
      `\nRows pairing unrelated articles (${unrelated.length}; first ${Math.min(limit, unrelated.length)}):`,
    )
    for (const row of unrelated.slice(0, limit)) console.log(`  ${row}`)
  }
  if (wider.rows.length > 0) {
    console.log(
      `\nUnrelated pairings aligned with rows pairing content (${wider.rows.length}; first ` +
        `${Math.min(limit, wider.rows.length)}):`,
    )
    for (const row of wider.rows.slice(0, limit)) console.log(`  ${row}`)
  }

  const speakers = [...overall.speakers].sort(
    ([a, x], [b, y]) =>
      x.verdict.localeCompare(y.verdict) || y.count - x.count || a.localeCompare(b),
  )
  // Every distinct label, so a person can read the whole list: the check cannot know that
  // "Louis Vuitton" is a brand.
  for (const verdict of ['not-a-speaker', 'unverified', 'role', 'name'] as const) {
    const list = speakers.filter(([, entry]) => entry.verdict === verdict)
    const total = list.reduce((sum, [, entry]) => sum + entry.count, 0)
    console.log(`\nSpeaker labels judged ${verdict} (${list.length} distinct, ${total} in all):`)
    if (verdict !== 'name') {
      for (const [label, entry] of list) {
        console.log(`  ${entry.count}× ${JSON.stringify(label)} (${[...entry.pairs].join(', ')})`)
      }
      continue
    }
    const lines: string[] = []
    for (const [label, entry] of list) {
      const item = `${entry.count}× ${label}`
      const line = lines[lines.length - 1]
      if (line !== undefined && line.length + item.length + 2 <= 100) {
        lines[lines.length - 1] = `${line}; ${item}`
      } else lines.push(`  ${item}`)
    }
    console.log(lines.join('\n'))
  }
  if (args.seeds) evaluateSeedLenses(repoRoot, vectors, limit)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
