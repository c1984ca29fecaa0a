import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles'
import { buildMarkdownReport, buildMarkdownReportForPairs, escapeMarkdown } from './markdown-report'
import {
  compareSmallTexts,
  handMadeComparison,
  HOSTILE_TEXT,
  withParts,
  sideAt,
} from './report-fixtures'

describe('escapeMarkdown', () => {
  it('escapes emphasis, code, links, tables, raw HTML and entities', () => {
    expect(escapeMarkdown('a *b* _c_ `d` [e](f) |g| ~h~', false)).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\|g\\| \\~h\\~',
    )
    expect(escapeMarkdown('<img src=x> &amp; \\', false)).toBe('\\<img src=x\\> \\&amp; \\\\')
  })

  it('escapes block markers only where a line starts', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title')
    expect(escapeMarkdown('- item\n+ item\n1. item\n2) item\n= line')).toBe(
      '\\- item\n\\+ item\n1\\. item\n2\\) item\n\\= line',
    )
    expect(escapeMarkdown('a - b, 1. c', true)).toBe('a - b, 1. c')
    expect(escapeMarkdown('- mid-line', false)).toBe('- mid-line')
  })
})

describe('buildMarkdownReport', () => {
  const markdown = buildMarkdownReport(handMadeComparison())

  it('has a title, metadata and a summary table', () => {
    expect(markdown.startsWith('# Rewrite Lens comparison\n\n')).toBe(true)
    expect(markdown).toContain(
      '- **Original (left):** <span dir="auto">Talks set for Moscow</span> — file: left.txt (4 paragraphs)',
    )
    expect(markdown).toMatch(
      /\n\nWording kept is the share of words [^\n]+Content shared is [^\n]+\n/,
    )
    expect(markdown).toContain('| Paragraphs | 2 changed, 1 moved, 1 added, 1 removed |')
    expect(markdown).toMatch(
      /\| Wording kept \| \d+% \|\n\| Content shared \(original \/ rewrite\) \| \d+% \/ \d+% \|/,
    )
  })

  it('lists quote, fact and title changes with their ¶ references', () => {
    expect(markdown).toContain(
      '## Quotes (1 change)\n\n1. **altered** · *Officials* · ¶1 → ¶2: <span dir="auto">“<del>urgent</del> <ins>vital</ins>”</span>',
    )
    expect(markdown).toContain(
      '1. **changed** · *number* · ¶2 → ¶1: <span dir="auto"><del>30 days</del> → <ins>60 days</ins></span>',
    )
    expect(markdown).toContain(
      '1. **changed** · *headline* · ¶0 → ¶0: <span dir="auto">Talks set for Moscow <ins>next week</ins></span>',
    )
  })

  it('shows changed rows with their op and diff, and folds unchanged ones', () => {
    expect(markdown).toContain(
      '**¶2 → ¶1 · moved · 90% · originally after ¶1**\n\n<div dir="auto">\n\nThe ceasefire would last <del>30</del> <ins>60</ins> days.\n\n</div>',
    )
    expect(markdown).toContain(
      '**¶3 → — · removed**\n\n<div dir="auto">\n\n<del>Analysts doubt the plan.</del>',
    )
    const same = ['One stays.', 'Two stays.']
    const folded = buildMarkdownReport(
      compareSmallTexts(['Changed here.', ...same], ['Changed there.', ...same]),
    )
    expect(folded).toContain('*… 2 unchanged paragraphs …*')
  })

  it('escapes article text so it cannot inject markup', () => {
    const comparison = withParts(
      compareSmallTexts([`* ${HOSTILE_TEXT}`], ['# heading [link](x)']),
      {
        quotes: [
          {
            status: 'removed',
            speaker: '*Eve*',
            left: sideAt(0, 2, HOSTILE_TEXT),
            right: null,
          },
        ],
      },
    )
    const text = buildMarkdownReport(comparison)
    expect(text).not.toMatch(/(^|[^\\])<(script|img)/m)
    expect(text).toContain('\\<script\\>')
    expect(text).toContain('Tom \\& "Jerry"')
    expect(text).toContain('*\\*Eve\\**')
    expect(text).not.toMatch(/^# heading/m)
    expect(text).not.toContain('[link](x)')
  })

  it('joins a split row with a hard line break', () => {
    const comparison = withParts(handMadeComparison(), {
      rows: [
        {
          left: [0],
          right: [0, 1],
          op: 'split',
          similarity: 0.9,
          tokens: [
            { type: 'equal', text: 'First half.' },
            { type: 'removed', text: ' ' },
            { type: 'added', text: '\n' },
            { type: 'equal', text: '- second half.' },
          ],
        },
      ],
    })
    expect(buildMarkdownReport(comparison)).toContain('First half. \\\n\\- second half.')
  })
})

describe('buildMarkdownReport: a quote whose diff spans a line break', () => {
  it('keeps the list item on one line', () => {
    const comparison = withParts(handMadeComparison(), {
      quotes: [
        {
          status: 'altered',
          speaker: null,
          left: sideAt(1, 0, 'one two'),
          right: sideAt(2, 0, 'one\n- two'),
          tokens: [
            { type: 'equal', text: 'one' },
            { type: 'removed', text: ' ' },
            { type: 'added', text: '\n- ' },
            { type: 'equal', text: 'two' },
          ],
        },
      ],
    })
    expect(buildMarkdownReport(comparison)).toContain(
      '1. **altered** · ¶1 → ¶2: <span dir="auto">“one  <ins>-</ins> two”</span>',
    )
  })
})

describe('buildMarkdownReportForPairs', () => {
  it('has contents linking to an anchored section per pair', () => {
    const markdown = buildMarkdownReportForPairs([handMadeComparison(), handMadeComparison()])
    expect(markdown).toContain('# Rewrite Lens: 2 comparisons')
    expect(markdown).toMatch(
      /^1\. \[Talks set for Moscow ↔ Talks set for Moscow next week\]\(#pair-1\) — wording kept \d+% · content shared \d+% \/ \d+%$/m,
    )
    expect(markdown).toContain('<a id="pair-2"></a>\n\n## 2. Talks set for Moscow')
    expect(markdown).toContain('### Quotes (1 change)')
  })
})

describe('buildMarkdownReport: a Hebrew pair from two files', () => {
  const comparison = compareArticles(
    {
      path: '/tmp/he-v1.md',
      fileName: 'he-v1.md',
      label: 'v1',
      text: 'ראש העירייה אמר: "הגשר ייפתח מחר".',
    },
    {
      path: '/tmp/he-v2.md',
      fileName: 'he-v2.md',
      label: 'v2',
      text: 'ראש העירייה אמר: "הגשר ייפתח בשבוע הבא".',
    },
  )
  const markdown = buildMarkdownReport(comparison)

  it('names both files and says the text runs right-to-left', () => {
    expect(markdown).toMatch(
      /- \*\*Original \(left\):\*\* .* — file: he-v1\.md · label: v1 \(1 paragraph, right-to-left\)/,
    )
    expect(markdown).toMatch(/- \*\*Rewrite \(right\):\*\* .* — file: he-v2\.md · label: v2 /)
    expect(markdown).not.toContain('/tmp/')
  })

  it('gives every row and change a direction of its own', () => {
    expect(markdown).toContain('<div dir="auto">\n\nראש העירייה אמר')
    expect(markdown).toMatch(/¶0 → ¶0: <span dir="auto">/)
  })
})
