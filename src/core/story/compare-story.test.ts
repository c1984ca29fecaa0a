import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareStory } from './compare-story'
import type { PresenceCell, QuoteCell, Story } from './story-types'

const ORIGINAL = `Mayor plans a new bridge over the river
The mayor said on Monday that the city will build a new bridge over the river by 2027.
"We will build the bridge. We will send positive messages to investors," Mayor Jane Holt said at the town hall.
The project will cost 40 million dollars and take three years to finish.
Critics were quick to respond. "This bridge is a waste of public money," said councillor Tom Reed.`

const REWORDED = `Mayor plans a new bridge over the river
The mayor said on Monday that the city will build a new bridge over the river by 2027.
"We will build the bridge. We will send positive signals to investors," Mayor Jane Holt said at the town hall.
The project will cost 45 million dollars and take three years to finish.
Critics were quick to respond. "This bridge is a waste of public money," said councillor Tom Reed.`

const DROPPED = `Mayor plans a new bridge over the river
The mayor said on Monday that the city will build a new bridge over the river by 2027.
"We will build the bridge. We will send positive messages to investors," Mayor Jane Holt said at the town hall.
The project will cost 40 million dollars and take three years to finish.`

const SPLIT = `Mayor plans a new bridge over the river
The mayor said on Monday that the city will build a new bridge over the river by 2027.
"We will build the bridge," Mayor Jane Holt said at the town hall. "We will send positive messages to investors."
The project will cost 40 million dollars and take three years to finish.
Critics were quick to respond. "This bridge is a waste of public money," said councillor Tom Reed.`

const OPTIONS = {
  ignoreCase: false,
  ignorePunctuation: false,
  ignoreTypography: true,
  inOrder: true,
} as const

function story(texts: ReadonlyArray<string>, inOrder = true): Story {
  return compareStory(
    texts.map((text, index) => ({ path: `v${index}.txt`, text })),
    { ...OPTIONS, inOrder },
  )
}

/** A cell as `status:text` with the words that differ from the reference in [brackets]. */
function showCell(cell: QuoteCell | PresenceCell): string {
  if (cell.text === null) return cell.status
  let text = ''
  let at = 0
  for (const span of cell.spans) {
    text += `${cell.text.slice(at, span.start)}[${cell.text.slice(span.start, span.end)}]`
    at = span.end
  }
  text += cell.text.slice(at)
  const speaker = 'speaker' in cell && cell.speaker !== undefined ? ` (${cell.speaker})` : ''
  return `${cell.status}:${text}${speaker}`
}

function quoteRows(result: Story): ReadonlyArray<string> {
  return result.quotes.map(
    (row) => `${row.speaker ?? '?'} | ${row.cells.map((cell) => showCell(cell)).join(' | ')}`,
  )
}

describe('compareStory', () => {
  const result = story([ORIGINAL, REWORDED, DROPPED, SPLIT])

  it('follows a reworded and a split quotation, marking changed words against the reference', () => {
    const [row] = quoteRows(result)
    expect(row).toMatch(
      'Jane Holt | quoted:We will build the bridge. We will send positive messages to investors, | ' +
        'quoted:We will build the bridge. We will send positive [signals] to investors, | ' +
        'quoted:We will build the bridge. We will send positive messages to investors, | ',
    )
    // The split version's two parts are one quotation, its parts joined by an ellipsis.
    expect(row).toMatch(
      /\| quoted:We will build the bridge\[, …\] We will send positive messages to investors\[\.\]$/,
    )
  })

  it('marks a dropped quotation absent', () => {
    expect(result.quotes).toHaveLength(2)
    expect(quoteRows(result)[1]).toBe(
      'Tom Reed | quoted:This bridge is a waste of public money, | ' +
        'quoted:This bridge is a waste of public money, | absent | ' +
        'quoted:This bridge is a waste of public money,',
    )
  })

  it('puts facts the versions disagree on first', () => {
    const first = result.facts[0]!
    expect(first.disagree).toBe(true)
    expect(first.cells.map((cell) => showCell(cell))).toEqual([
      'present:40 million dollars',
      'present:[45] million dollars',
      'present:40 million dollars',
      'present:40 million dollars',
    ])
    expect(result.facts.slice(1).some((row) => row.disagree)).toBe(false)
  })

  it('derives each ordered version from the earlier one it shares most with', () => {
    expect(result.root).toBe(0)
    expect(result.lineage.map((entry) => entry.parent)).toEqual([null, 0, 0, 0])
    expect(result.lineage.filter((entry) => entry.parent === null)).toHaveLength(1)
  })

  it('gives a symmetric similarity matrix with 1 on the diagonal', () => {
    const { similarity } = result
    similarity.forEach((row, a) => {
      expect(row[a]).toBe(1)
      row.forEach((value, b) => {
        expect(value).toBe(similarity[b]![a])
        expect(value).toBeGreaterThanOrEqual(0)
        expect(value).toBeLessThanOrEqual(1)
      })
    })
    expect(similarity[0]![2]).toBeGreaterThan(0.5)
  })

  it('keeps a quotation split into two quotations in different paragraphs as one row', () => {
    const apart = ORIGINAL.replace(
      '"We will build the bridge. We will send positive messages to investors," Mayor Jane Holt said at the town hall.',
      '"We will build the bridge," Mayor Jane Holt said at the town hall.\nThe mayor added that the plan was ready. "We will send positive messages to investors," she said.',
    )
    const rows = quoteRows(story([ORIGINAL, apart]))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(
      /^Jane Holt \| quoted:We will build the bridge\. We will send positive messages to investors, \| quoted:We will build the bridge\[, …\] We will send positive messages to investors,$/,
    )
  })

  it('marks a quotation kept without quotation marks as paraphrased', () => {
    const reported = ORIGINAL.replace(
      'Critics were quick to respond. "This bridge is a waste of public money," said councillor Tom Reed.',
      'Critics were quick to respond: councillor Tom Reed said the bridge was a waste of public money.',
    )
    const rows = quoteRows(story([ORIGINAL, reported]))
    expect(rows[1]).toMatch(
      /^Tom Reed \| quoted:This bridge is a waste of public money, \| paraphrased:/,
    )
  })

  it('names the other speaker in a cell where a version re-attributes the quotation', () => {
    const other = ORIGINAL.replace('said councillor Tom Reed', 'said councillor Ann Park')
    const rows = quoteRows(story([ORIGINAL, ORIGINAL, other]))
    expect(rows[1]).toBe(
      'Tom Reed | quoted:This bridge is a waste of public money, | ' +
        'quoted:This bridge is a waste of public money, | ' +
        'quoted:This bridge is a waste of public money, (Ann Park)',
    )
  })

  it('counts as original only what no earlier version has when ordered', () => {
    const ordered = story([ORIGINAL, REWORDED])
    expect(ordered.originality[0]!.share).toBe(1)
    expect(ordered.originality[1]!.share).toBeLessThan(0.2)
    const unordered = story([ORIGINAL, REWORDED], false)
    expect(unordered.originality[0]!.share).toBeLessThan(0.2)
  })

  it('roots an unordered tree at the version closest to all the others', () => {
    const unordered = story([REWORDED, ORIGINAL, SPLIT], false)
    expect(unordered.root).toBe(1)
    expect(unordered.lineage.map((entry) => entry.parent)).toEqual([1, null, 1])
  })
})

describe('compareStory on the seeds', () => {
  const dir = join(import.meta.dirname, '../../../seeds')
  const seeds = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: name, text: readFileSync(join(dir, name), 'utf8') }))
  const result = compareStory(seeds, { ...OPTIONS, inOrder: false })

  it('keeps "positive messages" and "positive signals" on one row, the changed word marked', () => {
    const row = result.quotes.find((quote) =>
      quote.cells.some((cell) => cell.text === 'positive signals'),
    )
    expect(row?.cells.map((cell) => showCell(cell))).toEqual([
      'quoted:positive messages',
      'quoted:positive messages',
      'quoted:positive messages',
      'quoted:positive [signals]',
      'quoted:positive messages',
    ])
  })

  it("does not put Zelensky's one-word “positive” on Trump's “a positive message” row", () => {
    const trump = result.quotes.find((quote) =>
      quote.cells.some((cell) => cell.text === 'a positive message means nothing'),
    )
    expect(trump?.cells.some((cell) => cell.text === 'positive')).toBe(false)
    const zelensky = result.quotes.find((quote) =>
      quote.cells.some((cell) => cell.text === 'positive'),
    )
    expect(zelensky?.speaker).toBe('Volodymyr Zelensky')
  })
})
