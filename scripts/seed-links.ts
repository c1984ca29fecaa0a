/**
 * Scores paragraph links against the hand-made seed reference
 * (src/core/alignment/fixtures/seed-links.json, reasoning in the README beside it). Pure: the
 * caller reads the files and runs the aligner.
 */

/** One reference link: left paragraph, right paragraph, why they share a statement. */
export type ReferenceLink = readonly [number, number, string]

/** The reference for one seed pair. */
export interface SeedPairReference {
  readonly left: string
  readonly right: string
  /** Paragraph counts of the two seeds when the reference was made. */
  readonly paragraphs: readonly [number, number]
  /** Links the aligner must find. */
  readonly links: ReadonlyArray<ReferenceLink>
  /** Links it may find or not; any link in neither list is wrong. */
  readonly acceptable: ReadonlyArray<ReferenceLink>
}

/** The reference file's shape. */
export interface SeedReference {
  readonly pairs: ReadonlyArray<SeedPairReference>
}

/** The reference file's content, checked: throws on a malformed entry (a programming error). */
export function parseSeedReference(json: unknown): SeedReference {
  const fail = (what: string): never => {
    throw new Error(`seed-links.json: ${what}`)
  }
  const isIndex = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0
  const linksOf = (value: unknown, where: string): ReadonlyArray<ReferenceLink> =>
    Array.isArray(value)
      ? value.map((link: unknown) =>
          Array.isArray(link) && isIndex(link[0]) && isIndex(link[1]) && typeof link[2] === 'string'
            ? ([link[0], link[1], link[2]] as const)
            : fail(`${where} has a link that is not [left, right, why]`),
        )
      : fail(`${where} has no link list`)
  const pairs = (json as { pairs?: unknown } | null)?.pairs
  if (!Array.isArray(pairs)) return fail('no "pairs" list')
  return {
    pairs: pairs.map((pair: unknown) => {
      const entry = pair as Record<string, unknown>
      const where = `pair ${String(entry.left)}-${String(entry.right)}`
      const counts = entry.paragraphs
      if (typeof entry.left !== 'string' || typeof entry.right !== 'string') fail(`${where} ids`)
      if (!Array.isArray(counts) || counts.length !== 2 || !counts.every(isIndex)) {
        fail(`${where} needs "paragraphs": [left count, right count]`)
      }
      return {
        left: String(entry.left),
        right: String(entry.right),
        paragraphs: [Number((counts as unknown[])[0]), Number((counts as unknown[])[1])] as const,
        links: linksOf(entry.links, where),
        acceptable: linksOf(entry.acceptable, where),
      }
    }),
  }
}

/** A predicted paragraph link. */
export interface PredictedLink {
  readonly left: number
  readonly right: number
}

/** How one pair's predicted links compare with its reference. */
export interface SeedPairScore {
  readonly required: number
  readonly found: number
  readonly predicted: number
  /** Predicted links in neither list. */
  readonly wrong: ReadonlyArray<PredictedLink>
  /** Required links not predicted. */
  readonly missing: ReadonlyArray<ReferenceLink>
}

/** Scores one pair's predicted links against its reference. */
export function scoreSeedPair(
  reference: SeedPairReference,
  predicted: ReadonlyArray<PredictedLink>,
): SeedPairScore {
  const key = (left: number, right: number): string => `${left}:${right}`
  const made = new Set(predicted.map((link) => key(link.left, link.right)))
  const allowed = new Set(
    [...reference.links, ...reference.acceptable].map(([left, right]) => key(left, right)),
  )
  const missing = reference.links.filter(([left, right]) => !made.has(key(left, right)))
  return {
    required: reference.links.length,
    found: reference.links.length - missing.length,
    predicted: predicted.length,
    wrong: predicted.filter((link) => !allowed.has(key(link.left, link.right))),
    missing,
  }
}

/**
 * Link recall (required links found) and precision (predicted links that are required or
 * acceptable) summed over pairs.
 */
export function summariseSeedScores(scores: ReadonlyArray<SeedPairScore>): {
  readonly recall: number
  readonly precision: number
} {
  const sum = (pick: (score: SeedPairScore) => number): number =>
    scores.reduce((total, score) => total + pick(score), 0)
  const required = sum((score) => score.required)
  const predicted = sum((score) => score.predicted)
  return {
    recall: required === 0 ? 1 : sum((score) => score.found) / required,
    precision: predicted === 0 ? 1 : 1 - sum((score) => score.wrong.length) / predicted,
  }
}
