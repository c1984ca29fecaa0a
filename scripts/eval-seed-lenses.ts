/**
 * The seed part of `npm run eval:lenses`: runs the engine on the seed pairs of the hand-made lens
 * reference (src/core/alignment/fixtures/seed-lens-changes.json) and prints each lens's recall,
 * every missed change, and the lens entries the reference does not hold, for a person to judge.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareArticles, listChanges } from '../src/core'
import type { SideText, WordVectors } from '../src/core'
import { parseSeedLensReference, scoreLensPair, summariseLensScores } from './seed-lens-changes'
import type { LensEntry, LensPairScore, ReferenceChange } from './seed-lens-changes'

function describeChange(change: ReferenceChange): string {
  const side = (text: string | null): string => (text === null ? '—' : JSON.stringify(text))
  return `${change.lens} ${change.kind}: ${side(change.left)} → ${side(change.right)} (${change.why})`
}

function describeEntry(entry: LensEntry): string {
  const side = (text: SideText | null): string =>
    text === null
      ? '—'
      : JSON.stringify(text.text.length > 90 ? `${text.text.slice(0, 90)}…` : text.text)
  return `${entry.category} ${entry.status}: ${side(entry.left)} → ${side(entry.right)}`
}

/** Scores and prints the lenses on the seed pairs; `limit` caps the unlisted entries per pair. */
export function evaluateSeedLenses(
  repoRoot: string,
  vectors: WordVectors | null,
  limit: number,
): void {
  const referencePath = join(
    repoRoot,
    'src',
    'core',
    'alignment',
    'fixtures',
    'seed-lens-changes.json',
  )
  const seedsDir = join(repoRoot, 'seeds')
  const reference = parseSeedLensReference(JSON.parse(readFileSync(referencePath, 'utf8')))
  const files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'))
  const seedPath = (id: string): string | undefined =>
    files.find((file) => file.startsWith(`${id}_`))
  const scores: LensPairScore[] = []
  const lines: string[] = []
  for (const pair of reference.pairs) {
    const leftName = seedPath(pair.left)
    const rightName = seedPath(pair.right)
    const id = `${pair.left}-${pair.right}`
    if (!leftName || !rightName) {
      lines.push(`  ${id}: a seed of this pair is missing; skipped`)
      continue
    }
    const read = (name: string): { path: string; text: string } => ({
      path: join(seedsDir, name),
      text: readFileSync(join(seedsDir, name), 'utf8'),
    })
    const comparison = compareArticles(read(leftName), read(rightName), undefined, vectors)
    const listed = listChanges(comparison)
    const entries = [...listed.quotes, ...listed.facts, ...listed.titles]
    const score = scoreLensPair(
      pair,
      comparison.left.paragraphs,
      comparison.right.paragraphs,
      entries,
    )
    scores.push(score)
    lines.push(
      `  ${id}: ${score.found.length}/${score.changes.length} found ` +
        `(${score.exact.length} exact), ${score.unlisted.length} entries not in the reference`,
    )
    for (const miss of score.missed)
      lines.push(`    missed (${miss.cause}) ${describeChange(miss.change)}`)
    for (const change of score.found.filter((found) => !score.exact.includes(found))) {
      lines.push(`    not exact ${describeChange(change)}`)
      for (const entry of score.shownBy.get(change) ?? []) {
        lines.push(`      shown as ${describeEntry(entry)}`)
      }
    }
    for (const entry of score.unlisted.slice(0, limit)) {
      lines.push(`    not in reference: ${describeEntry(entry)}`)
    }
    if (score.unlisted.length > limit) {
      lines.push(`    … ${score.unlisted.length - limit} more not in the reference (--cases N)`)
    }
  }
  const percent = (part: number, whole: number): string =>
    whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`
  console.log(`\nSeed lens reference (${scores.length} pairs, hand-made; see fixtures/README.md):`)
  console.log('lens    changes  found  recall  exact  exact-recall  entries-not-in-reference')
  const recall = summariseLensScores(scores)
  const all = recall.reduce(
    (sum, lens) => ({
      changes: sum.changes + lens.changes,
      found: sum.found + lens.found,
      exact: sum.exact + lens.exact,
      unlisted: sum.unlisted + lens.unlisted,
    }),
    { changes: 0, found: 0, exact: 0, unlisted: 0 },
  )
  for (const row of [...recall, { lens: 'all', ...all }]) {
    console.log(
      `${row.lens.padEnd(7)} ${String(row.changes).padStart(7)}  ${String(row.found).padStart(5)}  ` +
        `${percent(row.found, row.changes).padStart(6)}  ${String(row.exact).padStart(5)}  ` +
        `${percent(row.exact, row.changes).padStart(12)}  ${String(row.unlisted).padStart(24)}`,
    )
  }
  console.log(
    'found: an entry of the lens overlaps the change on a side it names; exact: one entry shows ' +
      'every side of it (not a removal plus an addition). Entries not in the reference are ' +
      'candidate false alarms: read them.',
  )
  for (const line of lines) console.log(line)
}
