/**
 * Scores the quote, fact and title lenses against the hand-made seed reference
 * (src/core/alignment/fixtures/seed-lens-changes.json, how it was made in the README beside it).
 * Pure: the caller reads the files and runs the engine.
 */
import type { ChangeCategory, SideSpan, SideText } from '../src/core'

/** What the rewrite did, as the reference names it. */
export type ReferenceKind = 'changed' | 'altered' | 'added' | 'removed' | 'paraphrased'

const REFERENCE_KINDS: Readonly<Record<ReferenceKind, true>> = {
  changed: true,
  altered: true,
  added: true,
  removed: true,
  paraphrased: true,
}
const LENSES: Readonly<Record<ChangeCategory, true>> = { quote: true, fact: true, title: true }

/** One change an editor would want a lens to show. */
export interface ReferenceChange {
  readonly lens: ChangeCategory
  readonly kind: ReferenceKind
  /** The original's own words, or null when the change has no left side (added). */
  readonly left: string | null
  /** The rewrite's own words, or null when the change has no right side (removed). */
  readonly right: string | null
  readonly why: string
}

/** The reference for one seed pair. */
export interface SeedLensPair {
  readonly left: string
  readonly right: string
  readonly changes: ReadonlyArray<ReferenceChange>
}

/** The reference file's shape. */
export interface SeedLensReference {
  readonly pairs: ReadonlyArray<SeedLensPair>
}

/** The reference file's content, checked: throws on a malformed entry (a programming error). */
export function parseSeedLensReference(json: unknown): SeedLensReference {
  const fail = (what: string): never => {
    throw new Error(`seed-lens-changes.json: ${what}`)
  }
  const pairs = (json as { pairs?: unknown } | null)?.pairs
  if (!Array.isArray(pairs)) return fail('no "pairs" list')
  return {
    pairs: pairs.map((pair: unknown) => {
      const entry = (pair ?? {}) as Record<string, unknown>
      const where = `pair ${String(entry.left)}-${String(entry.right)}`
      if (typeof entry.left !== 'string' || typeof entry.right !== 'string') fail(`${where} ids`)
      if (!Array.isArray(entry.changes)) fail(`${where} has no "changes" list`)
      const changes = (entry.changes as unknown[]).map((value, index): ReferenceChange => {
        const change = (value ?? {}) as Record<string, unknown>
        const at = `${where} change ${index}`
        const side = (text: unknown): string | null =>
          text === null ? null : typeof text === 'string' && text !== '' ? text : fail(`${at} side`)
        if (typeof change.lens !== 'string' || !(change.lens in LENSES)) fail(`${at} lens`)
        if (typeof change.kind !== 'string' || !(change.kind in REFERENCE_KINDS)) fail(`${at} kind`)
        if (typeof change.why !== 'string' || change.why === '') fail(`${at} needs a "why"`)
        const left = side(change.left)
        const right = side(change.right)
        if (left === null && right === null) fail(`${at} names neither side`)
        return {
          lens: change.lens as ChangeCategory,
          kind: change.kind as ReferenceKind,
          left,
          right,
          why: String(change.why),
        }
      })
      return { left: String(entry.left), right: String(entry.right), changes }
    }),
  }
}

/**
 * Every place `text` stands in the paragraphs, as spans. The reference is written as text, so the
 * eval (not the engine) finds it; a text that stands twice may be matched at either place.
 */
export function locateText(
  paragraphs: ReadonlyArray<{ readonly text: string }>,
  text: string,
): ReadonlyArray<SideSpan> {
  const spans: SideSpan[] = []
  paragraphs.forEach((paragraph, index) => {
    for (
      let at = paragraph.text.indexOf(text);
      at >= 0;
      at = paragraph.text.indexOf(text, at + 1)
    ) {
      spans.push({ paragraph: index, start: at, end: at + text.length })
    }
  })
  return spans
}

/** A lens entry as the scorer needs it (a `ListedChange` fits). */
export interface LensEntry {
  readonly category: ChangeCategory
  readonly status: string
  readonly left: SideText | null
  readonly right: SideText | null
}

/** Why a reference change was not found. */
export type MissCause = 'no entry' | 'shown unchanged' | 'text not in the seed'

/** A reference change no lens entry shows. */
export interface LensMiss {
  readonly change: ReferenceChange
  readonly cause: MissCause
}

/** How one pair's lens entries compare with its reference. */
export interface LensPairScore {
  readonly changes: ReadonlyArray<ReferenceChange>
  /** Changes that some entry of their lens shows on at least one of their sides. */
  readonly found: ReadonlyArray<ReferenceChange>
  /** Of those, changes one entry shows on every side they have, and on no side they lack. */
  readonly exact: ReadonlyArray<ReferenceChange>
  readonly missed: ReadonlyArray<LensMiss>
  /** The entries that show each found change. */
  readonly shownBy: ReadonlyMap<ReferenceChange, ReadonlyArray<LensEntry>>
  /** Entries (unchanged ones left out) that match no reference change: for a person to judge. */
  readonly unlisted: ReadonlyArray<LensEntry>
}

function overlaps(side: SideText | null, places: ReadonlyArray<SideSpan>): boolean {
  if (!side) return false
  return side.spans.some((span) =>
    places.some(
      (place) =>
        place.paragraph === span.paragraph && span.start < place.end && place.start < span.end,
    ),
  )
}

/**
 * Scores one pair: a reference change is found when an entry of its lens, not `unchanged`, has a
 * span overlapping the change's text on a side the change names; exact when one such entry
 * overlaps every side the change names and has no side the change lacks (a change shown as a
 * removal plus an addition is found, not exact).
 */
export function scoreLensPair(
  pair: SeedLensPair,
  leftParagraphs: ReadonlyArray<{ readonly text: string }>,
  rightParagraphs: ReadonlyArray<{ readonly text: string }>,
  entries: ReadonlyArray<LensEntry>,
): LensPairScore {
  const found: ReferenceChange[] = []
  const exact: ReferenceChange[] = []
  const missed: LensMiss[] = []
  const matched = new Set<LensEntry>()
  const shownBy = new Map<ReferenceChange, ReadonlyArray<LensEntry>>()
  for (const change of pair.changes) {
    const left = change.left === null ? null : locateText(leftParagraphs, change.left)
    const right = change.right === null ? null : locateText(rightParagraphs, change.right)
    if (left?.length === 0 || right?.length === 0) {
      missed.push({ change, cause: 'text not in the seed' })
      continue
    }
    const touches = (entry: LensEntry): boolean =>
      entry.category === change.lens &&
      ((left !== null && overlaps(entry.left, left)) ||
        (right !== null && overlaps(entry.right, right)))
    const showing = entries.filter((entry) => entry.status !== 'unchanged' && touches(entry))
    if (showing.length === 0) {
      const unchanged = entries.some((entry) => entry.status === 'unchanged' && touches(entry))
      missed.push({ change, cause: unchanged ? 'shown unchanged' : 'no entry' })
      continue
    }
    for (const entry of showing) matched.add(entry)
    found.push(change)
    shownBy.set(change, showing)
    const whole = showing.some(
      (entry) =>
        (left === null ? entry.left === null : overlaps(entry.left, left)) &&
        (right === null ? entry.right === null : overlaps(entry.right, right)),
    )
    if (whole) exact.push(change)
  }
  const unlisted = entries.filter((entry) => entry.status !== 'unchanged' && !matched.has(entry))
  return { changes: pair.changes, found, exact, missed, shownBy, unlisted }
}

/** Reference changes, found and exact, for one lens. */
export interface LensRecall {
  readonly lens: ChangeCategory
  readonly changes: number
  readonly found: number
  readonly exact: number
  /** Entries matching no reference change. */
  readonly unlisted: number
}

/** Recall per lens over the scored pairs, quote, fact then title. */
export function summariseLensScores(
  scores: ReadonlyArray<LensPairScore>,
): ReadonlyArray<LensRecall> {
  const total = (pick: (score: LensPairScore) => number): number =>
    scores.reduce((sum, score) => sum + pick(score), 0)
  return (Object.keys(LENSES) as ChangeCategory[]).map((lens) => {
    const ofLens = (changes: ReadonlyArray<ReferenceChange>): number =>
      changes.filter((change) => change.lens === lens).length
    return {
      lens,
      changes: total((score) => ofLens(score.changes)),
      found: total((score) => ofLens(score.found)),
      exact: total((score) => ofLens(score.exact)),
      unlisted: total((score) => score.unlisted.filter((entry) => entry.category === lens).length),
    }
  })
}
