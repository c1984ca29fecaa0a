import { splitSentenceRanges } from '../text/sentences'

/**
 * Synthetic story lineages for tests and the benchmark: versions derived from earlier ones by
 * known edits (sentences dropped and added, words swapped, a paragraph moved), so the lineage
 * `compareStory` recovers can be checked against the truth.
 */

/** One derived version and the version it was derived from (null for the first). */
export interface DerivedVersion {
  readonly text: string
  readonly parent: number | null
}

/** How many versions to derive, from what text, and how. */
export interface DeriveOptions {
  readonly versions: number
  /** Sentences to draw the original and the added sentences from. */
  readonly sentences: ReadonlyArray<string>
  /** About how many words the original has. */
  readonly words: number
  readonly seed: number
  /** Sentences dropped, sentences added and words swapped per derivation. */
  readonly edits?: { readonly drop: number; readonly add: number; readonly swap: number }
}

const SENTENCES_PER_PARAGRAPH = 3

/** mulberry32: a small seeded generator, so every run derives the same versions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Derives `versions` texts: the first from the sentences, each later one from a uniformly chosen
 * earlier one, so the truth is a random recursive tree.
 */
export function deriveVersions(options: DeriveOptions): ReadonlyArray<DerivedVersion> {
  const random = seededRandom(options.seed)
  const edits = options.edits ?? { drop: 2, add: 2, swap: 3 }
  const pick = <T>(items: ReadonlyArray<T>): T => items[Math.floor(random() * items.length)]!
  const pool = [...options.sentences].sort(() => random() - 0.5)
  const vocabulary = [
    ...new Set(options.sentences.flatMap((sentence) => sentence.match(/\p{L}{4,}/gu) ?? [])),
  ]
  let next = 0
  // Fresh sentences: the pool first, then made-up ones from its words, so each addition is new.
  const fresh = (): string => {
    const sentence = pool[next]
    next += 1
    if (sentence !== undefined) return sentence
    const words = Array.from({ length: 10 + Math.floor(random() * 8) }, () => pick(vocabulary))
    return `${words.join(' ').replace(/^\p{Ll}/u, (first) => first.toUpperCase())}.`
  }
  const original: string[][] = []
  let words = 0
  while (words < options.words) {
    const paragraph = Array.from({ length: SENTENCES_PER_PARAGRAPH }, fresh)
    words += paragraph.join(' ').split(/\s+/u).length
    original.push(paragraph)
  }
  const versions: Array<{ paragraphs: string[][]; parent: number | null }> = [
    { paragraphs: original, parent: null },
  ]
  for (let index = 1; index < options.versions; index += 1) {
    const parent = Math.floor(random() * index)
    const paragraphs = versions[parent]!.paragraphs.map((paragraph) => [...paragraph])
    for (let count = 0; count < edits.drop; count += 1) {
      const paragraph = pick(paragraphs.filter((item) => item.length > 1))
      paragraph?.splice(Math.floor(random() * paragraph.length), 1)
    }
    for (let count = 0; count < edits.add; count += 1) {
      const paragraph = pick(paragraphs)
      paragraph.splice(Math.floor(random() * (paragraph.length + 1)), 0, fresh())
    }
    for (let count = 0; count < edits.swap; count += 1) {
      const paragraph = pick(paragraphs)
      const at = Math.floor(random() * paragraph.length)
      const sentence = paragraph[at]!.split(' ')
      const word = Math.floor(random() * sentence.length)
      sentence[word] = pick(vocabulary).toLowerCase()
      paragraph[at] = sentence.join(' ')
    }
    const moved = paragraphs.splice(Math.floor(random() * paragraphs.length), 1)[0]
    if (moved !== undefined)
      paragraphs.splice(Math.floor(random() * (paragraphs.length + 1)), 0, moved)
    versions.push({ paragraphs, parent })
  }
  return versions.map((version) => ({
    text: version.paragraphs.map((paragraph) => paragraph.join(' ')).join('\n'),
    parent: version.parent,
  }))
}

/** The sentences of texts of six words or more (the one splitter's), for `deriveVersions`. */
export function sentencesOf(texts: ReadonlyArray<string>): ReadonlyArray<string> {
  return texts
    .flatMap((text) => splitSentenceRanges(text).map((range) => text.slice(range.start, range.end)))
    .filter((sentence) => sentence.split(/\s+/u).length >= 6)
}
