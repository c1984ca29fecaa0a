/**
 * Reads the Titles lens and the job titles the fact lens reports the way an editor checks them,
 * without the engine's own title parser: does each article give the person both titles a
 * `changed` entry names (so nothing changed), and do two subheadings reported changed head
 * sections the alignment links? Pure: takes a Comparison.
 */
import type { Comparison, FactChange, Paragraph, TitleChange } from '../src/core'

/** One entry the audit doubts, with what makes it doubtful. */
export interface TitleDoubt {
  /** The entry as `left → right`. */
  readonly entry: string
  /** Why: the other article's words that keep the title, or the sections' link counts. */
  readonly why: string
}

/** What the audit found in one comparison. */
export interface TitleAudit {
  /** Job titles reported changed (fact kind `person`, status `changed`). */
  readonly jobTitleChanges: number
  /** Of those, changes where each article gives the name the other's title too (no change). */
  readonly jobTitlesKept: ReadonlyArray<TitleDoubt>
  /** Subheadings (not the headline) reported changed. */
  readonly subheadingChanges: number
  /** Of those, changes whose two sections have body links but none between them. */
  readonly subheadingsUnlinked: ReadonlyArray<TitleDoubt>
}

// Words of a title that carry no office: articles, "of", "and", and the possessive's "s".
const TITLE_GLUE = new Set(['the', 'a', 'an', 'of', 'and', 's', 'co'])
// Offices that may open a run of capitalised words before the name ("President Donald Trump").
const OFFICES = new Set(
  (
    'president|minister|prime|vice|deputy|former|chief|executive|governor|director|head|secretary|' +
    'general|commander|leader|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chair|founder|' +
    'ceo|officer|manager|envoy|ambassador|senator|mayor|judge|senior|acting|interim|state|us|u.s.'
  ).split('|'),
)
// Abbreviations an article may write for an office the other spells out.
const SPELLED_OUT: ReadonlyMap<string, ReadonlyArray<string>> = new Map([
  ['ceo', ['chief', 'executive']],
  ['cfo', ['chief', 'financial', 'officer']],
  ['pm', ['prime', 'minister']],
])
// How far from the name a title may stand: "former Michigan Governor George W. Romney" before it,
// "Mehdi Zareh, the head of Iran's Seismic Research Center" after it.
const WORDS_BEFORE = 8
const WORDS_AFTER = 10

function wordsOf(text: string): string[] {
  return text
    .replace(/[’']s(?![\p{L}])/gu, '')
    .split(/[^\p{L}\p{N}.]+|\.(?=\s|$)/u)
    .filter((word) => word !== '')
}

function lowerWords(words: ReadonlyArray<string>): string[] {
  return words.flatMap((word) => SPELLED_OUT.get(word.toLowerCase()) ?? [word.toLowerCase()])
}

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word)

/**
 * The title words of a mention: its words less the person's name (the capitalised words before
 * the surname that are no office) and glue. The surname is the last capitalised word both sides
 * of the change share.
 */
function titleOf(mention: string, other: string): { surname: string; title: string[] } | null {
  const words = wordsOf(mention)
  const shared = new Set(wordsOf(other))
  let surnameAt = -1
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]!
    if (capitalised(word) && shared.has(word) && !OFFICES.has(word.toLowerCase())) {
      surnameAt = index
      break
    }
  }
  if (surnameAt < 0) return null
  let nameStart = surnameAt
  while (
    nameStart > 0 &&
    capitalised(words[nameStart - 1]!) &&
    !OFFICES.has(words[nameStart - 1]!.toLowerCase())
  ) {
    nameStart--
  }
  const title = lowerWords([...words.slice(0, nameStart), ...words.slice(surnameAt + 1)]).filter(
    (word) => !TITLE_GLUE.has(word),
  )
  return { surname: words[surnameAt]!, title }
}

/** The other article's words around a name, where any title it gives the person stands. */
function keptTitle(
  title: ReadonlyArray<string>,
  surname: string,
  paragraphs: ReadonlyArray<Paragraph>,
): string | null {
  if (title.length === 0) return null
  for (const paragraph of paragraphs) {
    const words = wordsOf(paragraph.text)
    for (let index = 0; index < words.length; index++) {
      if (words[index] !== surname) continue
      const near = words.slice(Math.max(0, index - WORDS_BEFORE), index + 1 + WORDS_AFTER)
      const lower = new Set(lowerWords(near))
      if (title.every((word) => lower.has(word))) return near.join(' ')
    }
  }
  return null
}

function describeFact(change: FactChange): string {
  return `[person] "${change.left?.text ?? ''}" → "${change.right?.text ?? ''}"`
}

/** The paragraphs a subheading heads: those after it up to the next heading. */
function sectionOf(paragraphs: ReadonlyArray<Paragraph>, heading: number): ReadonlySet<number> {
  const section = new Set<number>()
  for (const paragraph of paragraphs.slice(heading + 1)) {
    if (paragraph.kind === 'heading') break
    section.add(paragraph.index)
  }
  return section
}

function describeTitle(change: TitleChange): string {
  return `[subheading] "${change.left?.text ?? ''}" → "${change.right?.text ?? ''}"`
}

/** Doubtful job-title and subheading changes in one comparison. */
export function auditTitles(comparison: Comparison): TitleAudit {
  const left = comparison.left.paragraphs
  const right = comparison.right.paragraphs
  const jobTitles = comparison.facts.filter(
    (change) => change.kind === 'person' && change.status === 'changed',
  )
  const jobTitlesKept: TitleDoubt[] = []
  for (const change of jobTitles) {
    if (!change.left || !change.right) continue
    const fromLeft = titleOf(change.left.text, change.right.text)
    const fromRight = titleOf(change.right.text, change.left.text)
    // Each article gives the person the other's title near the name: the two say the same, and
    // the entry comes from a misread title. One title growing ("President" → "former US
    // President") is a change: the shorter article lacks the longer title's words.
    const keptRight = fromLeft && keptTitle(fromLeft.title, fromLeft.surname, right)
    const keptLeft = fromRight && keptTitle(fromRight.title, fromRight.surname, left)
    if (keptRight && keptLeft) {
      jobTitlesKept.push({
        entry: describeFact(change),
        why: `left: …${keptLeft}…\n    right: …${keptRight}…`,
      })
    }
  }
  const subheadings = comparison.titles.filter(
    (change) => change.status === 'changed' && !change.headline,
  )
  const subheadingsUnlinked: TitleDoubt[] = []
  for (const change of subheadings) {
    if (!change.left || !change.right) continue
    const a = sectionOf(left, change.left.paragraph)
    const b = sectionOf(right, change.right.paragraph)
    const fromA = comparison.links.filter((link) => a.has(link.left))
    const intoB = comparison.links.filter((link) => b.has(link.right))
    const between = fromA.filter((link) => b.has(link.right))
    if (fromA.length > 0 && intoB.length > 0 && between.length === 0) {
      subheadingsUnlinked.push({
        entry: describeTitle(change),
        why: `${fromA.length} links leave the left section, ${intoB.length} enter the right one, none between them`,
      })
    }
  }
  return {
    jobTitleChanges: jobTitles.length,
    jobTitlesKept,
    subheadingChanges: subheadings.length,
    subheadingsUnlinked,
  }
}
