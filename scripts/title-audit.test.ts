import { describe, expect, it } from 'vitest'
import { compareArticles } from '../src/core'
import type { Comparison, FactChange, SideText, TitleChange } from '../src/core'
import { auditTitles } from './title-audit'

function side(text: string, whole: string, paragraph = 0): SideText {
  const start = whole.indexOf(text)
  return { text, paragraph, spans: [{ paragraph, start, end: start + text.length }] }
}

function comparisonOf(
  left: string,
  right: string,
  facts: ReadonlyArray<FactChange> = [],
  titles?: ReadonlyArray<TitleChange>,
): Comparison {
  const compared = compareArticles({ path: 'a', text: left }, { path: 'b', text: right })
  return { ...compared, facts, titles: titles ?? compared.titles }
}

describe('auditTitles: job titles', () => {
  it('doubts a title change when each article gives the person the other’s title too', () => {
    // What the fact lens reported before it read "former Michigan Governor" and "CEO and co-founder".
    const left =
      'Romney is the son of former Governor of Michigan George W. Romney.\n\n' +
      'SeaMicro Chief Executive Andrew Feldman said the company had bidders.'
    const right =
      'Romney follows his father, former Michigan Governor George W. Romney.\n\n' +
      'SeaMicro CEO and co - founder Andrew Feldman said “ absolutely ”.'
    const audit = auditTitles(
      comparisonOf(left, right, [
        {
          kind: 'person',
          status: 'changed',
          left: side('former Governor of Michigan George W', left),
          right: side('Governor George W', right),
        },
        {
          kind: 'person',
          status: 'changed',
          left: side('Chief Executive Andrew Feldman', left, 1),
          right: side('founder Andrew Feldman', right, 1),
        },
      ]),
    )
    expect(audit.jobTitleChanges).toBe(2)
    // Feldman's right title adds the co-founder the left never names: not caught (a known gap).
    expect(audit.jobTitlesKept.map((doubt) => doubt.entry)).toEqual([
      '[person] "former Governor of Michigan George W" → "Governor George W"',
    ])
  })

  it('does not doubt a title one article rewrote or lengthened', () => {
    const left = "Mehdi Zareh, the head of Iran's Seismic Research Center, said there was no risk."
    const right = 'Mehdi Zareh, director of the seismological center in Tehran, dismissed concerns.'
    const audit = auditTitles(
      comparisonOf(left, right, [
        {
          kind: 'person',
          status: 'changed',
          left: side('Mehdi Zareh, the head', left),
          right: side('Mehdi Zareh, director', right),
        },
      ]),
    )
    expect(audit.jobTitlesKept).toEqual([])
    const before = 'President Donald Trump confirmed the talks.'
    const after = 'Putin may call former US President Donald Trump.'
    const grown = auditTitles(
      comparisonOf(before, after, [
        {
          kind: 'person',
          status: 'changed',
          left: side('President Donald Trump', before),
          right: side('former US President Donald Trump', after),
        },
      ]),
    )
    expect(grown.jobTitlesKept).toEqual([])
  })
})

describe('auditTitles: subheadings', () => {
  it('doubts a changed subheading whose section is linked only elsewhere', () => {
    const left = [
      'Talks begin',
      'US officials flew to Moscow on Tuesday for talks on a ceasefire in Ukraine.',
      'Fighting continues',
      'Russian drones struck the port of Odesa overnight, officials in the city said.',
    ].join('\n\n')
    const right = [
      'Talks begin',
      'Russian drones struck the port of Odesa overnight, officials in the city said.',
      'Moscow talks',
      'US officials flew to Moscow on Tuesday for talks on a ceasefire in Ukraine.',
    ].join('\n\n')
    const compared = comparisonOf(left, right)
    const heading = (text: string, paragraph: number): SideText => side(text, text, paragraph)
    const audit = auditTitles({
      ...compared,
      titles: [
        {
          status: 'changed',
          headline: false,
          left: heading('Fighting continues', 2),
          right: heading('Moscow talks', 2),
        },
      ],
    })
    expect(compared.left.paragraphs[2]?.kind).toBe('heading')
    expect(audit.subheadingChanges).toBe(1)
    expect(audit.subheadingsUnlinked.map((doubt) => doubt.entry)).toEqual([
      '[subheading] "Fighting continues" → "Moscow talks"',
    ])
  })
})
