import { open } from 'node:fs/promises'
import { writeFileAtomic } from './atomic-write'
import { rangeInSlices } from './time-slice'

/** The search index's name inside the data folder: which texts hold which folded words. */
export const SEARCH_INDEX_FILE_NAME = 'search-index.bin'

const MAGIC = 0x49534c52 // 'RLSI' read as a little-endian u32
const VERSION = 1
const HASH_LENGTH = 64
// magic, version, documents, words, vocabulary bytes, postings bytes.
const HEADER_BYTES = 6 * 4

/** Yields to the event loop when the current slice is used up (see `timeSlicer`). */
export type Slice = () => Promise<void>

/**
 * An inverted index of the folded words of article texts (`searchWordsOf`), read from one file:
 * the texts' hashes, the vocabulary (words joined by newlines) and, per word, the numbers of the
 * texts holding it (delta-coded varints). Opening it decodes only the hashes and the vocabulary, so
 * a first search at 10,000 texts reads a few megabytes instead of 40 MB of texts. A term is found
 * in a text exactly when it is part of one of the text's words, as a substring search of the text's
 * words would find it.
 *
 * File layout (little-endian u32s): magic 'RLSI', version, document count D, word count W,
 * vocabulary bytes, postings bytes; D hashes of 64 hex characters; the vocabulary in UTF-8; W + 1
 * offsets into the postings; the postings.
 */
export class SearchIndex {
  readonly #bytes: Buffer
  readonly #documents: ReadonlyMap<string, number>
  readonly #hashes: ReadonlyArray<string>
  readonly #vocabulary: string
  readonly #wordStarts: Int32Array
  readonly #offsets: Uint32Array
  readonly #postingsAt: number

  private constructor(bytes: Buffer, parts: IndexParts) {
    this.#bytes = bytes
    this.#documents = parts.documents
    this.#hashes = parts.hashes
    this.#vocabulary = parts.vocabulary
    this.#wordStarts = parts.wordStarts
    this.#offsets = parts.offsets
    this.#postingsAt = parts.postingsAt
  }

  /** Reads the index; null when it is missing or not one this version wrote (rebuilt then). */
  static async read(path: string, slice: Slice): Promise<SearchIndex | null> {
    const bytes = await readWhole(path).catch(() => null)
    return bytes ? SearchIndex.fromBytes(bytes, slice) : null
  }

  /** The index in encoded bytes (what `encodeSearchIndex` gives); null if they are bad. */
  static async fromBytes(bytes: Buffer, slice: Slice): Promise<SearchIndex | null> {
    const parts = await parseIndex(bytes, slice)
    return parts ? new SearchIndex(bytes, parts) : null
  }

  /** How many texts it holds. */
  get size(): number {
    return this.#hashes.length
  }

  /** The hashes of the texts it holds, in their numbering. */
  get hashes(): ReadonlyArray<string> {
    return this.#hashes
  }

  /** The number of the text with this hash, or undefined when the index does not hold it. */
  documentOf(hash: string): number | undefined {
    return this.#documents.get(hash)
  }

  /**
   * Which texts hold `term` inside one of their words: one byte per text number, 1 when found.
   * Every word containing the term is found by scanning the vocabulary once; their postings are
   * merged in time slices.
   */
  async documentsWith(term: string, slice: Slice): Promise<Uint8Array> {
    const found = new Uint8Array(this.size)
    const vocabulary = this.#vocabulary
    const starts = this.#wordStarts
    for (let at = vocabulary.indexOf(term); at >= 0;) {
      const word = wordAt(starts, at)
      this.#markPostings(word, found)
      const next = starts[word + 1] ?? vocabulary.length
      at = vocabulary.indexOf(term, next)
      await slice()
    }
    return found
  }

  /**
   * Every word with the numbers of the texts holding it, for rebuilding: `each` gets the word and
   * its postings (ascending text numbers) in an array reused for the next word: an array per word
   * was tens of megabytes of garbage per rebuild at 10,000 texts, each megabyte a scavenge's work.
   */
  async forEachWord(
    each: (word: string, documents: Int32Array) => void,
    slice: Slice,
  ): Promise<void> {
    const starts = this.#wordStarts
    const documents = new Int32Array(this.size)
    for (let word = 0; word + 1 < starts.length; word += 1) {
      const text = this.#vocabulary.slice(starts[word], (starts[word + 1] ?? 0) - 1)
      let count = 0
      this.#decode(word, (document) => {
        documents[count++] = document
      })
      each(text, documents.subarray(0, count))
      await slice()
    }
  }

  #markPostings(word: number, found: Uint8Array): void {
    this.#decode(word, (document) => {
      found[document] = 1
    })
  }

  #decode(word: number, each: (document: number) => void): void {
    const bytes = this.#bytes
    const start = this.#postingsAt + (this.#offsets[word] ?? 0)
    const end = this.#postingsAt + (this.#offsets[word + 1] ?? 0)
    const size = this.size
    let document = -1
    for (let at = start; at < end;) {
      let delta = 0
      for (let shift = 0; ; shift += 7) {
        const byte = bytes[at] ?? 0
        at += 1
        delta += (byte & 0x7f) * 2 ** shift
        if (!(byte & 0x80) || at >= end) break
      }
      document += delta
      if (document < size) each(document)
    }
  }
}

interface IndexParts {
  readonly documents: ReadonlyMap<string, number>
  readonly hashes: ReadonlyArray<string>
  readonly vocabulary: string
  readonly wordStarts: Int32Array
  readonly offsets: Uint32Array
  readonly postingsAt: number
}

// The word whose characters include position `at` of the vocabulary (starts ascend).
function wordAt(starts: Int32Array, at: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((starts[middle] ?? 0) <= at) low = middle
    else high = middle - 1
  }
  return low
}

// A file in one buffer, read through a handle: `readFile` refuses files over 2 GiB (the index of
// about 6 million texts), a buffer holds up to 4 GiB.
async function readWhole(path: string): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    const bytes = Buffer.allocUnsafe(size)
    for (let at = 0; at < size;) {
      const { bytesRead } = await handle.read(bytes, at, size - at, at)
      if (bytesRead === 0) return bytes.subarray(0, at)
      at += bytesRead
    }
    return bytes
  } finally {
    await handle.close()
  }
}

function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
}

// The parts of an index file, or null when its sizes do not add up (cut short, or not ours). The
// file is written atomically, so a bad one is a damaged disk or another program's: it is rebuilt.
async function parseIndex(bytes: Buffer, slice: Slice): Promise<IndexParts | null> {
  if (bytes.byteLength < HEADER_BYTES) return null
  const u32 = (at: number): number => bytes.readUInt32LE(at)
  if (u32(0) !== MAGIC || u32(4) !== VERSION) return null
  const documentCount = u32(8)
  const wordCount = u32(12)
  const vocabularyBytes = u32(16)
  const postingsBytes = u32(20)
  const hashesAt = HEADER_BYTES
  const vocabularyAt = hashesAt + documentCount * HASH_LENGTH
  const offsetsAt = vocabularyAt + vocabularyBytes
  const postingsAt = offsetsAt + (wordCount + 1) * 4
  if (postingsAt + postingsBytes !== bytes.byteLength) return null
  const hashes: string[] = new Array<string>(documentCount)
  const documents = new Map<string, number>()
  await rangeInSlices(
    documentCount,
    64,
    (from, to) => {
      // Decoded a group at a time and cut: a decode per hash costs ten times more, and all of
      // them in one string would pass V8's longest string at 8 million texts.
      const group = bytes.toString(
        'latin1',
        hashesAt + from * HASH_LENGTH,
        hashesAt + to * HASH_LENGTH,
      )
      for (let document = from; document < to; document += 1) {
        const hash = group.slice(
          (document - from) * HASH_LENGTH,
          (document - from + 1) * HASH_LENGTH,
        )
        hashes[document] = hash
        documents.set(hash, document)
      }
      return true
    },
    slice,
  )
  // Copied into an aligned array (the file's offsets need not be), then checked in order.
  const offsets = new Uint32Array(
    bytes.buffer.slice(bytes.byteOffset + offsetsAt, bytes.byteOffset + postingsAt),
  )
  if (!isLittleEndian())
    for (let word = 0; word <= wordCount; word += 1) offsets[word] = u32(offsetsAt + word * 4)
  const ordered = await rangeInSlices(
    wordCount + 1,
    4096,
    (from, to) => {
      for (let word = from; word < to; word += 1) {
        const offset = offsets[word] ?? 0
        if (offset > postingsBytes || (word > 0 && offset < (offsets[word - 1] ?? 0))) return false
      }
      return true
    },
    slice,
  )
  if (!ordered) return null
  const vocabulary = bytes.toString('utf8', vocabularyAt, offsetsAt)
  const wordStarts = new Int32Array(wordCount + 1)
  let at = 0
  const split = await rangeInSlices(
    wordCount,
    1024,
    (from, to) => {
      for (let word = from; word < to; word += 1) {
        wordStarts[word] = at
        const end = vocabulary.indexOf('\n', at)
        at = end < 0 ? vocabulary.length + 1 : end + 1
        if (end < 0 && word + 1 < wordCount) return false
      }
      return true
    },
    slice,
  )
  if (!split) return null
  wordStarts[wordCount] = vocabulary.length + 1
  return { documents, hashes, vocabulary, wordStarts, offsets, postingsAt }
}

/**
 * Encodes an index of `texts` (hash → its folded words joined by spaces, as `searchWordsOf` gives
 * them), keeping from `previous` the texts in `keep`: a rebuild after texts were added or deleted.
 * Runs in time slices; `stopped` ends it early (null) when the library closes.
 */
export async function encodeSearchIndex(
  previous: SearchIndex | null,
  texts: Iterable<readonly [string, string]>,
  keep: ReadonlySet<string>,
  slice: Slice,
  stopped: () => boolean = () => false,
): Promise<Buffer | null> {
  const hashes: string[] = []
  const numbers = new Map<string, number>()
  // (word, text) pairs in typed arrays, sorted by word at the end: millions of them stay out of
  // the garbage collector's way, unlike an array of text numbers per word.
  const words = new Map<string, number>()
  const pairs = new PairList()
  const wordId = (word: string): number => {
    let id = words.get(word)
    if (id === undefined) {
      id = words.size
      words.set(word, id)
    }
    return id
  }
  if (previous) {
    const renumbered = new Int32Array(previous.size).fill(-1)
    for (const [document, hash] of previous.hashes.entries()) {
      if (document % 1024 === 1023) await slice()
      if (!keep.has(hash) || numbers.has(hash) || hash.length !== HASH_LENGTH) continue
      renumbered[document] = hashes.length
      numbers.set(hash, hashes.length)
      hashes.push(hash)
    }
    let stop = false
    await previous.forEachWord(
      (word, documents) => {
        if (stop || word === '') return
        let id = -1
        for (const document of documents) {
          const number = renumbered[document] ?? -1
          if (number < 0) continue
          if (id < 0) id = wordId(word)
          pairs.push(id, number)
        }
      },
      async () => {
        stop = stopped()
        if (!stop) await slice()
      },
    )
    if (stop) return null
  }
  for (const [hash, text] of texts) {
    if (!keep.has(hash) || numbers.has(hash) || hash.length !== HASH_LENGTH) continue
    const number = hashes.length
    numbers.set(hash, number)
    hashes.push(hash)
    // A text's words are distinct (`searchWordsOf`); a repeat would only repeat a posting.
    for (const word of text.split(' ')) if (word !== '') pairs.push(wordId(word), number)
    if (stopped()) return null
    await slice()
  }
  return encode(hashes, words, pairs, slice)
}

/** How many pairs each of `PairList`'s arrays holds. */
export const PAIR_CHUNK = 1 << 14

/**
 * A growing list of (word id, text number) pairs in typed arrays of `PAIR_CHUNK` pairs each. Grown
 * by doubling one array, each growth allocated and copied tens of megabytes in one piece (at 10,000
 * texts, about 3 million pairs) and left the old arrays to the garbage collector.
 */
export class PairList {
  readonly #words: Int32Array[] = []
  readonly #documents: Int32Array[] = []
  #length = 0

  /** How many pairs were pushed. */
  get length(): number {
    return this.#length
  }

  /** How many arrays hold the pairs (the last one partly filled). */
  get chunks(): number {
    return this.#words.length
  }

  /** Appends a pair. */
  push(word: number, document: number): void {
    const at = this.#length % PAIR_CHUNK
    if (at === 0) {
      this.#words.push(new Int32Array(PAIR_CHUNK))
      this.#documents.push(new Int32Array(PAIR_CHUNK))
    }
    const chunk = this.#words.length - 1
    this.#words[chunk]![at] = word
    this.#documents[chunk]![at] = document
    this.#length += 1
  }

  /** The word ids and text numbers of chunk `chunk`, as long as the pairs it holds. */
  chunk(chunk: number): { readonly words: Int32Array; readonly documents: Int32Array } {
    const used = Math.min(PAIR_CHUNK, this.#length - chunk * PAIR_CHUNK)
    return {
      words: this.#words[chunk]!.subarray(0, used),
      documents: this.#documents[chunk]!.subarray(0, used),
    }
  }
}

async function encode(
  hashes: ReadonlyArray<string>,
  words: ReadonlyMap<string, number>,
  pairs: PairList,
  slice: Slice,
): Promise<Buffer> {
  const wordCount = words.size
  // Counting sort by word; pairs were added in ascending text order, which the sort keeps.
  const starts = new Int32Array(wordCount + 1)
  for (let chunk = 0; chunk < pairs.chunks; chunk += 1) {
    for (const word of pairs.chunk(chunk).words) starts[word + 1] = (starts[word + 1] ?? 0) + 1
    await slice()
  }
  for (let word = 0; word < wordCount; word += 1)
    starts[word + 1] = (starts[word + 1] ?? 0) + (starts[word] ?? 0)
  const filled = starts.slice(0, wordCount)
  const sorted = new Int32Array(pairs.length)
  for (let chunk = 0; chunk < pairs.chunks; chunk += 1) {
    const { words: wordIds, documents } = pairs.chunk(chunk)
    for (let at = 0; at < wordIds.length; at += 1)
      sorted[filled[wordIds[at]!]!++] = documents[at] ?? 0
    await slice()
  }
  const encoded = Buffer.allocUnsafe(pairs.length * 5)
  const offsets = Buffer.alloc((wordCount + 1) * 4)
  let at = 0
  let sliceMark = 0
  for (let word = 0; word < wordCount; word += 1) {
    offsets.writeUInt32LE(at, word * 4)
    let previous = -1
    for (let k = starts[word] ?? 0; k < (starts[word + 1] ?? 0); k += 1) {
      const document = sorted[k] ?? 0
      if (document === previous) continue
      let delta = document - previous
      previous = document
      while (delta >= 0x80) {
        encoded[at++] = (delta & 0x7f) | 0x80
        delta = Math.floor(delta / 0x80)
      }
      encoded[at++] = delta
    }
    // Checked by postings written, not words: a common word has one per text.
    if (at - sliceMark > 16384) {
      sliceMark = at
      await slice()
    }
  }
  offsets.writeUInt32LE(at, wordCount * 4)
  const vocabulary = await encodeVocabulary(words.keys(), slice)
  const header = Buffer.alloc(HEADER_BYTES)
  header.writeUInt32LE(MAGIC, 0)
  header.writeUInt32LE(VERSION, 4)
  header.writeUInt32LE(hashes.length, 8)
  header.writeUInt32LE(wordCount, 12)
  header.writeUInt32LE(vocabulary.byteLength, 16)
  header.writeUInt32LE(at, 20)
  // Written one by one: joined, the hashes of 8 million texts would pass V8's longest string.
  // Zero-filled: a hash shorter than its slot must not carry leftover memory into the file.
  const hashBytes = Buffer.alloc(hashes.length * HASH_LENGTH)
  await rangeInSlices(
    hashes.length,
    1024,
    (from, to) => {
      for (let document = from; document < to; document += 1)
        hashBytes.write(hashes[document] ?? '', document * HASH_LENGTH, HASH_LENGTH, 'latin1')
      return true
    },
    slice,
  )
  return Buffer.concat([header, hashBytes, vocabulary, offsets, encoded.subarray(0, at)])
}

/** How many words `encodeVocabulary` encodes between two slice checks. */
const VOCABULARY_GROUP = 2048

/**
 * The words joined by newlines, in UTF-8: the same bytes as `Buffer.from([...words].join('\n'))`,
 * encoded a group of words at a time so a large vocabulary is never joined in one piece.
 */
export async function encodeVocabulary(words: Iterable<string>, slice: Slice): Promise<Buffer> {
  const parts: Buffer[] = []
  let group: string[] = []
  const flush = (): void => {
    const joined = group.join('\n')
    parts.push(Buffer.from(parts.length === 0 ? joined : `\n${joined}`, 'utf8'))
    group = []
  }
  for (const word of words) {
    group.push(word)
    if (group.length < VOCABULARY_GROUP) continue
    flush()
    await slice()
  }
  if (group.length > 0 || parts.length === 0) flush()
  return Buffer.concat(parts)
}

/** Saves an encoded index atomically (flushed before it replaces the previous one). */
export async function writeSearchIndex(path: string, bytes: Buffer): Promise<void> {
  await writeFileAtomic(path, bytes)
}
