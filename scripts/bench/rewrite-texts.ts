/**
 * The bench's deterministic texts: an "original" of seed paragraphs repeated up to a word count and
 * its rewrite (local reorders, swapped words, splits, merges, drops and additions). The bench and
 * the e2e first-compare timings draw the same pairs from here, so nothing large is kept in git.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { seededRandom } from './bench-tools'

/** A generated pair, one paragraph per line. */
export interface RewritePair {
  readonly original: ReadonlyArray<string>
  readonly rewrite: ReadonlyArray<string>
}

/** Whitespace-separated words in `text`. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** The non-empty lines of every seed article, in file-name order. */
export function seedParagraphs(dir: string): ReadonlyArray<string> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\r\n|\r|\n/))
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** The pair of about `words` words the bench times at that size (seeded by the size). */
export function rewritePair(pool: ReadonlyArray<string>, words: number): RewritePair {
  const random = seededRandom(words)
  const original = buildOriginal(pool, words, random)
  return { original, rewrite: buildRewrite(original, pool, random) }
}

/** The original: seed paragraphs repeated (in a shuffled order per round) up to `words` words. */
function buildOriginal(pool: ReadonlyArray<string>, words: number, random: () => number): string[] {
  const paragraphs: string[] = []
  let total = 0
  while (total < words) {
    const round = [...pool].sort(() => random() - 0.5)
    for (const paragraph of round) {
      if (total >= words) break
      paragraphs.push(paragraph)
      total += wordCount(paragraph)
    }
  }
  return paragraphs
}

/** A rewrite: local reorders, swapped words, splits, merges, drops and additions. */
function buildRewrite(
  original: ReadonlyArray<string>,
  pool: ReadonlyArray<string>,
  random: () => number,
): string[] {
  const rewrite: string[] = []
  for (let i = 0; i < original.length; i++) {
    let paragraph = original[i] ?? ''
    const roll = random()
    if (roll < 0.05) continue
    if (roll < 0.1) rewrite.push(pool[Math.floor(random() * pool.length)] ?? '')
    if (random() < 0.3) paragraph = swapWords(paragraph, random)
    const next = original[i + 1]
    if (roll > 0.9 && next !== undefined) {
      rewrite.push(`${paragraph} ${next}`)
      i++
    } else if (roll > 0.82) {
      const cut = paragraph.indexOf('. ')
      if (cut > 0) rewrite.push(paragraph.slice(0, cut + 1), paragraph.slice(cut + 2))
      else rewrite.push(paragraph)
    } else rewrite.push(paragraph)
  }
  // Local reorders: swap some neighbours a few places apart.
  for (let i = 0; i + 3 < rewrite.length; i += 7) {
    if (random() < 0.5) {
      const j = i + 1 + Math.floor(random() * 3)
      const held = rewrite[i] ?? ''
      rewrite[i] = rewrite[j] ?? ''
      rewrite[j] = held
    }
  }
  return rewrite
}

function swapWords(paragraph: string, random: () => number): string {
  const words = paragraph.split(' ')
  for (let k = 0; k < 2 && words.length > 3; k++) {
    const a = Math.floor(random() * words.length)
    const b = Math.floor(random() * words.length)
    const held = words[a] ?? ''
    words[a] = words[b] ?? ''
    words[b] = held
  }
  return words.join(' ')
}
