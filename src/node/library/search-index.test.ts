import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { searchableText, searchWordsOf } from './article-query'
import { bodyHashOf } from './article-bodies'
import {
  PAIR_CHUNK,
  PairList,
  SearchIndex,
  encodeSearchIndex,
  encodeVocabulary,
  writeSearchIndex,
} from './search-index'

const noPause = async (): Promise<void> => undefined
// A pause that lets the event loop run, counting how often it was asked for.
function countingPause(): { readonly pause: () => Promise<void>; readonly count: () => number } {
  let pauses = 0
  return {
    pause: async () => {
      pauses += 1
      await new Promise((resolve) => setImmediate(resolve))
    },
    count: () => pauses,
  }
}

// The index file in one piece, from the layout SearchIndex documents: what the sliced encoder
// must give byte for byte. Texts are numbered in order; words in order of first use in `order`
// (the texts of the previous index, for a rebuild), then in the texts.
function encodeInOnePiece(
  texts: ReadonlyArray<readonly [string, string]>,
  order: ReadonlyArray<readonly [string, string]> = [],
): Buffer {
  const postings = new Map<string, number[]>()
  for (const [, words] of order) for (const word of words.split(' ')) postings.set(word, [])
  texts.forEach(([, words], document) => {
    for (const word of words.split(' ')) {
      if (word === '') continue
      const list = postings.get(word) ?? []
      if (list.at(-1) !== document) list.push(document)
      postings.set(word, list)
    }
  })
  for (const [word, documents] of postings) if (documents.length === 0) postings.delete(word)
  const encoded: number[] = []
  const offsets = Buffer.alloc((postings.size + 1) * 4)
  let word = 0
  for (const documents of postings.values()) {
    offsets.writeUInt32LE(encoded.length, word * 4)
    let previous = -1
    for (const document of documents) {
      let delta = document - previous
      previous = document
      while (delta >= 0x80) {
        encoded.push((delta & 0x7f) | 0x80)
        delta = Math.floor(delta / 0x80)
      }
      encoded.push(delta)
    }
    word += 1
  }
  offsets.writeUInt32LE(encoded.length, postings.size * 4)
  const vocabulary = Buffer.from([...postings.keys()].join('\n'), 'utf8')
  const header = Buffer.alloc(24)
  ;[0x49534c52, 1, texts.length, postings.size, vocabulary.byteLength, encoded.length].forEach(
    (value, at) => header.writeUInt32LE(value, at * 4),
  )
  const hashes = Buffer.from(texts.map(([hash]) => hash).join(''), 'latin1')
  return Buffer.concat([header, hashes, vocabulary, offsets, Buffer.from(encoded)])
}
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

  it('encodes in slices the bytes a one-piece encoding gives, past one array of pairs and one group of words', async () => {
    // 600 texts of 40 words: 24,000 (word, text) pairs, more than one array holds; 3,000 words
    // of their own (accented, some) and 10 shared ones, more than one group of the vocabulary.
    const texts = Array.from({ length: 600 }, (_, n) => {
      const own = Array.from({ length: 5 }, (_, k) => `mot${n * 5 + k}${k === 0 ? 'é' : ''}`)
      const shared = Array.from({ length: 35 }, (_, k) => `common${(n + k) % 40}`)
      return [bodyHashOf(`text ${n}`), [...own, ...shared].join(' ')] as const
    })
    const pairs = texts.reduce((sum, [, words]) => sum + words.split(' ').length, 0)
    expect(pairs).toBeGreaterThan(PAIR_CHUNK)
    const { pause, count } = countingPause()
    const bytes = await encodeSearchIndex(null, texts, new Set(texts.map(([hash]) => hash)), pause)
    expect(bytes?.equals(encodeInOnePiece(texts))).toBe(true)
    expect(count()).toBeGreaterThan(texts.length)
    // Rebuilt from that index, dropping every other text: its words keep the previous order.
    const index = (await SearchIndex.fromBytes(bytes!, noPause))!
    const kept = texts.filter((_, n) => n % 2 === 1)
    const rebuilt = await encodeSearchIndex(index, [], new Set(kept.map(([hash]) => hash)), pause)
    expect(rebuilt?.equals(encodeInOnePiece(kept, texts))).toBe(true)
  })

  it('keeps pairs in arrays of fixed size, read back in the order pushed', () => {
    const pairs = new PairList()
    const total = PAIR_CHUNK * 2 + 5
    for (let at = 0; at < total; at += 1) pairs.push(at % 977, at)
    expect(pairs.length).toBe(total)
    expect(pairs.chunks).toBe(3)
    const words: number[] = []
    const documents: number[] = []
    for (let chunk = 0; chunk < pairs.chunks; chunk += 1) {
      words.push(...pairs.chunk(chunk).words)
      documents.push(...pairs.chunk(chunk).documents)
    }
    expect(documents).toEqual(Array.from({ length: total }, (_, at) => at))
    expect(words).toEqual(Array.from({ length: total }, (_, at) => at % 977))
  })

  it('encodes the vocabulary in groups into the bytes of one join', async () => {
    for (const count of [0, 1, 2047, 2048, 2049, 5000]) {
      const words = Array.from({ length: count }, (_, n) => (n % 3 === 0 ? `zürich${n}` : `w${n}`))
      const expected = Buffer.from(words.join('\n'), 'utf8')
      expect((await encodeVocabulary(words, noPause)).equals(expected), String(count)).toBe(true)
    }
  })

  it('stops a rebuild when asked (the library is closing)', async () => {
    const keep = new Set(TEXTS.map(bodyHashOf))
    expect(await encodeSearchIndex(null, entries(TEXTS), keep, noPause, () => true)).toBeNull()
  })
})
