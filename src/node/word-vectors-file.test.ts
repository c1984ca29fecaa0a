import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignParagraphs } from '../core/alignment/align-paragraphs'
import { segmentArticle } from '../core/segmentation/segment-article'
import { DEFAULT_COMPARE_OPTIONS } from '../core/types'
import { defaultWordVectorsPath, loadWordVectors } from './word-vectors-file'

/** Encodes vectors in the format scripts/build-word-vectors.mjs documents. */
function encode(table: Record<string, number[]>, dimensions: number): Buffer {
  const words = Object.keys(table)
  const header = Buffer.alloc(16)
  header.write('RLWVEC01', 0, 'ascii')
  header.writeUInt32LE(dimensions, 8)
  header.writeUInt32LE(words.length, 12)
  const scales = new Float32Array(words.length)
  const components = new Int8Array(words.length * dimensions)
  words.forEach((word, row) => {
    const vector = table[word] ?? []
    const peak = Math.max(...vector.map(Math.abs))
    scales[row] = peak / 127
    vector.forEach(
      (value, k) => (components[row * dimensions + k] = Math.round((value / peak) * 127)),
    )
  })
  return Buffer.concat([
    header,
    Buffer.from(scales.buffer),
    Buffer.from(components.buffer),
    Buffer.from(words.map((word) => `${word}\n`).join('')),
  ])
}

async function fixture(name: string, bytes: Buffer | string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rewrite-lens-vectors-'))
  const path = join(dir, name)
  await writeFile(path, bytes)
  return path
}

describe('loadWordVectors', () => {
  it('reads unit vectors and hands out subsets', async () => {
    const path = await fixture('v.bin', encode({ car: [3, 4, 0], boat: [0, 0, -2] }, 3))
    const vectors = await loadWordVectors(path)
    expect(vectors.dimensions).toBe(3)
    expect(vectors.size).toBe(2)
    const car = Array.from(vectors.vectorOf('car') ?? [])
    expect(car[0]).toBeCloseTo(0.6, 2)
    expect(car[1]).toBeCloseTo(0.8, 2)
    expect(vectors.vectorOf('plane')).toBeUndefined()
    const subset = vectors.subset(['boat', 'plane'])
    expect(Object.keys(subset.vectors)).toEqual(['boat'])
    expect(subset.vectors['boat']?.[2]).toBeCloseTo(-1, 2)
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
})
