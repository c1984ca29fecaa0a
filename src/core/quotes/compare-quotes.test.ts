import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { DiffToken, Paragraph, ParagraphLink, QuoteChange } from '../types'
import { DEFAULT_COMPARE_OPTIONS } from '../types'
import { compareQuotes } from './compare-quotes'

function paragraphs(...texts: ReadonlyArray<string>): ReadonlyArray<Paragraph> {
  return texts.map((text, index) => ({ index, text, kind: 'paragraph' }))
}

function diff(tokens: ReadonlyArray<DiffToken> | undefined): string {
  return (tokens ?? [])
    .map((token) =>
      token.type === 'equal'
        ? token.text
        : token.type === 'added'
          ? `{+${token.text}+}`
          : `[-${token.text}-]`,
    )
    .join('')
}

/** Each change as `status speaker: ¶l "left" → ¶r "right"`. */
function summary(changes: ReadonlyArray<QuoteChange>): ReadonlyArray<string> {
  const side = (text: QuoteChange['left']): string =>
    text === null ? '-' : `¶${text.paragraph} "${text.text}"`
  return changes.map(
    (change) =>
      `${change.status} ${change.speaker ?? '?'}: ${side(change.left)} → ${side(change.right)}`,
  )
}

function compare(
  left: ReadonlyArray<string>,
  right: ReadonlyArray<string>,
  links: ReadonlyArray<ParagraphLink> = [],
): ReadonlyArray<QuoteChange> {
  return compareQuotes(paragraphs(...left), paragraphs(...right), links, DEFAULT_COMPARE_OPTIONS)
}

const link = (left: number, right: number): ParagraphLink => ({ left, right, similarity: 0.8 })

describe('compareQuotes', () => {
  it('calls a quote unchanged across straight/curly marks, apostrophes and first-letter case', () => {
    const changes = compare(
      ['He said "this is the closest we\'ve been to peace."'],
      ['He said “This is the closest we’ve been to peace.”'],
    )
    expect(summary(changes)).toEqual([
      'unchanged ?: ¶0 "this is the closest we\'ve been to peace." → ¶0 "This is the closest we’ve been to peace."',
    ])
    expect(changes[0]?.tokens).toBeUndefined()
  })

  it('shows one statement whose sentences the rewrite altered in a row as one altered quote (WNL ocean message)', () => {
    const changes = compare(
      [
        'In part, the message said: “We see the signs of overexploitation. We no longer see the fish and other marine creatures in the size, diversity or abundance of the past. We witness the change as foreign fishing fleets ply our waters in a race to strip our resources. Our coral reefs, the greatest in the world, and our mangrove and wetland spawning grounds are disappearing. Our ocean is vast but not limitless.”',
      ],
      [
        'The message said “We see fewer fish than in the past, and they are smaller. And foreign fisherman take our fish. Our coral reefs, the greatest in the world, and our fishing grounds are disappearing. Our ocean is very big but not limitless.”',
      ],
      [link(0, 0)],
    )
    expect(changes.map((change) => change.status)).toEqual(['altered'])
    expect(changes[0]?.left?.text).toMatch(/^We see the signs .* not limitless\.$/u)
    expect(changes[0]?.right?.text).toMatch(/^We see fewer fish .* not limitless\.$/u)
  })

  it('keeps a sentence the rewrite cut next to a reworded run inside that one altered quote', () => {
    const changes = compare(
      [
        'In part, the message said: “We call on every nation to stand with the Pacific. We see the signs of overexploitation. We no longer see the fish and other marine creatures in the size, diversity or abundance of the past. We witness the change as foreign fishing fleets ply our waters in a race to strip our resources. Our coral reefs, the greatest in the world, and our mangrove and wetland spawning grounds are disappearing. Our ocean is vast but not limitless.”',
      ],
      [
        'The message said “We see fewer fish than in the past, and they are smaller. And foreign fisherman take our fish. Our coral reefs, the greatest in the world, and our fishing grounds are disappearing. Our ocean is very big but not limitless.”',
      ],
      [link(0, 0)],
    )
    expect(changes.map((change) => change.status)).toEqual(['altered'])
    expect(changes[0]?.left?.text).toMatch(/^We call on every nation .* not limitless\.$/u)
  })

  it('catches a word swapped inside the quotation marks', () => {
    const changes = compare(
      ['“We urge Russia to sign on to this plan,” Leavitt said.'],
      ['“We urge Russia to reject this plan,” Leavitt said.'],
    )
    expect(changes.map((change) => change.status)).toEqual(['altered'])
    expect(changes[0]?.speaker).toBe('Leavitt')
    expect(diff(changes[0]?.tokens)).toBe('We urge Russia to [-sign on to-]{+reject+} this plan,')
  })

  it('calls a quote split around its attribution on one side and joined on the other unchanged', () => {
    const changes = compare(
      ['“This is a very serious situation,” Trump said. “We have a complex issue on one side.”'],
      ['Trump said: “This is a very serious situation. We have a complex issue on one side.”'],
    )
    expect(changes.map((change) => change.status)).toEqual(['unchanged'])
    // The article's own words: parts of a quotation joined by " … ", never by an invented comma.
    expect(changes[0]?.left?.text).toBe(
      'This is a very serious situation, … We have a complex issue on one side.',
    )
  })

  it('calls a quote continued over two paragraphs unchanged when the rewrite keeps it in one', () => {
    const changes = compare(
      ['Peskov said: “We are studying the plan.', '“We will answer in due course.”'],
      ['“We are studying the plan. We will answer in due course,” Peskov said.'],
    )
    expect(summary(changes)).toEqual([
      'unchanged Peskov: ¶0 "We are studying the plan. … We will answer in due course." → ¶0 "We are studying the plan. We will answer in due course,"',
    ])
  })

  it('keeps the sentence a rewrite kept unchanged and reports the one it dropped', () => {
    // The dropped sentence was a part of its own, after "Trump said": a statement of its own.
    const changes = compare(
      ['“This is a very serious situation,” Trump said. “We have a complex issue on one side.”'],
      ['“This is a very serious situation,” he added.'],
    )
    expect(summary(changes)).toEqual([
      'unchanged Trump: ¶0 "This is a very serious situation," → ¶0 "This is a very serious situation,"',
      'removed Trump: ¶0 "We have a complex issue on one side." → -',
    ])
  })

  it('calls a quote the rewrite cut short one altered quote that shows the sentence it lost', () => {
    // An editor reads "the rewrite cut Trump's quote", not "a quote kept and another removed": a
    // removed entry beside an unchanged one says a whole quotation of his vanished.
    const changes = compare(
      ['Trump warned: “A positive message means nothing. This is a very serious situation.”'],
      ['Trump cautioned: “This is a very serious situation,” he added.'],
    )
    expect(summary(changes)).toEqual([
      'altered Trump: ¶0 "A positive message means nothing. This is a very serious situation." → ¶0 "This is a very serious situation,"',
    ])
    expect(diff(changes[0]?.tokens)).toBe(
      '[-A positive message means nothing. -]This is a very serious situation[-.-]{+,+}',
    )
  })

  it('calls a quote the rewrite lengthened by a sentence one altered quote', () => {
    const changes = compare(
      ['“We are studying the plan,” Peskov said.'],
      ['“We are studying the plan. Moscow will not be rushed,” Peskov said.'],
    )
    expect(summary(changes)).toEqual([
      'altered Peskov: ¶0 "We are studying the plan," → ¶0 "We are studying the plan. Moscow will not be rushed,"',
    ])
  })

  it('still reports a sentence cut from a quote as paraphrased where the rewrite keeps it unquoted', () => {
    const changes = compare(
      ['“We are studying the plan. We will answer in due course,” Peskov said.'],
      ['“We are studying the plan,” Peskov said. He added that Moscow will answer in due course.'],
      [link(0, 0)],
    )
    expect(changes.map((change) => change.status)).toEqual(['unchanged', 'paraphrased'])
  })

  it('reports quotes found on one side only as added or removed', () => {
    const changes = compare(
      ['Peskov said the army was “successfully progressing” there.', 'The talks went on.'],
      ['The talks went on.', '“It is now up to the U.S.,” Zelensky said.'],
    )
    expect(summary(changes)).toEqual([
      'removed Peskov: ¶0 "successfully progressing" → -',
      'added Zelensky: - → ¶1 "It is now up to the U.S.,"',
    ])
  })

  it('calls a quote reworded into unquoted text paraphrased', () => {
    const changes = compare(
      ['Peskov said Moscow would give details "via various channels" soon.'],
      ['Peskov said more details will be relayed through various channels in the coming days.'],
      [link(0, 0)],
    )
    expect(changes.map((change) => change.status)).toEqual(['paraphrased'])
    expect(changes[0]?.right?.text).toContain('through various channels')
    // Reported speech: views show that side without quotation marks.
    expect(changes[0]?.unquoted).toBe('right')
  })

  it('calls a quote whose words the rewrite keeps without quotation marks paraphrased, not removed', () => {
    const changes = compare(
      ['Teenagers used “stickers” on their phones to organise the protests.'],
      ['Teenagers used stickers on their phones to organise the protests.'],
      [link(0, 0)],
    )
    expect(summary(changes)).toEqual(['paraphrased ?: ¶0 "stickers" → ¶0 "stickers"'])
    expect(changes[0]?.unquoted).toBe('right')
    expect(changes[0]?.right?.spans).toEqual([{ paragraph: 0, start: 15, end: 23 }])
  })

  it('does not report an unattributed term whose words the other version still has as a quote', () => {
    // A title, nickname or scare quote is nobody's words: with its words still in the rewrite,
    // only its marks went, and not in a paragraph the rewrite pairs with it.
    const changes = compare(
      ['The first ‘blast’ was heard at 6 am.', 'Police closed the road.'],
      ['Police closed the road.', 'Residents felt the blast from miles away.'],
      [link(1, 0)],
    )
    expect(summary(changes)).toEqual([])
  })

  it('still reports a term whose words the other version no longer has', () => {
    const changes = compare(
      ['The plan is “dead on arrival”.'],
      ['The plan was dropped.'],
      [link(0, 0)],
    )
    expect(summary(changes)).toEqual(['removed ?: ¶0 "dead on arrival" → -'])
  })

  it('pairs a short quote with the same words quoted inside a longer quote elsewhere', () => {
    // The rewrite dropped the lead with “clear result” but still quotes the words in full.
    const changes = compare(
      [
        'David Cameron declared a “clear result” in the referendum.',
        'Cameron added: “It is a clear result. We are delighted.”',
      ],
      ['Cameron added: “It is a clear result. We are delighted.”'],
      [link(1, 0)],
    )
    expect(summary(changes)).toEqual([
      'unchanged Cameron: ¶1 "It is a clear result. We are delighted." → ¶0 "It is a clear result. We are delighted."',
      'unchanged Cameron: ¶0 "clear result" → ¶0 "clear result"',
    ])
    expect(changes[1]?.right?.spans).toEqual([{ paragraph: 0, start: 24, end: 36 }])
  })

  it('keeps a one-word quote removed when only another speaker’s quote has the word', () => {
    const changes = compare(
      ['Zelensky called the proposal a “positive” step.', 'Talks went on.'],
      ['Talks went on.', 'Trump said Russia sent “positive messages”.'],
      [link(1, 0)],
    )
    expect(summary(changes)).toContain('removed Zelensky: ¶0 "positive" → -')
  })

  it('calls a quote the same person says about the same thing in mostly other words altered', () => {
    const changes = compare(
      ['“We will never accept this plan, it betrays our soldiers,” Zelensky said.'],
      ['“This plan is an insult to every soldier at the front,” Zelensky said.'],
      [link(0, 0)],
    )
    expect(changes.map((change) => [change.status, change.speaker])).toEqual([
      ['altered', 'Zelensky'],
    ])
  })

  it('calls a quote an unnamed spokesperson says in mostly other words altered', () => {
    const changes = compare(
      [
        'A spokesperson for PizzaExpress said its charge covers the tronc. “We went to great lengths to set up this tronc system, which a committee of waiters and cooks runs on its own, deciding how tips paid by electronic card are split between front- and back-of-house teams,” she said.',
      ],
      [
        'A spokesperson for PizzaExpress said the money pays for a system. “Staff use this system to decide how to share tips made by card,” she said.',
      ],
      [link(0, 0)],
    )
    expect(changes.map((change) => [change.status, change.speaker])).toEqual([['altered', null]])
    // Two unnamed people of different roles are not one speaker.
    const others = compare(
      ['A waiter said pay was low. “Managers take our tips and keep them,” she said.'],
      [
        'A spokesperson said the system is fair. “Tips are shared by a committee of staff,” she said.',
      ],
      [link(0, 0)],
    )
    expect(others.map((change) => change.status)).toEqual(['removed', 'added'])
  })

  it('names both speakers when a rewrite gives a quote to someone else', () => {
    const changes = compare(
      ['“We want peace in our time,” Zelensky said.'],
      ['“We want peace in our time,” Trump said.'],
      [link(0, 0)],
    )
    expect(changes.map((change) => [change.status, change.speaker, change.speakers])).toEqual([
      ['unchanged', 'Trump', { left: 'Zelensky', right: 'Trump' }],
    ])
  })

  it('calls a quote whose words survive only as another form paraphrased', () => {
    const changes = compare(
      ['Putin ordered forces to “fully liberate” the region.'],
      ['Reports suggest that Putin has ordered the complete “liberation” of the region.'],
      [link(0, 0)],
    )
    expect(summary(changes)).toEqual(['paraphrased Putin: ¶0 "fully liberate" → ¶0 "liberation"'])
    expect(changes[0]?.unquoted).toBeUndefined()
    expect(diff(changes[0]?.tokens)).toBe('[-fully liberate-]{+liberation+}')
  })

  it('finds a quote that moved to a paragraph the aligner did not link', () => {
    const changes = compare(
      ['Opening words.', '“We want peace in our time,” Zelensky said.'],
      ['“We want peace in our time,” the president said on Tuesday.', 'Opening words.'],
    )
    expect(summary(changes)).toEqual([
      'unchanged Zelensky: ¶1 "We want peace in our time," → ¶0 "We want peace in our time,"',
    ])
  })

  it('does not pair alike words of two different named speakers', () => {
    const changes = compare(
      ['Zelensky called the plan “positive”.'],
      ['Trump said he had received “positive signals”.'],
      [link(0, 0)],
    )
    // Nothing precedes the removed quote in the original, so it comes first.
    expect(changes.map((change) => change.status)).toEqual(['removed', 'added'])
  })

  it('prefers the copy of a repeated quote in the linked paragraph', () => {
    const changes = compare(
      ['“No comment,” Peskov said about the talks.'],
      [
        '“No comment,” Peskov said about the weather.',
        '“No comment,” Peskov said about the talks.',
      ],
      [link(0, 1)],
    )
    expect(summary(changes)).toEqual([
      'added Peskov: - → ¶0 "No comment,"',
      'unchanged Peskov: ¶0 "No comment," → ¶1 "No comment,"',
    ])
  })

  it('lists changes in the rewrite’s reading order, a removed quote where it stood', () => {
    const changes = compare(
      ['“First,” Ann said.', '“Second,” Bob said.', '“Third,” Cy said.'],
      ['“Third,” Cy said.', '“First,” Ann said.'],
    )
    expect(summary(changes)).toEqual([
      'unchanged Cy: ¶2 "Third," → ¶0 "Third,"',
      'unchanged Ann: ¶0 "First," → ¶1 "First,"',
      'removed Bob: ¶1 "Second," → -',
    ])
  })
})

describe('compareQuotes on the seed articles', () => {
  const seed = (prefix: string): ReadonlyArray<Paragraph> => {
    const file = readdirSync('seeds').find((name) => name.startsWith(prefix))!
    const lines = readFileSync(`seeds/${file}`, 'utf8')
      .split(/\r?\n/u)
      .filter((line) => line.trim() !== '')
    return lines.map((text, index) => ({ index, text, kind: 'paragraph' }))
  }
  const pair = (left: string, right: string): ReadonlyArray<QuoteChange> =>
    compareQuotes(seed(left), seed(right), [], DEFAULT_COMPARE_OPTIONS)
  const at = (changes: ReadonlyArray<QuoteChange>, left: number, right: number) =>
    changes.filter((change) => change.left?.paragraph === left && change.right?.paragraph === right)

  it('000 → 003: “positive messages” became “positive signals” (altered, Trump)', () => {
    const [change] = at(pair('000', '003'), 3, 4).filter(
      (c) => c.left?.text === 'positive messages',
    )
    expect(change?.status).toBe('altered')
    expect(change?.speaker).toBe('Donald Trump')
    expect(diff(change?.tokens)).toBe('positive [-messages-]{+signals+}')
  })

  it('001 ¶3 → 004 ¶9: the Leavitt quote, joined on one side and split on the other, is unchanged', () => {
    const changes = at(pair('001', '004'), 3, 9)
    expect(changes.map((change) => [change.status, change.speaker])).toEqual([
      ['unchanged', 'Karoline Leavitt'],
    ])
  })

  it('001 ¶7 → 003 ¶4: "This is a very serious situation" is unchanged', () => {
    const changes = at(pair('001', '003'), 7, 4)
    expect(summary(changes)).toEqual([
      'unchanged Donald Trump: ¶7 "This is a very serious situation," → ¶4 "This is a very serious situation,"',
    ])
  })

  it('000 ¶3 → 001 ¶9: “I can do things financially… That would be very bad for Russia.” stays one quote', () => {
    // An ellipsis inside a quotation ends no sentence: split there, the lead sentence was paired
    // with Trump's unrelated quote about land (001 ¶7) as one "altered" change.
    const changes = pair('000', '001')
    expect(summary(at(changes, 3, 9))).toEqual([
      'altered Donald Trump: ¶3 "I can do things financially… That would be very bad for Russia." → ¶9 "That would be very bad for Russia,"',
    ])
    const financially = changes.filter((change) => change.left?.text.includes('financially'))
    expect(financially.map((change) => change.right?.paragraph)).toEqual([9])
  })

  it('000 → 003: “fully liberate” is paraphrased as complete “liberation”', () => {
    expect(summary(at(pair('000', '003'), 2, 13))).toEqual([
      'paraphrased Vladimir Putin: ¶2 "fully liberate" → ¶13 "liberation"',
    ])
  })

  it('never calls a quote altered when only typography or the first letter’s case differ', () => {
    const prefixes = ['000', '001', '002', '003', '004']
    for (const left of prefixes) {
      for (const right of prefixes) {
        for (const change of pair(left, right)) {
          if (change.status !== 'altered') continue
          const words = (text: string) =>
            text
              .replace(/[’‘]/gu, "'")
              .toLowerCase()
              .split(/[^\p{L}\p{N}']+/u)
              .filter(Boolean)
          expect(words(change.left!.text)).not.toEqual(words(change.right!.text))
        }
      }
    }
  })
})
