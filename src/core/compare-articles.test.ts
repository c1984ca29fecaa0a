import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compareArticles } from './compare-articles'
import type { Comparison, TitleChange } from './types'

function read(path: string): { readonly path: string; readonly text: string } {
  return { path, text: readFileSync(path, 'utf8') }
}

const seed = (name: string) => read(`seeds/${name}`)
const SEED_000 = seed('000_cbc1d2b3e80d9033.txt')
const SEED_001 = seed('001_f9530f5110897cd7.txt')
const SEED_003 = seed('003_b01608b6cce9594e.txt')

/** Rows as `op [left]|[right]`. */
function rowsOf(comparison: Comparison): string[] {
  return comparison.rows.map((row) => `${row.op} [${row.left}]|[${row.right}]`)
}

function describeTitle(change: TitleChange): string {
  return `${change.status}${change.headline ? ' H' : ''}: ${change.left?.text ?? '∅'} → ${change.right?.text ?? '∅'}`
}

describe('one alignment for rows and lenses', () => {
  it('pairs a headline that is a heading on one side and a paragraph on the other', () => {
    // A saved web page puts the site's name above the headline, which then reads as body text.
    const page = { path: 'page.txt', text: `CBC News\n${SEED_000.text}` }
    expect(compareArticles(SEED_000, { ...page, text: page.text }).right.paragraphs[1]?.kind).toBe(
      'paragraph',
    )
    const comparison = compareArticles(SEED_000, page)
    expect(rowsOf(comparison).slice(0, 2)).toEqual(['added []|[0]', 'equal [0]|[1]'])
    expect(comparison.stats.wordsRemoved).toBe(0)
    expect(comparison.stats.wordsAdded).toBe(2)
    expect(
      comparison.titles.filter((title) => title.status === 'changed').map(describeTitle),
    ).toEqual([])
  })

  it('reports a title change only between headings that share a row', () => {
    const comparison = compareArticles(SEED_001, SEED_003)
    const rowOfLeft = new Map(
      comparison.rows.flatMap((row, index) => row.left.map((p) => [p, index])),
    )
    const rowOfRight = new Map(
      comparison.rows.flatMap((row, index) => row.right.map((p) => [p, index])),
    )
    const paired = comparison.titles.filter((title) => title.left && title.right)
    for (const title of paired) {
      expect(rowOfLeft.get(title.left!.paragraph), describeTitle(title)).toBe(
        rowOfRight.get(title.right!.paragraph),
      )
    }
    expect(comparison.titles.map(describeTitle)).not.toContain(
      'changed: Fighting continues amid ceasefire talks → Who is Leading the Moscow Talks?',
    )
  })

  it('gives two unrelated articles no changed or moved rows', () => {
    for (const other of [
      'e2e/fixtures/harbour-reopens.txt',
      'e2e/fixtures/council-library-hours.md',
    ]) {
      const comparison = compareArticles(SEED_000, read(other))
      expect(
        comparison.rows.filter((row) => row.op !== 'added' && row.op !== 'removed').map(String),
        other,
      ).toEqual([])
      expect(comparison.links, other).toEqual([])
    }
  })

  it('shows boilerplate as its own rows and counts it nowhere', () => {
    const left = { path: 'a', text: 'Talks begin in Moscow today.\n0 Comments\nPhoto: Reuters' }
    const right = { path: 'b', text: 'Talks begin in Moscow today.\nShare on Facebook' }
    const comparison = compareArticles(left, right)
    const boilerplate = comparison.rows.filter((row) => row.boilerplate)
    expect(boilerplate.map((row) => `${row.op} [${row.left}]|[${row.right}]`).sort()).toEqual([
      'added []|[1]',
      'removed [1]|[]',
      'removed [2]|[]',
    ])
    expect(comparison.stats.wordsAdded).toBe(0)
    expect(comparison.stats.wordsRemoved).toBe(0)
    expect(comparison.stats.paragraphs).toMatchObject({ equal: 1, added: 0, removed: 0 })
  })
})
