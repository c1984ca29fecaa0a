import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles'
import {
  compareSmallTexts,
  handMadeComparison,
  HOSTILE_TEXT,
  withParts,
  withLeftKind,
  sideAt,
} from './report-fixtures'
import { buildTextReport } from './text-report'

const ESC = '\u001b'

function seed(name: string): string {
  return readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8')
}

describe('buildTextReport: a right-to-left pair', () => {
  it('names both files and says the articles run right-to-left', () => {
    const report = buildTextReport(
      compareArticles(
        { path: 'a/he-v1.txt', fileName: 'he-v1.txt', text: 'ראש העירייה אמר: "הגשר ייפתח מחר".' },
        { path: 'a/he-v2.txt', fileName: 'he-v2.txt', text: 'ראש העירייה אמר: "הגשר ייפתח היום".' },
      ),
      { color: false },
    )
    expect(report).toMatch(/^Left: {2}.+ {2}\(file: he-v1\.txt · right-to-left\)$/m)
    expect(report).toMatch(/^Right: .+ {2}\(file: he-v2\.txt · right-to-left\)$/m)
  })
})

describe('buildTextReport', () => {
  const report = buildTextReport(handMadeComparison(), { color: false })

  it('opens with the titles, paths, similarity and counts', () => {
    const head = report.split('\n').slice(0, 10).join('\n')
    expect(head).toContain('Rewrite Lens comparison')
    expect(head).toContain('Left:  Talks set for Moscow  (file: left.txt)')
    expect(head).toContain('Right: Talks set for Moscow next week  (file: right.txt)')
    expect(head).toMatch(
      /Wording kept \d+% · content shared \d+% \/ \d+%: \d+ words? added, \d+ removed/,
    )
    expect(head).toContain('  Wording kept is the share of words kept verbatim')
    expect(head).toContain('Paragraphs: 2 changed, 1 moved, 1 added, 1 removed')
    expect(head).toContain('Quotes: 1 altered')
    expect(head).toContain('Facts: 1 changed')
    expect(head).toContain('Titles: 1 changed')
  })

  it('shows each row with its ¶ numbers, op and a git-style word diff', () => {
    expect(report).toContain('¶0 → ¶0  changed 80%\n    Talks set for Moscow{+ next week+}')
    expect(report).toContain('¶3 → —  removed\n    [-Analysts doubt the plan.-]')
    expect(report).toContain('— → ¶3  added\n    {+A new paragraph about Kursk.+}')
  })

  it('says where a moved row came from', () => {
    expect(report).toContain('¶2 → ¶1  moved 90%, originally after ¶1\n')
    expect(report).toContain('The ceasefire would last [-30-]{+60+} days.')
  })

  it('lists quote, fact and title changes with speaker, kind and ¶ references', () => {
    expect(report).toContain(
      'Quotes (1 change)\n  altered Officials ¶1 → ¶2: “[-urgent-]{+vital+}”',
    )
    expect(report).toContain(
      'Facts (1 change)\n  changed number ¶2 → ¶1: [-30 days-] → {+60 days+}',
    )
    expect(report).toContain(
      'Titles (1 change)\n  changed headline ¶0 → ¶0: Talks set for Moscow{+ next week+}',
    )
  })

  it('has no escape codes without colour, and ANSI strike/underline with it', () => {
    expect(report).not.toContain(ESC)
    const colored = buildTextReport(handMadeComparison(), { color: true })
    expect(colored).toContain(`${ESC}[31;9m30${ESC}[0m`)
    expect(colored).toContain(`${ESC}[32;4m60${ESC}[0m`)
    expect(colored).not.toContain('[-')
    expect(colored).not.toContain('{+')
  })

  it('keeps a space between a removed and an added word in colour ("messagessignals" bug)', () => {
    const colored = buildTextReport(handMadeComparison(), { color: true })
    const plainText = colored.replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'gu'), '')
    expect(plainText).toContain('The ceasefire would last 30 60 days.')
    expect(plainText).not.toContain('3060')
  })

  it('folds runs of unchanged paragraphs into one line', () => {
    const same = ['First paragraph stays.', 'Second paragraph stays.', 'Third paragraph stays.']
    const text = buildTextReport(
      compareSmallTexts(['The talks were urgent.', ...same], ['The talks were vital.', ...same]),
      { color: false },
    )
    expect(text).toContain('  … 3 unchanged paragraphs …')
    expect(text).not.toContain('Second paragraph stays.')
  })

  it('wraps to the given width with an indent on continuation lines', () => {
    const long = 'word '.repeat(60).trim()
    const text = buildTextReport(compareSmallTexts([long], [`${long} more`]), {
      color: false,
      width: 60,
    })
    const lines = text.split('\n')
    expect(lines.every((line) => line.length <= 60)).toBe(true)
    expect(lines.filter((line) => line.startsWith('    word')).length).toBeGreaterThan(3)
  })

  it('prints control characters from the article as visible symbols, never raw', () => {
    const comparison = compareSmallTexts(['Clean line.'], [`Evil ${ESC}[2J line ${HOSTILE_TEXT}`])
    const text = buildTextReport(comparison, { color: false })
    expect(text).not.toContain(ESC)
    expect(text).toContain('␛[2J')
  })

  it('labels added and removed quotes in words, keeping the markers for their text', () => {
    const comparison = withParts(handMadeComparison(), {
      quotes: [
        {
          status: 'removed',
          speaker: null,
          left: sideAt(3, 0, 'We will win'),
          right: null,
        },
      ],
    })
    expect(buildTextReport(comparison, { color: false })).toContain(
      'Quotes (1 change)\n  removed ¶3 → —: “[-We will win-]”',
    )
  })

  it('folds rows of boilerplate instead of reporting them as removed', () => {
    const comparison = withLeftKind(handMadeComparison(), 3, 'boilerplate')
    const text = buildTextReport(comparison, { color: false })
    expect(text).toContain('  … 1 row of boilerplate (not compared) …')
    expect(text).not.toContain('Analysts doubt the plan.')
  })

  it('marks adjacent runs of one type as one change', () => {
    const comparison = withParts(handMadeComparison(), {
      rows: [
        {
          left: [3],
          right: [3],
          op: 'changed',
          similarity: 0.5,
          tokens: [
            { type: 'removed', text: 'Analysts' },
            { type: 'removed', text: ' doubt' },
            { type: 'added', text: 'A new' },
            { type: 'equal', text: ' plan.' },
          ],
        },
      ],
    })
    expect(buildTextReport(comparison, { color: false })).toContain(
      '    [-Analysts doubt-]{+A new+} plan.',
    )
  })

  it('says so when there are no quote, fact or title changes', () => {
    const comparison = withParts(handMadeComparison(), { quotes: [], facts: [], titles: [] })
    const text = buildTextReport(comparison, { color: false })
    expect(text).toContain('Quotes (0 changes)\n  No changes.')
    expect(text).toContain('Facts (0 changes)\n  No changes.')
  })

  it('reports a seed pair: every row not folded shows its ¶ numbers and op', () => {
    const comparison = compareArticles(
      { path: 'seeds/000.txt', text: seed('000_cbc1d2b3e80d9033.txt') },
      { path: 'seeds/003.txt', text: seed('003_b01608b6cce9594e.txt') },
    )
    const text = buildTextReport(comparison, { color: false, width: 100 })
    const shown = comparison.rows.filter((row) => row.op !== 'equal').length
    const rowHeads = text.match(/^(¶[\d–, ¶]+|—) → (¶[\d–, ¶]+|—) {2}\w+/gm) ?? []
    expect(rowHeads).toHaveLength(shown)
    expect(text.split('\n').every((line) => line.length <= 100 || !line.includes(' '))).toBe(true)
  })
})
