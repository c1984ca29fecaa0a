import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles'
import { buildHtmlReport, buildHtmlReportForPairs } from './html-report'
import {
  compareSmallTexts,
  handMadeComparison,
  HOSTILE_TEXT,
  withLeftKind,
  withParts,
  sideAt,
} from './report-fixtures'

const OPTIONS = { generatedAt: '2026-11-23T02:00:00.000Z', appVersion: '0.1.0' }

function seed(name: string): string {
  return readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8')
}

function ids(html: string): ReadonlyArray<string> {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '')
}

function fragmentLinks(html: string): ReadonlyArray<string> {
  return [...html.matchAll(/\shref="#([^"]+)"/g)].map((match) => match[1] ?? '')
}

function hostileComparison() {
  const base = compareSmallTexts(
    [`Headline ${HOSTILE_TEXT}`, 'A quiet paragraph.'],
    ['Headline', `A quiet paragraph. ${HOSTILE_TEXT}`],
  )
  return withParts(base, {
    quotes: [
      {
        status: 'added',
        speaker: '<b>Mallory</b>',
        left: null,
        right: sideAt(1, 'A quiet paragraph. '.length, HOSTILE_TEXT),
      },
    ],
    facts: [
      {
        kind: 'person',
        status: 'removed',
        left: sideAt(0, 0, '"Tom" & <i>Jerry</i>'),
        right: null,
      },
    ],
  })
}

describe('buildHtmlReport', () => {
  const html = buildHtmlReport(handMadeComparison(), OPTIONS)

  it('is one self-contained document: CSP that forbids everything but inline style, no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    )
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i)
    expect(html).not.toMatch(/https?:\/\//)
  })

  it('carries the metadata and summary', () => {
    expect(html).toContain('<title>Talks set for Moscow ↔ Talks set for Moscow next week</title>')
    expect(html).toContain('<span class="detail detail-file">file: <bdi>left.txt</bdi></span>')
    expect(html).toContain('<time datetime="2026-11-23T02:00:00.000Z">2026-11-23 02:00 UTC</time>')
    expect(html).toContain('by Rewrite Lens 0.1.0')
    expect(html).toMatch(/<th scope="row">Wording kept<\/th><td>\d+%<\/td>/)
    expect(html).toMatch(
      /<th scope="row">Content shared \(original \/ rewrite\)<\/th><td>\d+% \/ \d+%<\/td>/,
    )
    expect(html).toContain('<td>2 changed, 1 moved, 1 added, 1 removed</td>')
    expect(html).toMatch(
      /<p class="explain muted">Wording kept is the share of words[^<]*Content shared is[^<]*<\/p>/,
    )
  })

  it('shows rows side by side, removed words struck and added ones underlined', () => {
    expect(html).toContain('<tr id="row-1" class="op-moved">')
    expect(html).toContain(
      '<td class="side left" dir="auto">The ceasefire would last <del>30</del> days.</td>' +
        '<td class="side right" dir="auto">The ceasefire would last <ins>60</ins> days.</td>',
    )
    expect(html).toMatch(/del \{[^}]*text-decoration: line-through/)
    expect(html).toMatch(/ins \{[^}]*text-decoration: underline/)
  })

  it('gives every row an anchor and links each change and move to an existing one', () => {
    const rowIds = ids(html).filter((id) => id.startsWith('row-'))
    expect(rowIds).toEqual(['row-0', 'row-1', 'row-2', 'row-3', 'row-4'])
    const links = fragmentLinks(html)
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(ids(html)).toContain(link)
    expect(html).toContain('<a class="where" href="#row-2">¶1 → ¶2</a>')
    expect(html).toContain('<a href="#row-2">originally after ¶1</a>')
    expect(html).toContain('<a href="#row-1">¶2 moved from here</a>')
  })

  it('lists quote, fact and title changes with status, subject and inline diff', () => {
    expect(html).toContain(
      '<span class="status">altered</span> <span class="subject">Officials</span> ' +
        '<span class="change-text" dir="auto">“<del>urgent</del> <ins>vital</ins>”</span>',
    )
    expect(html).toContain('<del>30 days</del> → <ins>60 days</ins>')
    expect(html).toContain('<span class="subject">headline</span>')
  })

  it('prints on A4 or Letter: page margins, rows kept whole, backgrounds printed', () => {
    expect(html).toMatch(/@page \{ margin: [^}]+\}/)
    expect(html).toMatch(/@media print \{[\s\S]*tr, li[^{]*\{ break-inside: avoid; \}/)
    expect(html).toContain('print-color-adjust: exact')
    expect(html).toContain('thead { display: table-header-group; }')
  })

  it('escapes every piece of article text, speaker and fact', () => {
    const page = buildHtmlReport(hostileComparison(), {
      generatedAt: '<now>',
      appVersion: '"1" & 2',
    })
    expect(page).not.toContain('<script>')
    expect(page).not.toContain('<img')
    expect(page).not.toContain('<b>Mallory')
    expect(page).not.toContain('<i>Jerry')
    expect(page).not.toMatch(/onerror="alert/)
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
    expect(page).toContain('Tom &amp; &quot;Jerry&quot;')
    expect(page).toContain('&lt;b&gt;Mallory&lt;/b&gt;')
    expect(page).toContain('&lt;now&gt;')
    expect(page).toContain('&quot;1&quot; &amp; 2')
  })

  it('mutes rows of boilerplate and says they are not compared', () => {
    const page = buildHtmlReport(withLeftKind(handMadeComparison(), 3, 'boilerplate'), OPTIONS)
    expect(page).toContain('<tr id="row-3" class="op-removed boilerplate">')
    expect(page).toContain('<span class="note">boilerplate, not compared</span>')
  })

  it('renders a seed pair with one anchored table row per aligned row', () => {
    const comparison = compareArticles(
      { path: 'seeds/001.txt', text: seed('001_f9530f5110897cd7.txt') },
      { path: 'seeds/004.txt', text: seed('004_e5306c6442d6f8c1.txt') },
    )
    const page = buildHtmlReport(comparison, OPTIONS)
    expect(page.match(/<tr id="row-\d+"/g)).toHaveLength(comparison.rows.length)
    for (const link of fragmentLinks(page)) expect(ids(page)).toContain(link)
  })
})

describe('buildHtmlReport names each side and keeps each text’s direction', () => {
  const hebrew = compareArticles(
    {
      path: '/tmp/he-v1.txt',
      fileName: 'he-v1.txt',
      source: 'Ynet',
      label: 'v1',
      publishedAt: '2026-11-20T14:05:00.000Z',
      text: 'ראש העירייה אמר: "הגשר ייפתח מחר".\nהעבודות נמשכו שנה.',
    },
    {
      path: '/tmp/he-v2.txt',
      fileName: 'he-v2.txt',
      source: 'Ynet',
      label: 'v2',
      text: 'ראש העירייה אמר: "הגשר ייפתח בשבוע הבא".\nהעבודות נמשכו שנה.',
    },
  )
  const page = buildHtmlReport(hebrew, OPTIONS)

  it('names both sides by title, file, source, label and date', () => {
    expect(page).toContain(
      '<span class="detail detail-file">file: <bdi>he-v1.txt</bdi></span> · ' +
        '<span class="detail detail-source">source: <bdi>Ynet</bdi></span> · ' +
        '<span class="detail detail-label">label: <bdi>v1</bdi></span> · ' +
        '<span class="detail detail-published">published: <bdi>2026-11-20 14:05 UTC</bdi></span>',
    )
    expect(page).toContain('file: <bdi>he-v2.txt</bdi>')
    expect(page).not.toContain('/tmp/')
    expect(page).toMatch(/<title>[^<]*\[v1\] ↔ [^<]*\[v2\]<\/title>/)
  })

  it('sets dir="auto" on every element holding article text, and aligns rows to their start', () => {
    expect(page).toMatch(/<bdi class="article-title" dir="auto">ראש העירייה/)
    const cells = page.match(/<td class="side (left|right)"[^>]*>/g) ?? []
    expect(cells.length).toBeGreaterThan(0)
    for (const cell of cells) expect(cell).toContain('dir="auto"')
    const changes = page.match(/<span class="change-text"[^>]*>/g) ?? []
    expect(changes.length).toBeGreaterThan(0)
    for (const change of changes) expect(change).toContain('dir="auto"')
    expect(page).not.toMatch(/text-align: left/)
  })
})

describe('buildHtmlReportForPairs', () => {
  const first = handMadeComparison()
  const second = hostileComparison()
  const html = buildHtmlReportForPairs([first, second], OPTIONS)

  it('has a table of contents linking to one section per pair', () => {
    expect(html).toContain('<h1>Rewrite Lens: 2 comparisons</h1>')
    expect(html).toContain(
      '<a href="#pair-1"><bdi>Talks set for Moscow</bdi> ↔ <bdi>Talks set for Moscow next week</bdi></a>',
    )
    expect(html).toContain('<section class="pair" id="pair-1">')
    expect(html).toContain('<section class="pair" id="pair-2">')
  })

  it('keeps ids unique across pairs and every link pointing at one of them', () => {
    const all = ids(html)
    expect(new Set(all).size).toBe(all.length)
    expect(all).toContain('pair-1-row-0')
    expect(all).toContain('pair-2-row-0')
    for (const link of fragmentLinks(html)) expect(all).toContain(link)
  })

  it('still escapes article text and keeps the CSP', () => {
    expect(html).not.toContain('<script>')
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
  })
})
