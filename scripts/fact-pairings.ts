/**
 * Lists the fact lens's `changed` entries with the sentences their two sides stand in, for
 * `npm run eval:lenses` to print the weakest first: there is no gold for which two facts are one
 * fact changed, so a person has to read them, and two sentences that share few words are where a
 * pairing of two different facts ("10 rebounds" → "about 30 minutes") shows.
 */
import { splitSentenceRanges } from '../src/core'
import type { Comparison, FactKind, SideText } from '../src/core'

/** One `changed` fact entry, with its sentences and how many words they share. */
export interface FactPairing {
  readonly kind: FactKind
  readonly left: string
  readonly right: string
  readonly leftSentence: string
  readonly rightSentence: string
  /** Content words the two sentences share, over the fewer of theirs (0–1), facts left out. */
  readonly shared: number
}

/** Every `changed` fact entry of a comparison, in the lens's order. */
export function factPairings(comparison: Comparison): ReadonlyArray<FactPairing> {
  return comparison.facts.flatMap((change): ReadonlyArray<FactPairing> => {
    if (change.status !== 'changed' || !change.left || !change.right) return []
    const leftSentence = sentenceOf(comparison.left.paragraphs, change.left)
    const rightSentence = sentenceOf(comparison.right.paragraphs, change.right)
    const [a, b] = [
      contentWords(leftSentence, change.left.text),
      contentWords(rightSentence, change.right.text),
    ]
    const common = [...a].filter((word) => b.has(word)).length
    const fewer = Math.min(a.size, b.size)
    return [
      {
        kind: change.kind,
        left: change.left.text,
        right: change.right.text,
        leftSentence,
        rightSentence,
        shared: fewer === 0 ? 0 : common / fewer,
      },
    ]
  })
}

/** The sentence of a paragraph that holds a side's first span, by the one sentence splitter. */
function sentenceOf(paragraphs: ReadonlyArray<{ readonly text: string }>, side: SideText): string {
  const span = side.spans[0]
  if (!span) return side.text
  const text = paragraphs[span.paragraph]?.text ?? ''
  const sentence = splitSentenceRanges(text).find(
    (range) => range.start <= span.start && span.start < range.end,
  )
  return sentence ? text.slice(sentence.start, sentence.end) : text
}

const STOP = new Set(
  'the and for that with from this was were are has have had its his her their they said says will would been not but who which when where what than then also into over after about more'.split(
    ' ',
  ),
)

/** Lower-cased words of three letters or more, without stop words and the fact's own words. */
function contentWords(sentence: string, fact: string): ReadonlySet<string> {
  const words = (text: string): ReadonlyArray<string> =>
    (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !STOP.has(word))
  const own = new Set(words(fact))
  return new Set(words(sentence).filter((word) => !own.has(word)))
}
