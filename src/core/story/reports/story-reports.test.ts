import { describe, expect, it } from 'vitest'
import { compareStory } from '../compare-story'
import { drawLineage } from '../lineage-layout'
import { buildStoryCsv, buildStoryHtml, buildStoryMarkdown, buildStoryText } from './index'

const BASE = `Council approves bridge <script>alert(1)</script>
The council voted on Monday to build the bridge, which will cost 40 million dollars.
"We will send positive messages to investors," Mayor Jane Holt said after the vote.
Critics spoke up. "=HYPERLINK(1) is no way to pay for it," said councillor Tom Reed.`

const story = compareStory(
  [
    { path: 'a.txt', text: BASE },
    { path: 'b.txt', text: BASE.replace('positive messages', 'positive signals') },
    { path: 'c.txt', text: BASE.replace('40 million', '45 million') },
  ],
  { ignoreCase: false, ignorePunctuation: false, ignoreTypography: true, inOrder: true },
)

describe('story reports', () => {
  it('HTML is inert: strict CSP, no script, article text escaped', () => {
    const html = buildStoryHtml(story, { generatedAt: '2026-11-23T02:00:00Z', appVersion: '0.1.0' })
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain('positive <mark>signals</mark>')
    expect(html).toContain('@page { size: A4')
  })

  it('HTML draws the lineage with the geometry the story view uses', () => {
    const html = buildStoryHtml(story, { generatedAt: '2026-11-23T02:00:00Z', appVersion: '0.1.0' })
    const drawing = drawLineage(story)
    const svg = /<svg class="lineage"[^>]*>.*?<\/svg>/s.exec(html)?.[0] ?? ''
    expect(svg).toContain(`viewBox="0 0 ${drawing.width} ${drawing.height}"`)
    const circles = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)]
    expect(circles.map((match) => match.slice(1).map(Number))).toEqual(
      drawing.dots.map((dot) => [dot.cx, dot.cy, drawing.radius]),
    )
    const lines = [
      ...svg.matchAll(/<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/g),
    ]
    expect(lines.map((match) => match.slice(1).map(Number))).toEqual(
      drawing.lines.map((line) => [line.x1, line.y1, line.x2, line.y2]),
    )
  })

  it('Markdown marks changed words in bold and escapes markup', () => {
    const md = buildStoryMarkdown(story)
    expect(md).toContain('positive **signals**')
    expect(md).toContain('**45** million dollars')
    expect(md).not.toContain('<script>')
  })

  it('CSV has one line per ledger cell, a BOM, and neutralised formulas', () => {
    const csv = buildStoryCsv(story)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    const cells = [...story.quotes, ...story.facts, ...story.titles].length * 3
    expect(lines).toHaveLength(cells + 1)
    expect(csv).toContain(`"'=HYPERLINK(1) is no way to pay for it,"`)
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m)
    expect(lines.find((line) => line.includes('signals'))).toContain(',signals,')
  })

  it('text marks changed words as {+word+}', () => {
    const text = buildStoryText(story)
    expect(text).toContain('positive {+signals+}')
    expect(text).toContain('Lineage: versions in time order')
  })
})
