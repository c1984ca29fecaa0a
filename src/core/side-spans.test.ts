import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compareArticles } from './compare-articles'
import type { ComparedArticle, SideText } from './types'
import { QUOTE_PART_SEPARATOR } from './types'

const seeds = readdirSync('seeds')
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ path: name, text: readFileSync(`seeds/${name}`, 'utf8') }))

/** The words a side's spans cover in its article, parts joined as the engine joins them. */
function spannedText(article: ComparedArticle, side: SideText): string {
  return side.spans
    .map((span) => article.paragraphs[span.paragraph]?.text.slice(span.start, span.end) ?? '?')
    .join(QUOTE_PART_SEPARATOR)
}

describe('positions of quotes, facts and titles', () => {
  it('give every side of every seed pair spans that hold exactly its text', () => {
    let quotesInParts = 0
    seeds.forEach((left, index) => {
      for (const right of seeds.slice(index + 1)) {
        const comparison = compareArticles(left, right)
        const entries = [...comparison.quotes, ...comparison.facts, ...comparison.titles]
        for (const entry of entries) {
          for (const [side, article] of [
            [entry.left, comparison.left],
            [entry.right, comparison.right],
          ] as const) {
            if (side === null) continue
            expect(side.spans.length, side.text).toBeGreaterThan(0)
            expect(side.spans[0]?.paragraph).toBe(side.paragraph)
            expect(spannedText(article, side)).toBe(side.text)
            if (side.spans.length > 1) quotesInParts++
          }
        }
      }
    })
    // The seeds quote Trump and Witkoff in parts around "he said"; each part has its own span.
    expect(quotesInParts).toBeGreaterThan(0)
  })
})
