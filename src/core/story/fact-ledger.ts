import { analyseText, learnNames } from '../facts/entities'
import type { AnalysedText } from '../facts/entities'
import { extractFacts } from '../facts/extract-facts'
import type { Fact } from '../facts/fact'
import type { CompareOptions, FactKind, Paragraph } from '../types'
import { changedSpans } from './changed-spans'
import type { FactRow, PresenceCell } from './story-types'

interface Located {
  readonly fact: Fact
  readonly paragraph: number
}

/**
 * The fact ledger: one row per fact (kind and subject) across the versions, each version's value
 * as written; rows where the versions that state a fact disagree come first.
 */
export function buildFactLedger(
  versions: ReadonlyArray<ReadonlyArray<Paragraph>>,
  order: ReadonlyArray<number>,
  options: CompareOptions,
): ReadonlyArray<FactRow> {
  // Each distinct paragraph is analysed once: versions copy many paragraphs verbatim.
  const analysed = new Map<string, AnalysedText>()
  const analyses = versions.map((paragraphs) =>
    paragraphs
      .filter((paragraph) => paragraph.kind === 'paragraph' || paragraph.kind === 'list-item')
      .map((paragraph) => {
        let analysis = analysed.get(paragraph.text)
        if (analysis === undefined) {
          analysis = analyseText(paragraph.text)
          analysed.set(paragraph.text, analysis)
        }
        return { paragraph: paragraph.index, analysis }
      }),
  )
  // Names are learned from every version: "Donald Trump" in one makes "Trump" a person in all.
  const lexicon = learnNames([...analysed.values()])
  const found = new Map<AnalysedText, ReadonlyArray<Fact>>()
  const rows = new Map<string, { kind: FactKind; subject: string; byVersion: Located[][] }>()
  analyses.forEach((items, version) => {
    for (const { paragraph, analysis } of items) {
      let facts = found.get(analysis)
      if (facts === undefined) {
        facts = extractFacts(analysis, lexicon)
        found.set(analysis, facts)
      }
      for (const fact of facts) {
        const id = `${fact.kind}:${fact.key}`
        let row = rows.get(id)
        if (row === undefined) {
          row = {
            kind: fact.kind,
            subject: fact.key,
            byVersion: versions.map(() => []),
          }
          rows.set(id, row)
        }
        row.byVersion[version]!.push({ fact, paragraph })
      }
    }
  })
  const rank = new Map(order.map((version, position) => [version, position]))
  return [...rows.values()]
    .map((row) => buildRow(row.kind, row.subject, row.byVersion, order, options))
    .sort(
      (a, b) =>
        Number(b.row.disagree) - Number(a.row.disagree) ||
        b.present - a.present ||
        rank.get(a.row.reference)! - rank.get(b.row.reference)! ||
        a.paragraph - b.paragraph ||
        a.start - b.start,
    )
    .map((placed) => placed.row)
}

function buildRow(
  kind: FactKind,
  subject: string,
  byVersion: ReadonlyArray<ReadonlyArray<Located>>,
  order: ReadonlyArray<number>,
  options: CompareOptions,
): {
  readonly row: FactRow
  readonly present: number
  readonly paragraph: number
  readonly start: number
} {
  // A person named without a title states no title: only titles given can disagree.
  const valuesOf = (mentions: ReadonlyArray<Located>): ReadonlyArray<string> =>
    mentions.map(({ fact }) => fact.value).filter((value) => kind !== 'person' || value !== '')
  const votes = new Map<string, number>()
  for (const mentions of byVersion) {
    for (const value of new Set(valuesOf(mentions))) votes.set(value, (votes.get(value) ?? 0) + 1)
  }
  const consensus = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  // Each version's cell is its mention of the common value when it has one, else its first.
  const chosen = byVersion.map(
    (mentions) =>
      mentions.find(({ fact }) => fact.value === consensus) ??
      mentions.find(({ fact }) => kind !== 'person' || fact.value !== '') ??
      mentions[0] ??
      null,
  )
  const stated = chosen
    .map((located) => located?.fact.value ?? '')
    .filter((value, index) => chosen[index] !== null && (kind !== 'person' || value !== ''))
  const disagree = new Set(stated).size > 1
  const reference = order.find((version) => chosen[version] !== null) ?? 0
  const referenceFact = chosen[reference]?.fact ?? null
  const cells: PresenceCell[] = chosen.map((located, article) =>
    located === null
      ? { article, status: 'absent', text: null, paragraph: null, spans: [] }
      : {
          article,
          status: 'present',
          text: located.fact.text,
          paragraph: located.paragraph,
          spans:
            referenceFact === null || located.fact.value === referenceFact.value
              ? []
              : changedSpans(referenceFact.text, located.fact.text, options),
        },
  )
  return {
    row: { kind, subject, disagree, reference, cells },
    present: chosen.filter((located) => located !== null).length,
    paragraph: chosen[reference]?.paragraph ?? 0,
    start: referenceFact?.start ?? 0,
  }
}
