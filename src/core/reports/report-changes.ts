import { listChanges } from '../list-changes'
import type { ListedChange } from '../list-changes'
import type { Comparison, SideText } from '../types'

export type { ChangeCategory } from '../list-changes'

/** One quote, fact or title change as a report lists it (see `listChanges`). */
export type ReportChange = ListedChange

/** The changes a report lists per category: unchanged quotes and titles are left out. */
export interface ReportChanges {
  readonly quotes: ReadonlyArray<ReportChange>
  readonly facts: ReadonlyArray<ReportChange>
  readonly titles: ReadonlyArray<ReportChange>
}

/** Collects the quote, fact and title changes of a comparison, each tied to its row. */
export function collectChanges(comparison: Comparison): ReportChanges {
  const listed = listChanges(comparison)
  const changed = (change: ListedChange): boolean => change.status !== 'unchanged'
  return {
    quotes: listed.quotes.filter(changed),
    facts: listed.facts.filter(changed),
    titles: listed.titles.filter(changed),
  }
}

/** All changes of a comparison in report order: quotes, then facts, then titles. */
export function allChanges(changes: ReportChanges): ReadonlyArray<ReportChange> {
  return [...changes.quotes, ...changes.facts, ...changes.titles]
}

/** "¶3 → ¶4", "¶3 → —": the paragraphs a change sits in on each side. */
export function formatChangePlaces(change: ReportChange): string {
  const side = (text: SideText | null): string => (text ? `¶${text.paragraph}` : '—')
  return `${side(change.left)} → ${side(change.right)}`
}

/**
 * The quotation marks around a quote change's side (`null`: around a diff of both sides): none
 * for facts and titles, none for a paraphrase's reported-speech side, nor around a diff with one.
 */
export function quoteMarks(
  change: ReportChange,
  side: 'left' | 'right' | null,
): readonly [string, string] {
  if (change.category !== 'quote') return ['', '']
  if (change.unquoted !== null && (side === null || side === change.unquoted)) return ['', '']
  return ['\u201C', '\u201D']
}

/** The kind or speaker a change is labelled with in lists, or '' when it has none. */
export function describeChangeSubject(change: ReportChange): string {
  return change.speaker ?? change.kind ?? ''
}
