import { escapeHtml } from '../../reports/html-escape'
import { drawLineage } from '../lineage-layout'
import type { PresenceCell, QuoteCell, Story } from '../story-types'
import { lineageMethod, markSpans, percent, versionLabel } from './story-report-parts'
import { renderHtmlDocument } from '../../reports/html-document'

/** What an HTML story report says about how and when it was made. */
export interface StoryHtmlOptions {
  readonly generatedAt: string
  readonly appVersion: string
}

/**
 * One self-contained, inert HTML file for a story: no script, nothing loaded (its CSP allows only
 * inline styles), tables that print on A4 landscape. The lineage is drawn as inline SVG.
 */
export function buildStoryHtml(story: Story, options: StoryHtmlOptions): string {
  const e = escapeHtml
  const labels = story.articles.map((article) => versionLabel(article.index))
  const head = (first: string): string =>
    `<thead><tr><th scope="col">${first}</th>${labels.map((label) => `<th scope="col">${label}</th>`).join('')}</tr></thead>`
  const cell = (item: QuoteCell | PresenceCell, reference: number): string => {
    const classes = [`status-${item.status}`, item.article === reference ? 'reference' : '']
      .filter(Boolean)
      .join(' ')
    if (item.text === null)
      return `<td class="${classes}"><span class="muted">${item.status}</span></td>`
    const text = markSpans(item.text, item.spans, (changed) => `<mark>${e(changed)}</mark>`, e)
    const speaker =
      'speaker' in item && item.speaker !== undefined
        ? `<span class="speaker">(${e(item.speaker ?? 'unattributed')})</span>`
        : ''
    const status = item.status === 'paraphrased' ? '<span class="muted">paraphrased: </span>' : ''
    const where = item.paragraph === null ? '' : `<span class="where">¶${item.paragraph}</span>`
    return `<td class="${classes}">${where}${status}<span class="text">${text}</span>${speaker}</td>`
  }
  const body: string[] = [
    '<header>',
    `<h1>Rewrite Lens story: ${story.articles.length} versions</h1>`,
    `<p class="muted">Generated <time datetime="${e(options.generatedAt)}">${e(options.generatedAt)}</time> by Rewrite Lens ${e(options.appVersion)}. Schema ${e(story.schema)}.</p>`,
    '</header>',
    '<main>',
    '<section><h2>Versions</h2><table class="versions"><thead><tr><th>Version</th><th>Title</th><th>Words</th><th>Date</th><th>Source</th><th>Original</th></tr></thead><tbody>',
    ...story.articles.map(
      (article) =>
        `<tr><th scope="row">${labels[article.index]}</th><td>${e(article.title || 'Untitled')}</td><td class="num">${article.words}</td><td>${e(article.date ?? '')}</td><td class="path">${e(article.path)}</td><td><span class="bar"><span style="width:${Math.round((story.originality[article.index]?.share ?? 0) * 100)}%"></span></span> ${percent(story.originality[article.index]?.share ?? 0)}</td></tr>`,
    ),
    '</tbody></table>',
    `<p class="muted">Original: share of the version found in no other version${story.options.inOrder ? ' (no earlier one)' : ''}.</p></section>`,
    `<section><h2>Lineage</h2><p>${e(lineageMethod(story))}.</p>${lineageSvg(story)}<ul class="evidence">`,
    ...story.lineage
      .filter((entry) => entry.parent !== null)
      .map(
        (entry) =>
          `<li><strong>${labels[entry.article]}</strong> from ${labels[entry.parent!]} (${percent(entry.similarity)} in common)${entry.evidence.length === 0 ? '' : `: ${entry.evidence.map((phrase) => `“${e(phrase)}”`).join(', ')}`}</li>`,
      ),
    '</ul></section>',
    '<section><h2>Similarity</h2><p class="muted">Share of content two versions have in common.</p>',
    `<table class="heatmap">${head('')}<tbody>`,
    ...story.similarity.map(
      (row, a) =>
        `<tr><th scope="row">${labels[a]}</th>${row.map((value) => `<td style="background:${heat(value)}">${percent(value)}</td>`).join('')}</tr>`,
    ),
    '</tbody></table></section>',
    '<section><h2>Quotes</h2><p class="muted">One row per quotation; <mark>marked</mark> words differ from the reference version (outlined).</p>',
    story.quotes.length === 0
      ? '<p>No quotations.</p>'
      : `<table class="ledger">${head('Speaker')}<tbody>${story.quotes
          .map(
            (row) =>
              `<tr><th scope="row">${e(row.speaker ?? 'Unattributed')}</th>${row.cells.map((item) => cell(item, row.reference)).join('')}</tr>`,
          )
          .join('')}</tbody></table>`,
    '</section>',
    '<section><h2>Facts</h2><p class="muted">Rows where the versions disagree come first.</p>',
    story.facts.length === 0
      ? '<p>No facts.</p>'
      : `<table class="ledger">${head('Fact')}<tbody>${story.facts
          .map(
            (row) =>
              `<tr class="${row.disagree ? 'disagree' : ''}"><th scope="row">${row.disagree ? '⚠ ' : ''}${e(row.kind)}: ${e(row.subject)}</th>${row.cells.map((item) => cell(item, row.reference)).join('')}</tr>`,
          )
          .join('')}</tbody></table>`,
    '</section>',
    '<section><h2>Titles</h2>',
    story.titles.length === 0
      ? '<p>No titles.</p>'
      : `<table class="ledger">${head('Title')}<tbody>${story.titles
          .map(
            (row) =>
              `<tr><th scope="row">${row.headline ? 'Headline' : 'Subheading'}</th>${row.cells.map((item) => cell(item, row.reference)).join('')}</tr>`,
          )
          .join('')}</tbody></table>`,
    '</section>',
    '</main>',
  ]
  return renderHtmlDocument(
    {
      title: `Rewrite Lens story: ${story.articles.length} versions`,
      appVersion: options.appVersion,
      styles: STYLES,
    },
    body,
  )
}

/** Light-to-dark blue for 0..1, readable with dark text up to about 0.6. */
function heat(value: number): string {
  const lightness = Math.round(97 - value * 45)
  return `hsl(214 80% ${lightness}%)`
}

function lineageSvg(story: Story): string {
  const drawing = drawLineage(story)
  const lines = drawing.lines.map(
    (line) =>
      `<line x1="${line.x1}" y1="${line.y1}" x2="${line.x2}" y2="${line.y2}" stroke="#888" stroke-width="1.5"/>`,
  )
  const dots = drawing.dots.map(
    (dot) =>
      `<g><circle cx="${dot.cx}" cy="${dot.cy}" r="${drawing.radius}" fill="${dot.root ? '#0b57d0' : '#fff'}" stroke="#0b57d0" stroke-width="1.5"/><text x="${dot.cx}" y="${dot.cy + 4}" text-anchor="middle" font-size="11" fill="${dot.root ? '#fff' : '#1b1b1b'}">${versionLabel(dot.article)}</text></g>`,
  )
  return `<svg class="lineage" role="img" aria-label="Lineage tree" width="${drawing.width}" height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}">${lines.join('')}${dots.join('')}</svg>`
}

const STYLES = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #5c5c5c; --line: #d6d6d6; --accent: #0b57d0; --mark: #ffe08a; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 90rem; padding: 0 1.25rem; color: var(--fg); background: #fff;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.muted { color: var(--muted); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #f3f3f3; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.path { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; overflow-wrap: anywhere; }
.heatmap td { text-align: center; font-variant-numeric: tabular-nums; min-width: 3rem; }
.ledger { width: 100%; table-layout: fixed; }
.ledger th[scope="row"] { width: 9rem; font-weight: 600; }
.ledger td { overflow-wrap: anywhere; }
.ledger td.reference { outline: 2px solid var(--accent); outline-offset: -2px; }
.ledger td.status-absent { background: #f6f6f6; }
.ledger td.status-paraphrased { font-style: italic; }
.ledger tr.disagree th { color: #8a1c00; }
.where { display: block; color: var(--muted); font-size: .8em; }
.speaker { display: block; color: #8a1c00; font-size: .85em; }
mark { background: var(--mark); color: inherit; }
.bar { display: inline-block; width: 6rem; height: .7rem; background: #eee; vertical-align: middle; }
.bar span { display: block; height: 100%; background: var(--accent); }
.lineage { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
@page { size: A4 landscape; margin: 12mm 10mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 8.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
`.trim()
