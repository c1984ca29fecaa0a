/**
 * Characters of article text, all inputs together, from which a run asks V8 to grow its heap by
 * half at most between full collections. A comparison keeps most of what it builds until its facts
 * stage ends, and V8's own factor (4× what the last full collection left alive, for Node's default
 * heap limit here) took a 2.9 MB one-sided article to 520–560 MB RSS and 40,000 short paragraphs
 * (3.6 MB) to 910 MB; growing by half brings them to ~405 and ~580 MB. The extra full collections
 * cost 14–19% CPU on such inputs and ~8% on a batch of ordinary articles, whose heaps are small
 * anyway, so ordinary inputs (a 10,000-word pair is ~130,000 characters) keep V8's default.
 */
export const LONG_INPUT_CHARS = 500_000

/** Calls `limitHeapGrowth` once the texts together reach `LONG_INPUT_CHARS`. */
export function limitHeapGrowthForLongInput(
  texts: ReadonlyArray<string>,
  limitHeapGrowth: (() => void) | undefined,
): void {
  let chars = 0
  for (const text of texts) chars += text.length
  if (chars >= LONG_INPUT_CHARS) limitHeapGrowth?.()
}
