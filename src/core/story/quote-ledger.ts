import type { Quotation } from '../quotes/extract-quotes'
import type { CompareOptions, QuoteChange, SideText } from '../types'
import { changedSpans } from './changed-spans'
import type { QuoteCell, QuoteRow } from './story-types'
import { createUnionFind } from './union-find'

/** One version's quotations, as `extractQuotes` found them. */
export interface VersionQuotes {
  readonly quotes: ReadonlyArray<Quotation>
}

/** The quotation changes of one lineage edge's full comparison (parent on the left). */
export interface EdgeQuotes {
  readonly parent: number
  readonly child: number
  readonly quotes: ReadonlyArray<QuoteChange>
}

type Node =
  | { readonly kind: 'quote'; readonly version: number; readonly quotation: number }
  | { readonly kind: 'paraphrase'; readonly version: number; readonly side: SideText }

/**
 * The quote ledger: each lineage edge's matched quotations joined into rows, one per quotation as
 * it travels, with each version's own wording marked against the row's reference version.
 */
export function buildQuoteLedger(
  versions: ReadonlyArray<VersionQuotes>,
  edges: ReadonlyArray<EdgeQuotes>,
  order: ReadonlyArray<number>,
  options: CompareOptions,
): ReadonlyArray<QuoteRow> {
  const nodes = new Map<string, Node>()
  const sets = createUnionFind()
  const quoteKey = (version: number, quotation: number): string => `q|${version}|${quotation}`
  versions.forEach((version, index) =>
    version.quotes.forEach((_quote, quotation) => {
      const key = quoteKey(index, quotation)
      nodes.set(key, { kind: 'quote', version: index, quotation })
      sets.add(key)
    }),
  )
  const keysOf = (version: number, side: SideText | null): ReadonlyArray<string> => {
    if (side === null) return []
    const found = locateQuotations(side, versions[version]?.quotes ?? [])
    if (found.length > 0) return found.map((quotation) => quoteKey(version, quotation))
    const key = `p|${version}|${side.spans.map((span) => `${span.paragraph}:${span.start}-${span.end}`).join(',')}`
    nodes.set(key, { kind: 'paraphrase', version, side })
    sets.add(key)
    return [key]
  }
  for (const edge of edges) {
    for (const change of edge.quotes) {
      const keys = [...keysOf(edge.parent, change.left), ...keysOf(edge.child, change.right)]
      for (const key of keys.slice(1)) sets.union(keys[0]!, key)
    }
  }
  const rank = new Map(order.map((version, position) => [version, position]))
  const groups = mergeSiblingGroups(
    sets
      .groups()
      .map((keys) => keys.map((key) => nodes.get(key)!))
      .flatMap((group) => detachStrangers(group, versions, rank))
      .filter((group) => group.some((node) => node.kind === 'quote')),
    versions,
  )
  return groups
    .map((group) => buildRow(group, versions, order, options))
    .sort(
      (a, b) =>
        rank.get(a.row.reference)! - rank.get(b.row.reference)! ||
        a.paragraph - b.paragraph ||
        a.start - b.start,
    )
    .map((placed) => placed.row)
}

/**
 * The quotations of a version whose words a comparison's side covers, found by position: a part
 * in the span's paragraph whose offsets overlap it. None means the side is unquoted (a paraphrase).
 */
function locateQuotations(side: SideText, quotes: ReadonlyArray<Quotation>): ReadonlyArray<number> {
  const found: number[] = []
  quotes.forEach((quote, index) => {
    const overlaps = quote.parts.some((part) =>
      side.spans.some(
        (span) =>
          span.paragraph === part.paragraph && span.start < part.end && part.start < span.end,
      ),
    )
    if (overlaps) found.push(index)
  })
  return found
}

// Below this share of common words (Jaccard), a quotation credited to someone else is another
// statement the pairwise matcher paired for a shared word ("positive" beside "a positive message
// means nothing"), not the same words re-attributed.
const SAME_STATEMENT_WORDS = 0.5

/** Splits off, as rows of their own, quotations by another speaker that share few words with the row. */
function detachStrangers(
  group: ReadonlyArray<Node>,
  versions: ReadonlyArray<VersionQuotes>,
  rank: ReadonlyMap<number, number>,
): ReadonlyArray<ReadonlyArray<Node>> {
  const quoted = group.filter(
    (node): node is Extract<Node, { kind: 'quote' }> => node.kind === 'quote',
  )
  const speakerOf = (node: Extract<Node, { kind: 'quote' }>): string | null =>
    versions[node.version]?.quotes[node.quotation]?.speaker ?? null
  const common = commonSpeaker(quoted.map(speakerOf))
  if (common === null) return [group]
  const reference = [...quoted].sort(
    (a, b) => (rank.get(a.version) ?? 0) - (rank.get(b.version) ?? 0),
  )[0]
  if (reference === undefined) return [group]
  const referenceWords = wordsOf(nodeText(reference, versions))
  const strangers = new Set(
    quoted.filter((node) => {
      const speaker = speakerOf(node)
      return (
        speaker !== null &&
        speakerKey(speaker) !== speakerKey(common) &&
        jaccard(wordsOf(nodeText(node, versions)), referenceWords) < SAME_STATEMENT_WORDS
      )
    }),
  )
  if (strangers.size === 0) return [group]
  return [
    group.filter((node) => !strangers.has(node as never)),
    ...[...strangers].map((node) => [node]),
  ]
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const word of a) if (b.has(word)) shared += 1
  const union = a.size + b.size - shared
  return union === 0 ? 1 : shared / union
}

/**
 * A quotation two sibling versions added independently (their common parent lacks it) meets in
 * no lineage edge; rows with no version in common and mostly the same words are one quotation.
 */
function mergeSiblingGroups(
  groups: ReadonlyArray<ReadonlyArray<Node>>,
  versions: ReadonlyArray<VersionQuotes>,
): ReadonlyArray<ReadonlyArray<Node>> {
  const merged = groups.map((group) => {
    const speaker = commonSpeaker(
      group.map((node) =>
        node.kind === 'quote'
          ? (versions[node.version]?.quotes[node.quotation]?.speaker ?? null)
          : null,
      ),
    )
    return {
      nodes: [...group],
      versions: new Set(group.map((node) => node.version)),
      words: wordsOf(group.map((node) => nodeText(node, versions)).join(' ')),
      speaker: speaker === null ? null : speakerKey(speaker),
    }
  })
  for (let a = 0; a < merged.length; a += 1) {
    const first = merged[a]!
    if (first.nodes.length === 0) continue
    for (let b = a + 1; b < merged.length; b += 1) {
      const second = merged[b]!
      if (second.nodes.length === 0) continue
      if ([...second.versions].some((version) => first.versions.has(version))) continue
      if (first.speaker !== null && second.speaker !== null && first.speaker !== second.speaker)
        continue
      if (overlap(first.words, second.words) < SAME_QUOTE_OVERLAP) continue
      first.nodes.push(...second.nodes)
      second.versions.forEach((version) => first.versions.add(version))
      second.words.forEach((word) => first.words.add(word))
      second.nodes = []
    }
  }
  return merged.filter((group) => group.nodes.length > 0).map((group) => group.nodes)
}

// Share of the shorter quotation's content words the other must contain to be the same quotation.
const SAME_QUOTE_OVERLAP = 0.6

function wordsOf(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).map((word) => word.slice(0, 6)),
  )
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const word of small) if (large.has(word)) shared += 1
  return shared / small.size
}

function nodeText(node: Node, versions: ReadonlyArray<VersionQuotes>): string {
  return node.kind === 'quote'
    ? (versions[node.version]?.quotes[node.quotation]?.text ?? '')
    : node.side.text
}

function buildRow(
  group: ReadonlyArray<Node>,
  versions: ReadonlyArray<VersionQuotes>,
  order: ReadonlyArray<number>,
  options: CompareOptions,
): { readonly row: QuoteRow; readonly paragraph: number; readonly start: number } {
  const raw = versions.map((version, index) => {
    const quoted = group
      .filter((node): node is Extract<Node, { kind: 'quote' }> => node.kind === 'quote')
      .filter((node) => node.version === index)
      .map((node) => version.quotes[node.quotation]!)
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    if (quoted.length > 0) {
      return {
        article: index,
        status: 'quoted' as const,
        text: quoted.map((quote) => quote.text).join(' … '),
        paragraph: quoted[0]!.paragraph,
        start: quoted[0]!.start,
        speaker: quoted.find((quote) => quote.speaker !== null)?.speaker ?? null,
      }
    }
    const paraphrase = group.find(
      (node): node is Extract<Node, { kind: 'paraphrase' }> =>
        node.kind === 'paraphrase' && node.version === index,
    )
    if (paraphrase !== undefined) {
      return {
        article: index,
        status: 'paraphrased' as const,
        text: paraphrase.side.text,
        paragraph: paraphrase.side.paragraph,
        start: 0,
        speaker: null,
      }
    }
    return {
      article: index,
      status: 'absent' as const,
      text: null,
      paragraph: null,
      start: 0,
      speaker: null,
    }
  })
  const reference =
    order.find((version) => raw[version]?.status === 'quoted') ??
    order.find((version) => raw[version]?.status !== 'absent') ??
    0
  const referenceText = raw[reference]?.text ?? ''
  const speaker = commonSpeaker(raw.map((cell) => cell.speaker))
  const cells: QuoteCell[] = raw.map((cell) => {
    const spans =
      cell.text === null || cell.article === reference
        ? []
        : changedSpans(referenceText, cell.text, options)
    const base = {
      article: cell.article,
      status: cell.status,
      text: cell.text,
      paragraph: cell.paragraph,
      spans,
    }
    return cell.speaker !== null &&
      speaker !== null &&
      speakerKey(cell.speaker) !== speakerKey(speaker)
      ? { ...base, speaker: cell.speaker }
      : base
  })
  const place = raw[reference]
  return {
    row: { speaker, reference, cells },
    paragraph: place?.paragraph ?? 0,
    start: place?.start ?? 0,
  }
}

/** The speaker most versions name, compared by surname; ties go to the earliest version. */
function commonSpeaker(speakers: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, { count: number; speaker: string }>()
  for (const speaker of speakers) {
    if (speaker === null) continue
    const key = speakerKey(speaker)
    const entry = counts.get(key)
    if (entry === undefined) counts.set(key, { count: 1, speaker })
    else entry.count += 1
  }
  let best: { count: number; speaker: string } | null = null
  for (const entry of counts.values()) if (best === null || entry.count > best.count) best = entry
  return best?.speaker ?? null
}

/** "Donald Trump", "Trump" and "President Trump" are one speaker; a common noun is itself. */
function speakerKey(speaker: string): string {
  const words = speaker.toLowerCase().split(/\s+/u)
  return /^\p{Lu}/u.test(speaker) ? (words[words.length - 1] ?? '') : words.join(' ')
}
