import { describe, expect, it } from 'vitest'
import { DEFAULT_COMPARE_OPTIONS } from '../types'
import type { Paragraph, ParagraphKind, WordVectors } from '../types'
import { alignParagraphs } from './align-paragraphs'
import type { Alignment } from './align-paragraphs'

const LIBRARY = 'The city council approved a new budget for public libraries on Tuesday.'
const FLOOD = 'Heavy rain flooded the railway station in Leeds, delaying thousands of commuters.'
const OCTOPUS = 'Scientists in Norway discovered a rare species of deep-sea octopus near the coast.'
const STADIUM = 'The football club announced that its stadium will be renamed after a local hero.'
const PRICES =
  'Electricity prices rose by twelve percent last winter, the energy regulator reported.'
const BAKERY = 'A new bakery opened on the high street, selling bread baked overnight.'
const HOSPITAL = 'The hospital hired forty nurses to shorten waiting lists this spring.'
const MARATHON = 'A marathon runner from Kenya broke the course record in Boston on Sunday.'

function article(...lines: ReadonlyArray<string | readonly [ParagraphKind, string]>): Paragraph[] {
  return lines.map((line, index) =>
    typeof line === 'string'
      ? { index, text: line, kind: 'paragraph' }
      : { index, kind: line[0], text: line[1] },
  )
}

function align(left: Paragraph[], right: Paragraph[], vectors: WordVectors | null = null) {
  const alignment = alignParagraphs(left, right, vectors, DEFAULT_COMPARE_OPTIONS)
  expectPartition(alignment, left.length, right.length)
  return alignment
}

/** Rows as `op left→right`, with ` from N` / ` to N,M` for moves. */
function showRows(alignment: Alignment): string[] {
  return alignment.rows.map(
    (row) =>
      `${row.op} ${row.left.join(',')}→${row.right.join(',')}` +
      (row.movedFrom !== undefined ? ` from ${row.movedFrom}` : '') +
      (row.movedTo ? ` to ${row.movedTo.join(',')}` : ''),
  )
}

function showLinks(alignment: Alignment): string[] {
  return alignment.links.map((link) => `${link.left}~${link.right}`)
}

function expectPartition(alignment: Alignment, leftCount: number, rightCount: number): void {
  const lefts = alignment.rows.flatMap((row) => row.left).sort((a, b) => a - b)
  const rights = alignment.rows.flatMap((row) => row.right).sort((a, b) => a - b)
  expect(lefts).toEqual([...Array(leftCount).keys()])
  expect(rights).toEqual([...Array(rightCount).keys()])
  // The rewrite's reading order.
  const firstRights = alignment.rows.flatMap((row) => row.right.slice(0, 1))
  expect(firstRights).toEqual([...firstRights].sort((a, b) => a - b))
}

describe('alignParagraphs', () => {
  it('pairs identical articles one to one', () => {
    const text = article(LIBRARY, FLOOD, OCTOPUS)
    const alignment = align(text, text)
    expect(showRows(alignment)).toEqual(['changed 0→0', 'changed 1→1', 'changed 2→2'])
    expect(showLinks(alignment)).toEqual(['0~0', '1~1', '2~2'])
    expect(alignment.links.every((link) => link.similarity === 1)).toBe(true)
  })

  it('marks a paragraph moved down, with where it came from', () => {
    const alignment = align(
      article(LIBRARY, FLOOD, OCTOPUS, STADIUM, PRICES),
      article(LIBRARY, OCTOPUS, STADIUM, PRICES, FLOOD),
    )
    expect(showRows(alignment)).toEqual([
      'changed 0→0 to 4',
      'changed 2→1',
      'changed 3→2',
      'changed 4→3',
      'moved 1→4 from 0',
    ])
  })

  it('keeps the longest in-order chain when the rewrite reorders throughout', () => {
    const alignment = align(
      article(LIBRARY, FLOOD, OCTOPUS, STADIUM, PRICES),
      article(OCTOPUS, LIBRARY, PRICES, FLOOD, STADIUM),
    )
    expect(showLinks(alignment)).toEqual(['0~1', '1~3', '2~0', '3~4', '4~2'])
    const moved = alignment.rows.filter((row) => row.op === 'moved')
    expect(moved).toHaveLength(2)
  })

  it('groups one paragraph split into two consecutive ones', () => {
    const alignment = align(
      article(
        LIBRARY,
        'The mayor opened the new bridge over the river on Monday. Engineers said the bridge ' +
          'cost 40 million pounds and took three years to build.',
        OCTOPUS,
      ),
      article(
        LIBRARY,
        'The mayor opened the new bridge over the river on Monday.',
        'Engineers said it took three years and 40 million pounds to build the bridge.',
        OCTOPUS,
      ),
    )
    expect(showRows(alignment)).toEqual(['changed 0→0', 'split 1→1,2', 'changed 2→3'])
    expect(showLinks(alignment)).toContain('1~1')
    expect(showLinks(alignment)).toContain('1~2')
  })

  it('groups two consecutive paragraphs merged into one', () => {
    const alignment = align(
      article(LIBRARY, FLOOD, 'Network Rail said services would resume by Friday evening.', PRICES),
      article(
        LIBRARY,
        'Heavy rain flooded the railway station in Leeds, delaying thousands of commuters, and ' +
          'Network Rail said services would resume by Friday evening.',
        PRICES,
      ),
    )
    expect(showRows(alignment)).toEqual(['changed 0→0', 'merged 1,2→1', 'changed 3→2'])
  })

  it('shows added and removed paragraphs where they stand', () => {
    const alignment = align(
      article(LIBRARY, FLOOD, OCTOPUS, STADIUM),
      article(LIBRARY, OCTOPUS, MARATHON, STADIUM),
    )
    expect(showRows(alignment)).toEqual([
      'changed 0→0',
      'removed 1→',
      'changed 2→1',
      'added →2',
      'changed 3→3',
    ])
    expect(showLinks(alignment)).toEqual(['0~0', '2~1', '3~3'])
  })

  it('links a paragraph that merges statements from far apart, without a false row', () => {
    const alignment = align(
      article(LIBRARY, FLOOD, OCTOPUS, STADIUM, PRICES),
      article(
        'Electricity prices rose by twelve percent last winter. The city council approved a new ' +
          'budget for public libraries on Tuesday.',
        FLOOD,
        OCTOPUS,
        STADIUM,
      ),
    )
    expect(showLinks(alignment)).toEqual(['0~0', '1~1', '2~2', '3~3', '4~0'])
  })

  it('never links boilerplate, and aligns the two headlines', () => {
    const alignment = align(
      article(['heading', 'Floods close Leeds station'], FLOOD, ['boilerplate', '0 Comments']),
      article(
        ['heading', 'Leeds station shut by flooding'],
        ['boilerplate', 'Share this article: 0 Comments'],
        FLOOD,
      ),
    )
    expect(showRows(alignment)).toEqual(['changed 0→0', 'added →1', 'changed 1→2', 'removed 2→'])
    expect(showLinks(alignment)).not.toContain('2~1')
  })

  it('puts the same boilerplate line on both sides in one row, without a link', () => {
    const page = article(FLOOD, ['boilerplate', '0 Comments'])
    const alignment = align(page, article(FLOOD, ['boilerplate', '0 comments']))
    expect(showRows(alignment)).toEqual(['changed 0→0', 'changed 1→1'])
    expect(alignment.rows[1]?.similarity).toBe(1)
    expect(showLinks(alignment)).toEqual(['0~0'])
  })

  it('does not link a heading to a paragraph that uses its words', () => {
    const alignment = align(
      article(['heading', 'Rare octopus found'], OCTOPUS),
      article(OCTOPUS, MARATHON),
    )
    expect(showLinks(alignment)).toEqual(['1~0'])
  })

  it('pairs nothing in two unrelated articles whose one link shares only common words', () => {
    // Among the many sentence pairs of two unrelated articles, one turns up that shares common
    // words ("expect", "away", "home", "months"): a job guide and a match report in the corpora.
    const jobs = article(
      'Six jobs that pay well without a degree.',
      'Worst thing about the job: expect to be away from home for months.',
      BAKERY,
      HOSPITAL,
      PRICES,
      LIBRARY,
      OCTOPUS,
      'Pilots and nurses earn more than most graduates.',
    )
    const match = article(
      'The head coach is expected back home after months away from the team.',
      STADIUM,
      'A marathon runner broke the course record on Sunday.',
      FLOOD,
      'Tickets for the final sold out within minutes.',
      'Supporters queued outside the ground overnight.',
      'The referee was praised for a calm performance.',
    )
    const alignment = align(jobs, match)
    expect(showLinks(alignment)).toEqual([])
    expect(showRows(alignment).filter((row) => !/^(added|removed)/.test(row))).toEqual([])
  })

  it('pairs nothing in two unrelated articles whose two links meet in one sentence', () => {
    // Two links into one sentence are one statement's worth of evidence, not two: chance made them
    // in the corpora (a bar owner's "lots of people … every day" against two lines of a travel
    // diary), so they must share a name or a number as a lone link must.
    const diary = article(
      'Six jobs that pay well without a degree.',
      '“I think we met lots of people every day on the road,” she said.',
      BAKERY,
      HOSPITAL,
      PRICES,
      '“It was lots of fun, and people kept coming back every day.”',
      LIBRARY,
      OCTOPUS,
      'Pilots and nurses earn more than most graduates.',
    )
    const bar = article(
      'The head coach is expected back after a long injury.',
      STADIUM,
      'A marathon runner broke the course record on Sunday.',
      FLOOD,
      '“There are lots of people who would enjoy coming to our bar every day,” he said.',
      'Tickets for the final sold out within minutes.',
      'Supporters queued outside the ground overnight.',
    )
    const alignment = align(diary, bar)
    expect(showLinks(alignment)).toEqual([])
    expect(showRows(alignment).filter((row) => !/^(added|removed)/.test(row))).toEqual([])
    // Two links of two different sentences on each side are two statements: the pair is related.
    const twice = align(diary, [
      ...bar,
      { index: 7, kind: 'paragraph', text: 'Pilots and nurses now earn more than most graduates.' },
    ])
    expect(showLinks(twice)).toEqual(['1~4', '5~4', '8~7'])
  })

  it('pairs nothing in two unrelated interviews whose links share only everyday words', () => {
    // Two quote-heavy interviews in the corpora (a football manager retiring, a couple's advice)
    // share everyday words in two separate sentence pairs by chance: two statements by the count,
    // but "made", "mistake", "think" and "lot" are among the commonest words of English (the
    // vectors' frequency ranks), unlike what a rewrite keeps ("glacier", "peer review").
    const manager = article(
      'Six jobs that pay well without a degree.',
      '“I made a mistake, and I know it,” the manager said.',
      BAKERY,
      HOSPITAL,
      PRICES,
      '“I think the fans will miss a lot of things,” he said.',
      LIBRARY,
      OCTOPUS,
      'Pilots and nurses earn more than most graduates.',
    )
    const couple = article(
      'The head coach is expected back after a long injury.',
      '“We made one mistake: we never got to know each other,” she said.',
      STADIUM,
      'A marathon runner broke the course record on Sunday.',
      FLOOD,
      '“I think we learned a lot,” she said.',
      'Tickets for the final sold out within minutes.',
      'Supporters queued outside the ground overnight.',
    )
    const alignment = align(manager, couple, rankedVectors)
    expect(showLinks(alignment)).toEqual([])
    expect(showRows(alignment).filter((row) => !/^(added|removed)/.test(row))).toEqual([])
    // A link that shares words a rewrite keeps and chance seldom pairs still relates them.
    const rewrite = [
      ...couple,
      { index: 8, kind: 'paragraph', text: 'Pilots and nurses now earn more than most graduates.' },
    ] as const
    expect(showLinks(align(manager, [...rewrite], rankedVectors))).toEqual(['1~1', '5~5', '8~8'])
  })

  it('pairs nothing in two unrelated articles whose one link shares a number and a common word', () => {
    // A number identifies a statement, but a small one turns up anywhere: "17 people" in a
    // report of a storm and in a cookery school's news (the corpora paired a Cuba travel piece
    // with an ECB+ report on "17"). Names and numbers count by their frequency ranks too.
    const storm = [
      'Six jobs that pay well without a degree.',
      'The storm hurt 17 people at the market.',
      BAKERY,
      HOSPITAL,
      PRICES,
      LIBRARY,
      OCTOPUS,
      'Pilots and nurses earn more than most graduates.',
    ]
    const school = [
      'The head coach is expected back after a long injury.',
      'Some 17 people joined the cookery class.',
      STADIUM,
      'A marathon runner broke the course record on Sunday.',
      FLOOD,
      'Tickets for the final sold out within minutes.',
      'Supporters queued outside the ground overnight.',
    ]
    expect(showLinks(align(article(...storm), article(...school), rankedVectors))).toEqual([])
    // A name with what is said of it is worth a link whatever the words' ranks.
    const mayor = 'Mayor Ana Lopez opened the new bridge over the river on Friday.'
    const bridge = 'The river finally has a new bridge, opened by Ana Lopez on Friday.'
    const named = align(article(...storm, mayor), article(...school, bridge), rankedVectors)
    expect(showLinks(named)).toContain('8~7')
  })

  it('pairs articles whose one link shares a name, or whose texts are too short to judge chance', () => {
    const bridge = 'The river finally has a new bridge, opened by Ana Lopez on Friday.'
    const mayor = 'Mayor Ana Lopez opened the new bridge over the river on Friday.'
    const longer = (first: string): Paragraph[] =>
      article(first, LIBRARY, FLOOD, OCTOPUS, STADIUM, PRICES, BAKERY, HOSPITAL, MARATHON)
    const named = align(longer(mayor), article(bridge, 'Traffic was light all day.'))
    expect(showLinks(named)).toEqual(['0~0'])
    const rain = align(
      article('Heavy rain flooded the railway station, delaying thousands of commuters.'),
      article('Heavy rain flooded the rail station and delayed thousands of commuters.'),
    )
    expect(showLinks(rain)).toEqual(['0~0'])
  })

  it('puts two reworded subheadings over linked sections in one row, never the headline', () => {
    const left = article(
      ['heading', 'Council backs reading'],
      LIBRARY,
      ['heading', 'Weather chaos'],
      FLOOD,
      OCTOPUS,
    )
    const right = article(
      BAKERY,
      ['heading', 'Libraries win'],
      LIBRARY,
      ['heading', 'Commuters stranded'],
      'Heavy rain flooded the railway station in Leeds and delayed thousands of commuters.',
      OCTOPUS,
    )
    const alignment = align(left, right)
    expect(showLinks(alignment)).toEqual(['1~2', '3~4', '4~5'])
    // The left headline heads the article, not the section that 'Libraries win' heads.
    expect(showRows(alignment)).toEqual([
      'removed 0→',
      'added →0',
      'added →1',
      'changed 1→2',
      'changed 2→3',
      'changed 3→4',
      'changed 4→5',
    ])
  })

  it('unlinks two subheadings that share words when the sections they head share nothing', () => {
    // Seed 001 against 004: "Fighting continues amid ceasefire talks" heads the fighting section,
    // "Progress on Ceasefire Negotiations" the Jeddah meeting; each section's text is linked to
    // another section's, so the headings' two common words are chance, and the subheading over
    // the fighting section in the rewrite ("Tensions Persist on the Ground") shares its row.
    const left = article(
      BAKERY,
      LIBRARY,
      ['heading', 'Budget talks continue in the council'],
      FLOOD,
    )
    const right = article(
      BAKERY,
      ['heading', 'Progress on budget talks'],
      'The city council approved a new budget for public libraries on Tuesday evening.',
      ['heading', 'Commuters stranded'],
      'Heavy rain flooded the railway station in Leeds and delayed thousands of commuters.',
    )
    const alignment = align(left, right)
    expect(showLinks(alignment)).toEqual(['0~0', '1~2', '3~4'])
    expect(showRows(alignment)).toEqual([
      'changed 0→0',
      'added →1',
      'changed 1→2',
      'changed 2→3',
      'changed 3→4',
    ])
    // Headings over sections that correspond stay linked, and so do headings with the same words.
    const kept = align(
      article(BAKERY, ['heading', 'Budget talks continue in the council'], LIBRARY, FLOOD),
      article(BAKERY, ['heading', 'Progress on budget talks'], LIBRARY, FLOOD),
    )
    expect(showLinks(kept)).toEqual(['0~0', '1~1', '2~2', '3~3'])
    const same = align(
      article(BAKERY, LIBRARY, ['heading', 'Budget talks'], FLOOD),
      article(BAKERY, ['heading', 'Budget talks'], LIBRARY, FLOOD),
    )
    expect(showLinks(same)).toEqual(['0~0', '1~2', '2~1', '3~3'])
  })

  it('handles an empty side and paragraphs without content words', () => {
    expect(showRows(align([], article(LIBRARY, '2025')))).toEqual(['added →0', 'added →1'])
    expect(showRows(align(article('It is.', LIBRARY), []))).toEqual(['removed 0→', 'removed 1→'])
    expect(showLinks(align(article('It is what it is.'), article('It is what it is.')))).toEqual([])
  })

  it('aligns text in other scripts by its words', () => {
    const alignment = align(
      article('Правительство утвердило новый бюджет для библиотек во вторник.', FLOOD),
      article(FLOOD, 'Во вторник правительство утвердило новый бюджет для библиотек.'),
    )
    expect(showLinks(alignment)).toEqual(['0~1', '1~0'])
  })

  it('links a short sentence to the one clause of a long sentence that it restates', () => {
    const left = article(
      'Wearing combat gear, the president toured a command post near the border with his chief ' +
        'of staff, and ordered the army to liberate the region.',
      LIBRARY,
    )
    const right = article(
      'Officials say the army was ordered to liberate the region within weeks.',
      LIBRARY,
    )
    expect(showLinks(align(left, right))).toEqual(['0~0', '1~1'])
  })

  it('links a weak paraphrase that stands out from chance in a longer text', () => {
    const shared = [LIBRARY, FLOOD, OCTOPUS, STADIUM, PRICES, BAKERY, HOSPITAL]
    const runner = 'A runner from Kenya won the race in Boston on Sunday after a slow start.'
    const comet = 'Astronomers spotted a comet close to Jupiter on Sunday.'
    const victory =
      'The Kenyan athlete’s Boston victory on Sunday surprised organisers, sponsors, local fans ' +
      'and the television crews covering the event.'
    const alignment = align(article(...shared, runner, comet), article(...shared, victory))
    // The comet shares only "Sunday" with the victory, which has a clearly better match.
    expect(showLinks(alignment)).toEqual(['0~0', '1~1', '2~2', '3~3', '4~4', '5~5', '6~6', '7~7'])
    // Two sentences alone give no distribution to compare with: the fixed thresholds decide.
    expect(showLinks(align(article(runner, comet), article(victory)))).toEqual([])
  })

  it('links a weak mutual best match that sits between linked neighbours, not one out of place', () => {
    const topics = [
      [LIBRARY, 'On Tuesday the city council approved a budget for public libraries.'],
      [
        FLOOD,
        'Thousands of commuters were delayed when heavy rain flooded the Leeds railway station.',
      ],
      [
        OCTOPUS,
        'A rare deep-sea octopus species was discovered by scientists near the Norwegian coast.',
      ],
      [STADIUM, 'Its stadium will be renamed after a local hero, the football club announced.'],
      [
        PRICES,
        // Shares "energy" and "prices" with PRICES, and "street" and "bakery" with BAKERY: the
        // best match of both, but not by the ratio test's margin.
        'Energy prices climbed in the cold winter months, the watchdog said, as households ' +
          'struggled and a street bakery closed its doors.',
      ],
      [BAKERY, 'Selling bread baked overnight, a new bakery opened on the high street.'],
      [HOSPITAL, 'To shorten waiting lists, the hospital hired forty nurses this spring.'],
      [MARATHON, 'On Sunday a marathon runner from Kenya broke the Boston course record.'],
      [
        'The museum returned a stolen painting to its owners in Vienna.',
        'A stolen painting was returned to its owners by the museum in Vienna.',
      ],
      [
        'Farmers in Kansas expect a poor wheat harvest after months of drought.',
        'After months of drought, farmers in Kansas expect a poor wheat harvest.',
      ],
      [
        'A volcano in Iceland erupted overnight, closing two airports.',
        'Two airports closed when a volcano in Iceland erupted overnight.',
      ],
      [
        'Police arrested three men after a jewellery shop robbery in Paris.',
        'Three men were arrested by police after a jewellery shop robbery in Paris.',
      ],
    ] as const
    const left = article(...topics.map(([original]) => original))
    const inOrder = align(left, article(...topics.map(([, rewrite]) => rewrite)))
    expect(showLinks(inOrder)).toEqual(topics.map((_, index) => `${index}~${index}`))
    // The same sentence at the end of the rewrite has no linked neighbours to vouch for it, and
    // the neighbours' rule does not link it; its clauses do (each of its two rivals matches
    // another clause: "energy prices climbed in the cold winter months" is PRICES' rewrite), and
    // only to PRICES: the bakery that closed is not the bakery that opened.
    const rewrites = topics.map(([, rewrite]) => rewrite)
    const moved = align(
      left,
      article(...rewrites.slice(0, 4), ...rewrites.slice(5), ...rewrites.slice(4, 5)),
    )
    expect(showLinks(moved)).toContain('4~11')
    expect(showLinks(moved)).not.toContain('5~11')
    // Without a comma between its statements the sentence is one clause, so only the
    // neighbours' rule can link it: between its linked neighbours it links, out of place it
    // does not.
    const oneClause =
      'Energy prices climbed in the cold winter months as households struggled and a street ' +
      'bakery closed its doors.'
    const oneClauseRewrites = rewrites.map((rewrite, index) => (index === 4 ? oneClause : rewrite))
    expect(showLinks(align(left, article(...oneClauseRewrites)))).toContain('4~4')
    const oneClauseMoved = article(
      ...oneClauseRewrites.slice(0, 4),
      ...oneClauseRewrites.slice(5),
      ...oneClauseRewrites.slice(4, 5),
    )
    const oneClauseMovedLinks = showLinks(align(left, oneClauseMoved))
    expect(oneClauseMovedLinks).not.toContain('4~11')
    expect(oneClauseMovedLinks).not.toContain('5~11')
  })

  it('links each clause of a two-statement sentence to its own counterpart', () => {
    // Seed 001: "…ordered his military to 'fully liberate' the region, though he has yet to
    // comment on the ceasefire agreement": one rewrite sentence reports the order, another the
    // silence. Each is the two-clause sentence's near equal rival under the ratio test, yet they
    // match different clauses: two statements, each with its counterpart.
    const left = article(
      LIBRARY,
      FLOOD,
      'During the visit the governor ordered troops to retake the northern valley, though she ' +
        'has not yet answered questions about the peace offer.',
      OCTOPUS,
      STADIUM,
      PRICES,
      'Pilots and nurses earn more than most graduates.',
      'Six jobs that pay well without a degree.',
    )
    const right = article(
      LIBRARY,
      'Troops were told to retake the valley in the north, reports say, and fighting went on ' +
        'all week near the old mill.',
      HOSPITAL,
      MARATHON,
      'Officials say the governor remains silent about the peace offer from the rebels, despite ' +
        'many questions from reporters.',
      'Tickets for the final sold out within minutes.',
      'Supporters queued outside the ground overnight.',
      'The referee was praised for a calm performance.',
    )
    expect(showLinks(align(left, right))).toEqual(['0~0', '2~1', '2~4'])
  })

  it('does not link two sentences that share one word, unless they have the same words', () => {
    // One word in common ("great") is what unrelated sentences share by chance.
    const chance = align(
      article('I think he is great, he says.', LIBRARY),
      article(FLOOD, 'Not great.'),
    )
    expect(showLinks(chance)).toEqual([])
    const same = align(article('He was 77.', LIBRARY), article(FLOOD, 'He was 77.'))
    expect(showLinks(same)).toEqual(['0~1'])
  })

  it('links paraphrases through word vectors, and not without them', () => {
    const left = article('The automobile maker purchased a factory in Ohio for expansion.')
    const right = article('The car company bought a plant in Ohio to grow.')
    expect(showLinks(align(left, right))).toEqual([])
    expect(showLinks(align(left, right, synonymVectors))).toEqual(['0~0'])
  })
})

// Tiny embeddings: each synonym pair shares an axis, everything else is orthogonal.
const synonymVectors: WordVectors = (() => {
  const groups = [
    ['automobile', 'car'],
    ['maker', 'company'],
    ['purchased', 'bought'],
    ['factory', 'plant'],
    ['expansion', 'grow'],
  ]
  const dimensions = groups.length + 1
  const table = new Map<string, Float32Array>()
  groups.forEach((words, axis) =>
    words.forEach((word) => {
      const vector = new Float32Array(dimensions)
      vector[axis] = 1
      table.set(word, vector)
    }),
  )
  return { dimensions, vectorOf: (word) => table.get(word) }
})()

// No embeddings, only the frequency ranks of a few everyday words (from the shipped vectors'
// corpus); every other word ranks after them, as the shipped file ranks words it lacks.
const rankedVectors: WordVectors = (() => {
  const ranks = new Map(
    Object.entries({
      made: 109,
      know: 332,
      think: 257,
      lot: 505,
      mistake: 3673,
      things: 622,
      got: 390,
      miss: 2098,
      fans: 1119,
      learned: 2150,
      said: 15,
      people: 64,
    }),
  )
  return { dimensions: 1, vectorOf: () => undefined, rankOf: (word) => ranks.get(word) ?? 100_000 }
})()
