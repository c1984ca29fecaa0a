import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareStory } from './compare-story'
import { deriveVersions, sentencesOf } from './derive-versions'
import type { DerivedVersion } from './derive-versions'

const SEEDS = join(import.meta.dirname, '../../../seeds')
const SENTENCES = sentencesOf(
  readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(SEEDS, name), 'utf8')),
)
const OPTIONS = { ignoreCase: false, ignorePunctuation: false, ignoreTypography: true }

function recover(versions: ReadonlyArray<DerivedVersion>, inOrder: boolean) {
  return compareStory(
    versions.map((version, index) => ({ path: `v${index}.txt`, text: version.text })),
    { ...OPTIONS, inOrder },
  )
}

const edge = (a: number, b: number): string => (a < b ? `${a}-${b}` : `${b}-${a}`)

describe('lineage on derived versions', () => {
  // Five stories of eight versions each, about 300 words: the truth is known by construction.
  const stories = [1, 2, 3, 4, 5].map((seed) =>
    deriveVersions({ versions: 8, sentences: SENTENCES, words: 300, seed }),
  )

  it('recovers the parents when the versions are given oldest first', () => {
    let right = 0
    let total = 0
    for (const versions of stories) {
      const story = recover(versions, true)
      story.lineage.forEach((entry, index) => {
        if (index === 0) return
        total += 1
        if (entry.parent === versions[index]!.parent) right += 1
      })
    }
    console.log(`ordered lineage: ${right}/${total} parents recovered`)
    expect(right / total).toBeGreaterThanOrEqual(0.9)
  })

  it('recovers the tree edges when the order is unknown', () => {
    let right = 0
    let total = 0
    for (const versions of stories) {
      const truth = new Set(
        versions.flatMap((version, index) =>
          version.parent === null ? [] : [edge(version.parent, index)],
        ),
      )
      const story = recover(versions, false)
      expect(story.lineage.filter((entry) => entry.parent === null)).toHaveLength(1)
      for (const entry of story.lineage) {
        if (entry.parent === null) continue
        total += 1
        if (truth.has(edge(entry.parent, entry.article))) right += 1
      }
    }
    console.log(`unordered lineage: ${right}/${total} tree edges recovered`)
    expect(right / total).toBeGreaterThanOrEqual(0.85)
  })

  it('still recovers most of the lineage when each version changes only a sentence and a word', () => {
    let right = 0
    let total = 0
    for (const seed of [11, 12, 13]) {
      const versions = deriveVersions({
        versions: 8,
        sentences: SENTENCES,
        words: 300,
        seed,
        edits: { drop: 1, add: 1, swap: 1 },
      })
      recover(versions, true).lineage.forEach((entry, index) => {
        if (index === 0) return
        total += 1
        if (entry.parent === versions[index]!.parent) right += 1
      })
    }
    console.log(`ordered lineage, light edits: ${right}/${total} parents recovered`)
    expect(right / total).toBeGreaterThanOrEqual(0.75)
  })

  it('quotes distinctive phrases shared with the parent as evidence', () => {
    const versions = stories[0]!
    const story = recover(versions, true)
    const child = story.lineage.find((entry) => entry.parent !== null && entry.evidence.length > 0)
    expect(child).toBeDefined()
    const parentText = versions[child!.parent!]!.text
    for (const phrase of child!.evidence) {
      expect(parentText).toContain(phrase)
      const others = versions.filter(
        (_v, index) => index !== child!.parent && index !== child!.article,
      )
      expect(others.some((version) => version.text.includes(phrase))).toBe(false)
    }
  })
})
