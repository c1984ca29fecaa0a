/**
 * Pairings of corpus articles that tell different stories, for `npm run eval:lenses`: two
 * unrelated articles must get no row pairing content (issue 6, item 5). Pure: the caller reads the
 * files and runs the aligner.
 */

/**
 * The story a corpus pair tells. ECB+ pairs of one topic ("abcd_news_ecb/12_3ecbplus_12_6ecbplus"
 * and ".../12_7ecbplus_12_9ecbplus", topic 12) report the same event (the corpora README: every
 * pair is within one topic's "ecbplus" sub-topic); every other pair is a story of its own.
 */
export function storyOf(pairId: string): string {
  const ecb = /^(abcd_news_ecb)\/(\d+)_/.exec(pairId)
  return ecb ? `${ecb[1]}/${ecb[2]}` : pairId
}

/**
 * Pairings [original of pair i, rewrite of pair j] with j = i + offset (wrapping round), for every
 * pair and each offset, leaving out those whose two pairs tell one story.
 */
export function unrelatedPairings(
  pairIds: ReadonlyArray<string>,
  offsets: ReadonlyArray<number>,
): ReadonlyArray<readonly [number, number]> {
  const pairings: Array<readonly [number, number]> = []
  for (const offset of offsets) {
    for (let i = 0; i < pairIds.length; i++) {
      const j = (i + offset) % pairIds.length
      if (storyOf(pairIds[i] ?? '') !== storyOf(pairIds[j] ?? '')) pairings.push([i, j])
    }
  }
  return pairings
}

/** A row of an alignment: paragraph indices on each side. */
export interface RowIndices {
  readonly left: ReadonlyArray<number>
  readonly right: ReadonlyArray<number>
}

/**
 * The rows that pair content of the two sides: both sides present and not both boilerplate (the
 * same furniture line, "0 Comments", shares a row on purpose).
 */
export function contentPairingRows<Row extends RowIndices>(
  rows: ReadonlyArray<Row>,
  isBoilerplate: (side: 'left' | 'right', index: number) => boolean,
): ReadonlyArray<Row> {
  return rows.filter(
    (row) =>
      row.left.length > 0 &&
      row.right.length > 0 &&
      !(
        row.left.every((index) => isBoilerplate('left', index)) &&
        row.right.every((index) => isBoilerplate('right', index))
      ),
  )
}
