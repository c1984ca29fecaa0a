import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  alignParagraphs,
  compareArticles,
  DEFAULT_COMPARE_OPTIONS,
  readWordVectorBytes,
  segmentArticle,
} from '../core'
import { defaultWordVectorsPath, loadWordVectors } from './word-vectors-file'

/**
 * Encodes vectors in the format scripts/build-word-vectors.mjs documents, each word ranked by its
 * place in `table` (1: first).
 */
function encode(table: Record<string, number[]>, dimensions: number): Buffer {
  const ranked = Object.keys(table)
  const words = [...ranked].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  const ranks = Uint32Array.from(words, (word) => ranked.indexOf(word) + 1)
  const vocabulary = words.map((word) => Buffer.from(word))
  const header = Buffer.alloc(20)
  header.write('RLWVEC03', 0, 'ascii')
  header.writeUInt32LE(dimensions, 8)
  header.writeUInt32LE(words.length, 12)
  header.writeUInt32LE(Buffer.concat(vocabulary).length, 16)
  const scales = new Float32Array(words.length)
  const offsets = new Uint32Array(words.length + 1)
  const components = new Int8Array(words.length * dimensions)
  words.forEach((word, row) => {
    const vector = table[word] ?? []
    const peak = Math.max(...vector.map(Math.abs))
    const quantised = vector.map((value) => Math.round((value / peak) * 127))
    quantised.forEach((value, k) => (components[row * dimensions + k] = value))
    scales[row] = 1 / Math.hypot(...quantised)
    offsets[row + 1] = (offsets[row] ?? 0) + (vocabulary[row]?.length ?? 0)
  })
  return Buffer.concat([
    header,
    Buffer.from(scales.buffer),
    Buffer.from(ranks.buffer),
    Buffer.from(offsets.buffer),
    Buffer.from(components.buffer),
    ...vocabulary,
  ])
}

async function fixture(name: string, bytes: Buffer | string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rewrite-lens-vectors-'))
  const path = join(dir, name)
  await writeFile(path, bytes)
  return path
}

describe('loadWordVectors', () => {
  it('reads unit vectors and keeps the file bytes for the app to hand its workers', async () => {
    const bytes = encode({ car: [3, 4, 0], boat: [0, 0, -2] }, 3)
    const path = await fixture('v.bin', bytes)
    const vectors = await loadWordVectors(path)
    expect(vectors.dimensions).toBe(3)
    expect(vectors.size).toBe(2)
    const car = Array.from(vectors.vectorOf('car') ?? [])
    expect(car[0]).toBeCloseTo(0.6, 2)
    expect(car[1]).toBeCloseTo(0.8, 2)
    expect(vectors.vectorOf('plane')).toBeUndefined()
    expect(vectors.vectorOf('boat')?.[2]).toBeCloseTo(-1, 2)
    expect(Buffer.compare(Buffer.from(vectors.bytes), bytes)).toBe(0)
  })

  it('finds every word of a sorted vocabulary, including non-ASCII ones, and no others', async () => {
    const table: Record<string, number[]> = {}
    const words = ['zebra', 'a', 'éclair', 'ab', "don't", 'u.s.', 'über', 'b', 'aa', 'naïve']
    words.forEach((word, row) => (table[word] = [row + 1, 1, -row]))
    const vectors = await loadWordVectors(await fixture('many.bin', encode(table, 3)))
    for (const [row, word] of words.entries()) {
      const vector = Array.from(vectors.vectorOf(word) ?? [])
      const norm = Math.hypot(row + 1, 1, row)
      expect(vector[0], word).toBeCloseTo((row + 1) / norm, 2)
      expect(Math.hypot(...vector), word).toBeCloseTo(1, 5)
    }
    for (const absent of ['', 'zz', 'abc', 'eclair', 'A', 'Zebra', 'über ']) {
      expect(vectors.vectorOf(absent), absent).toBeUndefined()
    }
  })

  it('ranks words by the file’s frequency order, and words it lacks after all of them', async () => {
    const vectors = await loadWordVectors(
      await fixture('ranked.bin', encode({ the: [1, 0], said: [0, 1], glacier: [1, 1] }, 2)),
    )
    expect(['the', 'said', 'glacier', 'moraine'].map((word) => vectors.rankOf?.(word))).toEqual([
      1, 2, 3, 4,
    ])
  })

  it('reads the same vectors from a plain copy of the bytes, as the app’s workers get them', async () => {
    const table = { car: [3, 4, 0], über: [0, 1, 1], boat: [0, 0, -2] }
    const bytes = encode(table, 3)
    const fromFile = await loadWordVectors(await fixture('copy.bin', bytes))
    const fromCopy = readWordVectorBytes(new Uint8Array(bytes))
    expect(fromCopy?.size).toBe(3)
    for (const word of [...Object.keys(table), 'plane'])
      expect(fromCopy?.vectorOf(word), word).toEqual(fromFile.vectorOf(word))
    expect(readWordVectorBytes(new Uint8Array(bytes.subarray(0, 30)))).toBeNull()
  })

  it('refuses the older format and a truncated file instead of reading garbage', async () => {
    const old = encode({ car: [3, 4, 0] }, 3)
    old.write('RLWVEC02', 0, 'ascii')
    await expect(loadWordVectors(await fixture('old.bin', old))).rejects.toThrow(
      /is not a word-vector file; rebuild it with npm run build:vectors/,
    )
    const whole = encode({ car: [3, 4, 0], boat: [0, 0, -2] }, 3)
    const truncated = whole.subarray(0, whole.length - 2)
    await expect(loadWordVectors(await fixture('cut.bin', truncated))).rejects.toThrow(
      /is not a word-vector file/,
    )
  })

  it('says what to do when the file is missing or not a vector file', async () => {
    await expect(loadWordVectors('/nonexistent/word-vectors.bin')).rejects.toThrow(
      'rewrite-lens: cannot read the word vectors at /nonexistent/word-vectors.bin; run npm run build:vectors.',
    )
    const path = await fixture('bad.bin', 'not vectors at all')
    await expect(loadWordVectors(path)).rejects.toThrow(/is not a word-vector file; rebuild it/)
  })

  it('finds the built file next to the app folders', () => {
    expect(defaultWordVectorsPath('/app/out/main')).toBe(
      resolve('/app/out/word-vectors/word-vectors.bin'),
    )
  })
})

// The seeds checked by eye, with the vectors `npm run build:vectors` ships.
const shippedVectors = defaultWordVectorsPath(resolve('out', 'cli'))

if (!existsSync(shippedVectors))
  console.info(
    `skipped "seed alignment with the shipped vectors": ${shippedVectors} is missing; run \`npm run build:vectors\``,
  )

describe.skipIf(!existsSync(shippedVectors))('seed alignment with the shipped vectors', () => {
  const seed = (number: number) => {
    const name = readdirSync('seeds').find((file) => file.startsWith(`00${number}_`)) ?? ''
    return segmentArticle(readFileSync(join('seeds', name), 'utf8'))
  }
  const alignSeeds = async (left: number, right: number) =>
    alignParagraphs(seed(left), seed(right), await loadWordVectors(shippedVectors), {
      ...DEFAULT_COMPARE_OPTIONS,
    })

  it('links 004 ¶12 to the three statements of 000 it merges', async () => {
    const { links } = await alignSeeds(0, 4)
    const into12 = links.filter((link) => link.right === 12).map((link) => link.left)
    expect(into12).toEqual([2, 5, 6])
  })

  it('splits 001 ¶14 into 003 ¶15 and ¶16', async () => {
    const { rows } = await alignSeeds(1, 3)
    expect(rows).toContainEqual(
      expect.objectContaining({ op: 'split', left: [14], right: [15, 16] }),
    )
  })

  it('shows 002 reordering 000', async () => {
    const { rows } = await alignSeeds(0, 2)
    expect(rows.filter((row) => row.op === 'moved').length).toBeGreaterThan(0)
    expect(rows.find((row) => row.right.includes(1))?.left).toEqual([4])
  })

  it('never links the boilerplate line "0 Comments"', async () => {
    const { links } = await alignSeeds(0, 4)
    expect(links.some((link) => link.right === 17)).toBe(false)
  })

  it('does not show 001’s fighting subheading changed into 004’s over the ceasefire talks', async () => {
    const text = (number: number) => {
      const name = readdirSync('seeds').find((file) => file.startsWith(`00${number}_`)) ?? ''
      return { path: name, text: readFileSync(join('seeds', name), 'utf8') }
    }
    const vectors = await loadWordVectors(shippedVectors)
    const { titles } = compareArticles(text(1), text(4), undefined, vectors)
    const shown = titles.map(
      (title) => `${title.status}: ${title.left?.text ?? '∅'} → ${title.right?.text ?? '∅'}`,
    )
    // 001's section under it (fighting, Kursk) is under "Tensions Persist on the Ground" in 004.
    expect(shown).toContain(
      'changed: Fighting continues amid ceasefire talks → Tensions Persist on the Ground',
    )
    expect(shown).toContain('added: ∅ → Progress on Ceasefire Negotiations')
  })
})
