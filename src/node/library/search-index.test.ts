import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { searchableText, searchWordsOf } from './article-query'
import { bodyHashOf } from './article-bodies'
import { SearchIndex, encodeSearchIndex, writeSearchIndex } from './search-index'

const noPause = async (): Promise<void> => undefined
const TEXTS = [
  'The ferry sailed at dawn from Kerch.',
  'Café owners in Zürich said “it’s over” — the strike ended.',
  'Rubio: the ball is in their court, 30-day ceasefire.',
  'ΣΟΦΙΑ and İstanbul and naïve cooperation.',
  'Nothing in common here, only ferries.',
  '',
]
const entries = (texts: ReadonlyArray<string>): Array<readonly [string, string]> =>
  texts.map((text) => [bodyHashOf(text), searchWordsOf(text)] as const)

// What the search finds without an index: every term inside the text's folded words.
function bruteForce(texts: ReadonlyArray<string>, term: string): string[] {
  return texts.filter((text) => searchWordsOf(text).includes(term)).map(bodyHashOf)
}
async function found(index: SearchIndex, term: string): Promise<string[]> {
  const hits = await index.documentsWith(term, noPause)
  return index.hashes.filter((_, document) => hits[document] === 1)
}

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rewrite-lens-search-index-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('the search index', () => {
  it('finds a term in exactly the texts whose folded words contain it, as a scan of each text would', async () => {
    const keep = new Set(TEXTS.map(bodyHashOf))
    const bytes = await encodeSearchIndex(null, entries(TEXTS), keep, noPause)
    const path = join(folder, 'search-index.bin')
    await writeSearchIndex(path, bytes!)
    const index = (await SearchIndex.read(path, noPause))!
    expect(index.size).toBe(TEXTS.length)
    const terms = ['ferr', 'e', 'cafe', "it's", '"it\'s', 'zurich', '30-day', 'σοφια', 'istanbul']
    for (const search of [...terms, 'naive', 'cooperation', 'court,', 'x', 'nowhere', 'dawn']) {
      const term = searchableText(search)
      expect(await found(index, term), term).toEqual(bruteForce(TEXTS, term))
    }
  })

  it('rebuilds from the previous index, dropping texts no longer kept and adding new ones', async () => {
    const first = TEXTS.slice(0, 3)
    const all = new Set(TEXTS.map(bodyHashOf))
    const previous = (await SearchIndex.fromBytes(
      (await encodeSearchIndex(null, entries(first), all, noPause))!,
      noPause,
    ))!
    const keep = new Set([bodyHashOf(TEXTS[1]!), bodyHashOf(TEXTS[4]!)])
    const rebuilt = (await SearchIndex.fromBytes(
      (await encodeSearchIndex(previous, entries(TEXTS.slice(3)), keep, noPause))!,
      noPause,
    ))!
    expect([...rebuilt.hashes].sort()).toEqual([...keep].sort())
    expect(await found(rebuilt, 'ferr')).toEqual([bodyHashOf(TEXTS[4]!)])
    expect(await found(rebuilt, 'cafe')).toEqual([bodyHashOf(TEXTS[1]!)])
    expect(await found(rebuilt, 'kerch')).toEqual([])
  })

  it('numbers texts past the one-byte varint range correctly', async () => {
    const texts = Array.from({ length: 300 }, (_, n) => `text ${n} ${n % 150 === 7 ? 'rare' : ''}`)
    const keep = new Set(texts.map(bodyHashOf))
    const index = (await SearchIndex.fromBytes(
      (await encodeSearchIndex(null, entries(texts), keep, noPause))!,
      noPause,
    ))!
    expect(await found(index, 'rare')).toEqual(bruteForce(texts, 'rare'))
    expect(await found(index, '29')).toEqual(bruteForce(texts, '29'))
  })

  it('reads a missing, cut or foreign file as no index (it is rebuilt)', async () => {
    const keep = new Set(TEXTS.map(bodyHashOf))
    const bytes = (await encodeSearchIndex(null, entries(TEXTS), keep, noPause))!
    const path = join(folder, 'search-index.bin')
    expect(await SearchIndex.read(path, noPause)).toBeNull()
    await writeFile(path, bytes.subarray(0, bytes.byteLength - 3))
    expect(await SearchIndex.read(path, noPause)).toBeNull()
    await writeFile(path, 'not an index at all, just some text')
    expect(await SearchIndex.read(path, noPause)).toBeNull()
  })

  it('stops a rebuild when asked (the library is closing)', async () => {
    const keep = new Set(TEXTS.map(bodyHashOf))
    expect(await encodeSearchIndex(null, entries(TEXTS), keep, noPause, () => true)).toBeNull()
  })
})
