import type { AlignedRow, CompareOptions, FactChange, Paragraph, SideText } from '../types'
import type { Fact, NameLexicon } from './fact'
import { normalizeFactText } from './fact'
import { analyseText, learnNames } from './entities'
import type { AnalysedText } from './entities'
import { extractFacts } from './extract-facts'

/** A fact and the paragraph it was found in. */
interface Located {
  readonly fact: Fact
  readonly paragraph: number
  /** Content-word stems of the sentence around the fact, for pairing facts that changed. */
  readonly context: ReadonlySet<string>
}

interface Side {
  readonly paragraphs: ReadonlyArray<Paragraph>
  /** Facts per paragraph index; boilerplate and headings have none (see `isFactual`). */
  readonly facts: ReadonlyArray<ReadonlyArray<Located>>
  /** Identities of every fact the article states anywhere, headings included. */
  readonly identities: ReadonlySet<string>
  /**
   * Every run of up to four words of the article that starts with a capital, lower-cased; built
   * on first use, as most comparisons never need it.
   */
  readonly grams: () => ReadonlySet<string>
}

// Two facts of one kind and key are only a change of each other when their sentences share at
// least this many content words; otherwise "on Wednesday" and "on Tuesday" in different sentences
// of a merged row would be reported as a change of date. Three is the fewest that still pairs
// "last year" with "last August" in the seeds' Kursk sentences (visit, region, Ukraine).
const MIN_SHARED_CONTEXT = 3

const STOP_WORDS = new Set(
  'the and that this with from have has had was were are for not but his her their its they will would could should been being than then which who whom what when where while also into about after before over said says told since between among during more'.split(
    ' ',
  ),
)

/** The content-word stems of each sentence of an analysed paragraph. */
function sentenceStems(analysis: AnalysedText): ReadonlyArray<ReadonlySet<string>> {
  const sentences: Array<Set<string>> = []
  for (const token of analysis.tokens) {
    const stems = sentences[token.sentence] ?? new Set<string>()
    sentences[token.sentence] = stems
    // A five-letter prefix is a crude stem, but it lets "visited"/"visit" and
    // "Ukraine"/"Ukrainian" meet without a morphology library.
    if (token.lower.length >= 3 && /^\p{L}/u.test(token.lower) && !STOP_WORDS.has(token.lower)) {
      stems.add(token.lower.slice(0, 5))
    }
  }
  return sentences
}

/** The stems of the fact's sentence, without the fact's own words. */
function contextOf(
  analysis: AnalysedText,
  sentences: ReadonlyArray<ReadonlySet<string>>,
  fact: Fact,
): ReadonlySet<string> {
  const inside = analysis.tokens.filter(
    (token) => token.start >= fact.start && token.end <= fact.end,
  )
  const first = inside[0] ?? analysis.tokens.find((token) => token.start >= fact.start)
  const own = new Set(inside.map((token) => token.lower.slice(0, 5)))
  const sentence = first ? (sentences[first.sentence] ?? new Set<string>()) : new Set<string>()
  return new Set([...sentence].filter((stem) => !own.has(stem)))
}

/** Every run of one to four words starting with a capital, for finding a name anywhere. */
function nameGrams(analyses: ReadonlyArray<AnalysedText | null>): ReadonlySet<string> {
  const grams = new Set<string>()
  for (const analysis of analyses) {
    if (!analysis) continue
    const { tokens } = analysis
    tokens.forEach((token, start) => {
      if (!token.capitalised) return
      let gram = token.lower
      grams.add(gram)
      for (let next = start + 1; next < start + 4 && next < tokens.length; next += 1) {
        gram = `${gram} ${tokens[next]?.lower ?? ''}`
        grams.add(gram)
      }
    })
  }
  return grams
}

function identityOf(fact: Fact): string {
  // A person is the same person whatever title they are given; a title change is a `changed`.
  return fact.kind === 'person' ? `person:${fact.key}` : `${fact.kind}:${fact.key}=${fact.value}`
}

/**
 * Headings are left to the titles lens (it shows their word diff), and title case defeats the
 * capitalisation cues names are found by; boilerplate is never reported.
 */
function isFactual(paragraph: Paragraph): boolean {
  return paragraph.kind === 'paragraph' || paragraph.kind === 'list-item'
}

/** The facts of one analysed text and each one's context, found once however often it recurs. */
interface TextFacts {
  readonly facts: ReadonlyArray<Fact>
  readonly contexts: () => ReadonlyArray<ReadonlySet<string>>
}

function textFactsOf(analysis: AnalysedText, lexicon: NameLexicon): TextFacts {
  const facts = extractFacts(analysis, lexicon)
  let contexts: ReadonlyArray<ReadonlySet<string>> | null = null
  return {
    facts,
    contexts: () => {
      if (contexts === null) {
        const sentences = sentenceStems(analysis)
        contexts = facts.map((fact) => contextOf(analysis, sentences, fact))
      }
      return contexts
    },
  }
}

function describeSide(
  paragraphs: ReadonlyArray<Paragraph>,
  analyses: ReadonlyArray<AnalysedText | null>,
  lexicon: NameLexicon,
  known: Map<AnalysedText, TextFacts>,
): Side {
  const identities = new Set<string>()
  const facts = paragraphs.map((paragraph, position) => {
    const analysis = analyses[position]
    if (!analysis) return []
    let text = known.get(analysis)
    if (text === undefined) {
      text = textFactsOf(analysis, lexicon)
      known.set(analysis, text)
    }
    for (const fact of text.facts) identities.add(identityOf(fact))
    if (!isFactual(paragraph)) return []
    const contexts = text.contexts()
    return text.facts.map((fact, index) => ({
      fact,
      paragraph: paragraph.index,
      context: contexts[index] ?? new Set<string>(),
    }))
  })
  let grams: ReadonlySet<string> | null = null
  return {
    paragraphs,
    facts,
    identities,
    grams: () => (grams ??= nameGrams(distinctAnalyses(analyses))),
  }
}

/** Each analysis once: a paragraph repeated (within or across the articles) shares its analysis. */
function distinctAnalyses<T extends AnalysedText | null>(analyses: ReadonlyArray<T>): T[] {
  return [...new Set(analyses)]
}

/** True when the other article states this fact somewhere (so it is not new, only moved). */
function statedIn(side: Side, fact: Fact): boolean {
  if (side.identities.has(identityOf(fact))) return true
  if (fact.kind === 'place' || fact.kind === 'organization' || fact.kind === 'person') {
    const name = fact.kind === 'person' ? fact.key : normalizeFactText(fact.text)
    return side.grams().has(
      analyseText(name)
        .tokens.map((token) => token.lower)
        .join(' '),
    )
  }
  return false
}

function sideText(located: Located): SideText {
  return { text: located.fact.text, paragraph: located.paragraph }
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0
  for (const stem of a) if (b.has(stem)) count += 1
  return count
}

/** Drops repeated mentions of one value within one side of a row. */
function distinct(facts: ReadonlyArray<Located>): ReadonlyArray<Located> {
  const seen = new Set<string>()
  return facts.filter(({ fact }) => {
    const identity = identityOf(fact)
    if (seen.has(identity)) return false
    seen.add(identity)
    return true
  })
}

interface Pairing<T extends Located> {
  readonly changed: ReadonlyArray<readonly [T, T]>
  readonly removed: ReadonlyArray<T>
  readonly added: ReadonlyArray<T>
}

/** Pairs facts that may be one fact changed and whose sentences are about one thing. */
function pairByContext<T extends Located>(
  left: ReadonlyArray<T>,
  right: ReadonlyArray<T>,
): Pairing<T> {
  const byKey = new Map<string, T[]>()
  for (const b of right) {
    const key = `${b.fact.kind}:${b.fact.key}`
    const group = byKey.get(key)
    if (group) group.push(b)
    else byKey.set(key, [b])
  }
  const candidates = left
    .flatMap((a) =>
      (byKey.get(`${a.fact.kind}:${a.fact.key}`) ?? []).map((b) => ({
        a,
        b,
        score: shared(a.context, b.context),
      })),
    )
    .filter(({ score }) => score >= MIN_SHARED_CONTEXT)
    .sort((x, y) => y.score - x.score)
  const changed: Array<readonly [T, T]> = []
  const usedLeft = new Set<T>()
  const usedRight = new Set<T>()
  for (const { a, b } of candidates) {
    if (usedLeft.has(a) || usedRight.has(b)) continue
    usedLeft.add(a)
    usedRight.add(b)
    changed.push([a, b])
  }
  return {
    changed,
    removed: left.filter((located) => !usedLeft.has(located)),
    added: right.filter((located) => !usedRight.has(located)),
  }
}

/** The facts one side of a row states that the other side does not. */
function unmatched(
  facts: ReadonlyArray<Located>,
  other: ReadonlyArray<Located>,
): ReadonlyArray<Located> {
  const identities = new Set(other.map(({ fact }) => identityOf(fact)))
  return facts.filter(({ fact }) => !identities.has(identityOf(fact)))
}

/**
 * A job title differs when the person's titles on the other side (in the row when it names them
 * with a title, else anywhere in the article) all differ from it.
 */
function titleCounterpart(
  mention: Located,
  row: ReadonlyArray<Located>,
  article: ReadonlyMap<string, ReadonlyArray<Located>>,
): Located | null {
  const inRow = row.filter(
    ({ fact }) => fact.kind === 'person' && fact.key === mention.fact.key && fact.value !== '',
  )
  const others = inRow.length > 0 ? inRow : (article.get(mention.fact.key) ?? [])
  if (others.length === 0 || others.some(({ fact }) => fact.value === mention.fact.value)) {
    return null
  }
  return others[0] ?? null
}

/** Every mention of a person with a job title, by surname. */
function titledPeople(side: Side): ReadonlyMap<string, ReadonlyArray<Located>> {
  const bySurname = new Map<string, Located[]>()
  for (const located of side.facts.flat()) {
    if (located.fact.kind !== 'person' || located.fact.value === '') continue
    const mentions = bySurname.get(located.fact.key) ?? []
    mentions.push(located)
    bySurname.set(located.fact.key, mentions)
  }
  return bySurname
}

/** A fact one row added or removed, before pairing across rows. */
interface Pending extends Located {
  readonly row: number
  /** The row has paragraphs on one side only (an added or removed row). */
  readonly oneSided: boolean
}

function rowFacts(side: Side, indices: ReadonlyArray<number>): ReadonlyArray<Located> {
  return indices.flatMap((index) => side.facts[index] ?? [])
}

/**
 * Facts (numbers, dates, people, organisations, places, sources) that differ per aligned row.
 * Values are compared normalised (case, typography, "US"/"United States"), whatever the options.
 */
export function compareFacts(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  rows: ReadonlyArray<AlignedRow>,
  _options: CompareOptions,
): ReadonlyArray<FactChange> {
  // Most paragraphs of a rewrite are unchanged: each distinct text is analysed once.
  const analysed = new Map<string, AnalysedText>()
  const analyse = (paragraph: Paragraph): AnalysedText | null => {
    if (paragraph.kind === 'boilerplate') return null
    let analysis = analysed.get(paragraph.text)
    if (analysis === undefined) {
      analysis = analyseText(paragraph.text)
      analysed.set(paragraph.text, analysis)
    }
    return analysis
  }
  const leftAnalyses = left.map(analyse)
  const rightAnalyses = right.map(analyse)
  const factual = (
    paragraphs: ReadonlyArray<Paragraph>,
    analyses: ReadonlyArray<AnalysedText | null>,
  ): ReadonlyArray<AnalysedText> =>
    analyses.filter(
      (analysis, position): analysis is AnalysedText =>
        analysis !== null && paragraphs[position] !== undefined && isFactual(paragraphs[position]),
    )
  // Names are learned from both articles: "Donald Trump" on one side makes "Trump" a person on both.
  // Learning from a text twice learns nothing more.
  const lexicon = learnNames(
    distinctAnalyses([...factual(left, leftAnalyses), ...factual(right, rightAnalyses)]),
  )
  const textFacts = new Map<AnalysedText, TextFacts>()
  const leftSide = describeSide(left, leftAnalyses, lexicon, textFacts)
  const rightSide = describeSide(right, rightAnalyses, lexicon, textFacts)
  const leftTitles = titledPeople(leftSide)
  const rightTitles = titledPeople(rightSide)
  const reported = new Set<string>()
  const events: Array<{ readonly row: number; readonly change: FactChange }> = []
  const report = (row: number, key: string, change: FactChange): void => {
    if (reported.has(key)) return
    reported.add(key)
    events.push({ row, change })
  }
  const removedLeft: Pending[] = []
  const addedRight: Pending[] = []

  rows.forEach((row, rowIndex) => {
    const leftRow = rowFacts(leftSide, row.left)
    const rightRow = rowFacts(rightSide, row.right)
    for (const mention of leftRow) {
      if (mention.fact.kind !== 'person' || mention.fact.value === '') continue
      const other = titleCounterpart(mention, rightRow, rightTitles)
      if (!other) continue
      report(rowIndex, `title:${mention.fact.key}:${mention.fact.value}>${other.fact.value}`, {
        kind: 'person',
        status: 'changed',
        left: sideText(mention),
        right: sideText(other),
      })
    }
    for (const mention of rightRow) {
      if (mention.fact.kind !== 'person' || mention.fact.value === '') continue
      const other = titleCounterpart(mention, leftRow, leftTitles)
      if (!other) continue
      report(rowIndex, `title:${mention.fact.key}:${other.fact.value}>${mention.fact.value}`, {
        kind: 'person',
        status: 'changed',
        left: sideText(other),
        right: sideText(mention),
      })
    }
    const leftFacts = distinct(leftRow)
    const rightFacts = distinct(rightRow)
    const paired = pairByContext(unmatched(leftFacts, rightFacts), unmatched(rightFacts, leftFacts))
    const oneSided = row.left.length === 0 || row.right.length === 0
    for (const [a, b] of paired.changed) {
      report(rowIndex, `changed:${identityOf(a.fact)}>${identityOf(b.fact)}`, {
        kind: a.fact.kind,
        status: 'changed',
        left: sideText(a),
        right: sideText(b),
      })
    }
    // A fact stated elsewhere in the other article moved rather than appeared or vanished.
    for (const located of paired.removed) {
      if (!statedIn(rightSide, located.fact)) {
        removedLeft.push({ ...located, row: rowIndex, oneSided })
      }
    }
    for (const located of paired.added) {
      if (!statedIn(leftSide, located.fact)) {
        addedRight.push({ ...located, row: rowIndex, oneSided })
      }
    }
  })

  // A statement the alignment left unlinked (a removed row here, an added row there) may carry a
  // changed fact ("last year" → "last August"); only such rows are paired across, so facts of rows
  // the alignment did pair are never matched with unrelated ones elsewhere.
  const across = pairByContext(
    removedLeft.filter((located) => located.oneSided),
    addedRight.filter((located) => located.oneSided),
  )
  for (const [a, b] of across.changed) {
    report(Math.min(a.row, b.row), `changed:${identityOf(a.fact)}>${identityOf(b.fact)}`, {
      kind: a.fact.kind,
      status: 'changed',
      left: sideText(a),
      right: sideText(b),
    })
  }
  const pairedAcross = new Set<Pending>(across.changed.flat())
  for (const located of removedLeft.filter((pending) => !pairedAcross.has(pending))) {
    report(located.row, `removed:${identityOf(located.fact)}`, {
      kind: located.fact.kind,
      status: 'removed',
      left: sideText(located),
      right: null,
    })
  }
  for (const located of addedRight.filter((pending) => !pairedAcross.has(pending))) {
    report(located.row, `added:${identityOf(located.fact)}`, {
      kind: located.fact.kind,
      status: 'added',
      left: null,
      right: sideText(located),
    })
  }
  // Stable sort: within a row, title changes, then changed, removed and added facts.
  return events.sort((a, b) => a.row - b.row).map(({ change }) => change)
}
