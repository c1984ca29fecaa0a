import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles'
import { DEFAULT_COMPARE_OPTIONS } from '../types'
import type { DiffToken, Paragraph, ParagraphKind, ParagraphLink, TitleChange } from '../types'
import { planRows } from '../alignment/row-groups'
import { compareTitles, findHeadline } from './compare-titles'

function article(...entries: ReadonlyArray<readonly [ParagraphKind, string]>): Paragraph[] {
  return entries.map(([kind, text], index) => ({ index, kind, text }))
}

function link(left: number, right: number, similarity = 0.8): ParagraphLink {
  return { left, right, similarity }
}

/** A word diff as `[-removed-]{+added+}` around the equal text. */
function serialise(tokens: ReadonlyArray<DiffToken> | undefined): string {
  return (tokens ?? [])
    .map((token) =>
      token.type === 'equal'
        ? token.text
        : token.type === 'removed'
          ? `[-${token.text}-]`
          : `{+${token.text}+}`,
    )
    .join('')
}

/** A title change as `status[ H]: ¶left text → ¶right text`, plus its diff when changed. */
function describeTitle(change: TitleChange): string {
  const side = (text: TitleChange['left']): string =>
    text ? `¶${text.paragraph} ${text.text}` : '∅'
  const head = `${change.status}${change.headline ? ' H' : ''}: ${side(change.left)} → ${side(change.right)}`
  return change.status === 'changed' ? `${head} | ${serialise(change.tokens)}` : head
}

function titles(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  links: ReadonlyArray<ParagraphLink>,
): string[] {
  // Rows as the aligner plans them from these links, the two top headings sharing one.
  const headlines = left[0]?.kind === 'heading' && right[0]?.kind === 'heading'
  const rows = planRows({
    leftCount: left.length,
    rightCount: right.length,
    links,
    forcedPairs: headlines ? [[0, 0]] : [],
  }).map((row) => ({ ...row, similarity: 0, tokens: [] }))
  return compareTitles(left, right, rows, links, DEFAULT_COMPARE_OPTIONS).map(describeTitle)
}

describe('findHeadline', () => {
  it('takes a first paragraph marked as a heading, or a short first line without a full stop', () => {
    expect(findHeadline(article(['heading', 'Talks begin'], ['paragraph', 'Text.']))?.text).toBe(
      'Talks begin',
    )
    expect(
      findHeadline(article(['paragraph', 'Trump sends envoy to Moscow'], ['paragraph', 'Text.']))
        ?.text,
    ).toBe('Trump sends envoy to Moscow')
  })

  it('looks past a timestamp or byline above the headline', () => {
    expect(
      findHeadline(
        article(
          ['boilerplate', '3 / 27 / 2012 @ 10: 05AM'],
          ['heading', 'AMD Completes SeaMicro Acquisition'],
          ['paragraph', 'AMD has completed its acquisition of SeaMicro.'],
        ),
      )?.text,
    ).toBe('AMD Completes SeaMicro Acquisition')
  })

  it('does not take a lead paragraph for a headline', () => {
    expect(
      findHeadline(
        article(
          ['paragraph', 'US officials are set to travel to Russia for talks on a ceasefire.'],
          ['paragraph', 'More text.'],
        ),
      ),
    ).toBeNull()
  })
})

describe('compareTitles', () => {
  it('pairs the headlines and gives their word diff', () => {
    const left = article(['heading', 'Trump sends officials to Moscow'], ['paragraph', 'Body.'])
    const right = article(['heading', 'Trump sends envoy to Moscow'], ['paragraph', 'Body.'])
    expect(titles(left, right, [link(1, 1)])).toEqual([
      'changed H: ¶0 Trump sends officials to Moscow → ¶0 Trump sends envoy to Moscow | Trump sends [-officials-]{+envoy+} to Moscow',
    ])
  })

  it('reports a headline equal up to typography as unchanged', () => {
    const left = article(['heading', 'Putin’s visit to Kursk'], ['paragraph', 'Body.'])
    const right = article(['heading', "Putin's visit to Kursk"], ['paragraph', 'Body.'])
    expect(titles(left, right, [])).toEqual([
      "unchanged H: ¶0 Putin’s visit to Kursk → ¶0 Putin's visit to Kursk",
    ])
  })

  it('reads a headline broken over two title-case lines as one headline, not a headline and a subheading', () => {
    const left = article(['heading', 'Deputy Shot Dead in Gardens'], ['paragraph', 'Body.'])
    const right = article(
      ['heading', 'Gardens Gang Member'],
      ['heading', 'Charged with Murdering Deputy'],
      ['paragraph', 'Body.'],
    )
    const rows = [
      { left: [0], right: [0, 1], op: 'split' as const, similarity: 0.3, tokens: [] },
      { left: [1], right: [2], op: 'equal' as const, similarity: 1, tokens: [] },
    ]
    const describe = (l: ReadonlyArray<Paragraph>, r: ReadonlyArray<Paragraph>): string[] =>
      compareTitles(l, r, rows, [link(1, 2)], DEFAULT_COMPARE_OPTIONS).map(
        (change) =>
          `${change.status}${change.headline ? ' H' : ''}: ${change.left?.text ?? '∅'} → ${change.right?.text ?? '∅'} ${change.right?.spans.length ?? 0}`,
      )
    expect(describe(left, right)).toEqual([
      'changed H: Deputy Shot Dead in Gardens → Gardens Gang Member … Charged with Murdering Deputy 2',
    ])
    // A deck in sentence case under the headline stays a subheading of its own.
    const deck = article(
      ['heading', 'Gardens Gang Member Charged'],
      ['heading', 'Prosecutors seek the death penalty'],
      ['paragraph', 'Body.'],
    )
    expect(describe(left, deck)).toEqual([
      'changed H: Deputy Shot Dead in Gardens → Gardens Gang Member Charged 1',
      'added: ∅ → Prosecutors seek the death penalty 1',
    ])
  })

  it('reports a headline only one version has', () => {
    const left = article(
      ['heading', 'Talks begin'],
      ['paragraph', 'US officials are heading to Moscow.'],
    )
    const right = article(['paragraph', 'US officials are heading to Moscow.'])
    expect(titles(left, right, [link(1, 0)])).toEqual(['removed H: ¶0 Talks begin → ∅'])
  })

  it('does not pair subheadings the rows do not pair, even when their sections are linked', () => {
    const left = article(
      ['heading', 'Headline'],
      ['paragraph', 'Lead.'],
      ['heading', 'Fighting continues'],
      ['paragraph', 'Drones struck Odesa.'],
      ['paragraph', 'Troops withdrew from Kursk.'],
    )
    const right = article(
      ['heading', 'Headline'],
      ['paragraph', 'Lead.'],
      ['heading', 'Tensions persist on the ground'],
      ['paragraph', 'Drones hit Odesa.'],
      ['paragraph', 'Troops pulled back from Kursk.'],
    )
    expect(titles(left, right, [link(1, 1), link(3, 3), link(4, 4)])).toEqual([
      'unchanged H: ¶0 Headline → ¶0 Headline',
      'removed: ¶2 Fighting continues → ∅',
      'added: ∅ → ¶2 Tensions persist on the ground',
    ])
  })

  it('reports subheadings whose sections went elsewhere as removed and new ones as added', () => {
    const left = article(
      ['paragraph', 'Lead about talks.'],
      ['heading', 'What next?'],
      ['paragraph', 'Questions remain.'],
    )
    const right = article(
      ['paragraph', 'Lead about talks.'],
      ['paragraph', 'Questions remain.'],
      ['heading', 'Trump’s leverage'],
      ['paragraph', 'Trump hinted at sanctions.'],
    )
    // "What next?" heads a paragraph the rewrite moved into its lead, under no subheading.
    expect(titles(left, right, [link(0, 0), link(2, 1)])).toEqual([
      'removed: ¶1 What next? → ∅',
      'added: ∅ → ¶2 Trump’s leverage',
    ])
  })

  it('does not report two subheadings of one row as changed when their sections are linked elsewhere', () => {
    const left = article(
      ['paragraph', 'Lead about talks.'],
      ['paragraph', 'Zelensky met officials in Jeddah.'],
      ['heading', 'Fighting continues amid talks'],
      ['paragraph', 'Drones struck Odesa.'],
    )
    const right = article(
      ['paragraph', 'Lead about talks.'],
      ['heading', 'Progress on talks'],
      ['paragraph', 'Zelensky spoke in Jeddah.'],
      ['heading', 'Tensions persist'],
      ['paragraph', 'Drones hit Odesa.'],
    )
    // The headings share a row, but the fighting section went under "Tensions persist" and the
    // section under "Progress on talks" comes from before the fighting subheading.
    const links = [link(0, 0), link(1, 2), link(2, 1, 0.34), link(3, 4)]
    expect(titles(left, right, links).sort()).toEqual([
      'added: ∅ → ¶1 Progress on talks',
      'added: ∅ → ¶3 Tensions persist',
      'removed: ¶2 Fighting continues amid talks → ∅',
    ])
  })

  it('pairs subheadings of one row whose sections are linked to each other, or not linked at all', () => {
    const left = article(
      ['paragraph', 'Lead.'],
      ['heading', 'Who leads the talks?'],
      ['paragraph', 'Witkoff will lead them.'],
      ['heading', 'What next?'],
      ['paragraph', 'Questions remain.'],
    )
    const right = article(
      ['paragraph', 'Lead.'],
      ['heading', 'Delegation prepares'],
      ['paragraph', 'Witkoff is leading them.'],
      ['heading', 'Outlook'],
      ['paragraph', 'Nobody knows.'],
    )
    expect(titles(left, right, [link(0, 0), link(1, 1), link(2, 2), link(3, 3)])).toEqual([
      'changed: ¶1 Who leads the talks? → ¶1 Delegation prepares | [-Who leads the talks?-]{+Delegation prepares+}',
      'changed: ¶3 What next? → ¶3 Outlook | [-What next?-]{+Outlook+}',
    ])
  })

  it('pairs subheadings that are linked themselves', () => {
    const left = article(['paragraph', 'Lead.'], ['heading', 'Who leads the Moscow talks?'])
    const right = article(['paragraph', 'Lead.'], ['heading', 'Who is leading the Moscow talks?'])
    expect(titles(left, right, [link(0, 0), link(1, 1)])).toEqual([
      'changed: ¶1 Who leads the Moscow talks? → ¶1 Who is leading the Moscow talks? | Who [-leads-]{+is leading+} the Moscow talks?',
    ])
  })
})

function seed(name: string): { readonly path: string; readonly text: string } {
  return {
    path: name,
    text: readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8'),
  }
}

describe('compareTitles on the seed articles (through compareArticles)', () => {
  it('pairs 003’s and 004’s subheadings over the Moscow talks', () => {
    const comparison = compareArticles(
      seed('003_b01608b6cce9594e.txt'),
      seed('004_e5306c6442d6f8c1.txt'),
    )
    expect(comparison.titles.map(describeTitle)).toContain(
      'changed: ¶5 Who is Leading the Moscow Talks? → ¶7 U.S. Delegation Prepares for Moscow Talks | [-Who is Leading the-]{+U.S. Delegation Prepares for+} Moscow Talks[-?-]',
    )
  })

  it('pairs two headlines when one reads as a title without being marked a heading', () => {
    const body = [
      'The Indian Navy foiled a pirate attack on a merchant ship in the Gulf of Aden on Friday.',
      'Sailors from the patrol ship Sukanya detained 26 pirates and seized their weapons.',
    ]
    const comparison = compareArticles(
      {
        path: 'a.txt',
        text: [
          'Navy foils attack in Gulf of Aden, nabs 26 pirates',
          'Mumbai, Nov 11 -',
          ...body,
        ].join('\n'),
      },
      { path: 'b.txt', text: ['Naval Ship Stops Three Pirate Vessels', ...body].join('\n') },
    )
    expect(comparison.left.paragraphs[0]?.kind).toBe('paragraph')
    expect(
      comparison.titles.map((title) => `${title.status}${title.headline ? ' H' : ''}`),
    ).toEqual(['changed H'])
  })

  it('pairs two headlines when one page has a timestamp above its headline', () => {
    const body = [
      'AMD has bought the server maker SeaMicro for $334 million, the chip maker said on Wednesday.',
      'SeaMicro makes low-power servers built from hundreds of small processors.',
    ]
    const comparison = compareArticles(
      { path: 'a.txt', text: ['AMD to Acquire Server Innovator SeaMicro', ...body].join('\n\n') },
      {
        path: 'b.txt',
        text: ['3 / 27 / 2012 @ 10: 05AM', 'AMD Completes SeaMicro Acquisition', ...body].join(
          '\n\n',
        ),
      },
    )
    expect(comparison.titles.map(describeTitle)).toEqual([
      'changed H: ¶0 AMD to Acquire Server Innovator SeaMicro → ¶1 AMD Completes SeaMicro Acquisition | AMD [-to Acquire Server Innovator SeaMicro-]{+Completes SeaMicro Acquisition+}',
    ])
  })

  it('reports 000’s headline as removed in 001, which has none', () => {
    const comparison = compareArticles(
      seed('000_cbc1d2b3e80d9033.txt'),
      seed('001_f9530f5110897cd7.txt'),
    )
    expect(comparison.titles.filter((title) => title.headline).map(describeTitle)).toEqual([
      'removed H: ¶0 Trump dispatches US officials to Moscow as Putin tours Kursk, where Russian forces push against Ukraine → ∅',
    ])
  })
})
