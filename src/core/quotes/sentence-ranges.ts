// A sentence ends at . ! ? or … (with any closing quotes or brackets) before a space and a capital,
// digit or opening mark. Titles and initials ("Mr. Putin", "J. D. Vance") do not end one.
const SENTENCE_BREAK = /[.!?\u2026]+["'\u201D\u2019»)\]]*\s+(?=["'\u201C\u2018«([\p{Lu}\p{N}])/gu
const ABBREVIATION_END =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Jr|Sr|No|vs)|\b\p{Lu})\.$/u

/**
 * Sentence ranges `[start, end)` of a text. A regular expression rather than Intl.Segmenter: the
 * segmenter was the costliest step on long articles, and quotes need only these plain breaks.
 */
export function sentenceRanges(text: string): ReadonlyArray<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = []
  let start = 0
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    const end = match.index + match[0].length
    const before = text.slice(Math.max(start, match.index - 6), match.index + 1)
    if (match[0].startsWith('.') && ABBREVIATION_END.test(before)) continue
    ranges.push([start, end])
    start = end
  }
  if (start < text.length) ranges.push([start, text.length])
  return ranges
}
