import { describe, expect, it } from 'vitest'
import { compareArticles } from '../src/core'
import type { Comparison, FactChange, QuoteChange } from '../src/core'
import {
  auditComparison,
  containsWords,
  judgeSpeaker,
  parseEvalLensesArgs,
  statesFact,
} from './lens-audit'

const LEFT = 'Officials said 15 people attended and 5 left.\n“We will sign,” Peskov said. “Soon.”'
const RIGHT = 'Officials said 15 people attended.\nTwo officers spoke.'

function comparisonWith(
  facts: ReadonlyArray<FactChange>,
  quotes: ReadonlyArray<QuoteChange>,
): Comparison {
  return {
    ...compareArticles({ path: 'a', text: LEFT }, { path: 'b', text: RIGHT }),
    facts,
    quotes,
  }
}

const side = (text: string, paragraph = 0) => ({
  text,
  paragraph,
  spans: [{ paragraph, start: 0, end: text.length }],
})

describe('containsWords', () => {
  it('finds whole words only, whatever their case and typography', () => {
    expect(containsWords('15 people attended', '5')).toBe(false)
    expect(containsWords('a prize of £40,000', '40')).toBe(false)
    expect(containsWords('up 11.7% on the year', '11')).toBe(false)
    expect(containsWords('40,000 people', '000')).toBe(false)
    expect(containsWords('paid £40, then left.', '40')).toBe(true)
    expect(containsWords('rose 11. Then it fell', '11')).toBe(true)
    expect(containsWords('two officers', 'Two')).toBe(true)
    expect(containsWords('russia’s plan', "Russia's plan")).toBe(true)
  })
})

// From the eval's worst cases (issue 6): a fact reported removed is not "present in the other
// article" because its number stands there inside another quantity, or its acronym as a word.
describe('statesFact', () => {
  it('does not find a count inside a longer quantity: a scale, a percentage, a fraction', () => {
    expect(statesFact('more than four million signatures', 'number', 'four')).toBe(false)
    expect(statesFact('almost two billion gallons', 'number', 'two')).toBe(false)
    expect(statesFact('more than two-thirds of people', 'number', 'two')).toBe(false)
    expect(statesFact('shedding over two per cent', 'number', 'Two')).toBe(false)
    expect(statesFact('almost 100% muscle', 'number', '100')).toBe(false)
    expect(statesFact('the 1% of the 1%', 'number', '1')).toBe(false)
    expect(statesFact('could account for a fifth of the value', 'number', 'fifth')).toBe(false)
    expect(statesFact('about one third of all the food', 'number', 'third')).toBe(false)
  })

  it('does not find a count inside a time or a date', () => {
    expect(statesFact('at approximately 6 a.m., followed by', 'number', '6')).toBe(false)
    expect(statesFact('updated at 8: 33 AM', 'number', '8')).toBe(false)
    expect(statesFact('Mar. 8 5: 46 PM EST', 'number', '46')).toBe(false)
    expect(statesFact('pops around 2:24 a.m.', 'number', '24')).toBe(false)
    expect(statesFact('TNN Nov 12, 2011', 'number', '12')).toBe(false)
    expect(statesFact('on April 30, 2008', 'number', '30')).toBe(false)
    expect(statesFact('Updated 12 / 2 / 2010', 'number', '12')).toBe(false)
  })

  it('finds a count that stands as one, and a date inside a longer date', () => {
    expect(statesFact('the four new elements', 'number', 'four')).toBe(true)
    expect(statesFact('Two officers, then 6 more', 'number', 'two')).toBe(true)
    expect(statesFact('in fifth place', 'number', 'fifth')).toBe(true)
    expect(statesFact('on Nov 12, 2011', 'date', 'Nov 12')).toBe(true)
  })

  it('finds an acronym only where it is written in capitals ("US" is not "us")', () => {
    expect(statesFact('more important to us.', 'place', 'US')).toBe(false)
    expect(statesFact('the US army', 'place', 'US')).toBe(true)
    expect(statesFact('The U.S. army', 'place', 'U.S.')).toBe(true)
    expect(statesFact('Nato troops', 'organization', 'Nato')).toBe(true)
  })
})

describe('auditComparison', () => {
  it('counts a removed fact whose words stand in the other article', () => {
    const audit = auditComparison(
      comparisonWith(
        [
          { kind: 'number', status: 'removed', left: side('15'), right: null },
          { kind: 'number', status: 'removed', left: side('5'), right: null },
          { kind: 'number', status: 'added', left: null, right: side('Two', 1) },
        ],
        [],
      ),
    )
    expect(audit.factsReported).toBe(3)
    expect(audit.factsVerbatim.map((found) => found.text)).toEqual(['15'])
  })

  it('flags quote text that its spans do not hold', () => {
    // Paragraph 1: “We will sign,” Peskov said. “Soon.”
    const parts = [
      { paragraph: 1, start: 1, end: 14 },
      { paragraph: 1, start: 30, end: 35 },
    ]
    const audit = auditComparison(
      comparisonWith(
        [],
        [
          {
            status: 'removed',
            speaker: 'Peskov',
            left: { text: 'We will sign, Soon.', paragraph: 1, spans: parts },
            right: null,
          },
          {
            status: 'removed',
            speaker: 'Peskov',
            left: { text: 'We will sign, … Soon.', paragraph: 1, spans: parts },
            right: null,
          },
        ],
      ),
    )
    expect(audit.quoteSides).toBe(2)
    expect(audit.quotesNotContiguous.map((found) => found.text)).toEqual(['We will sign, Soon.'])
  })
})

describe('judgeSpeaker', () => {
  it('accepts names and role phrases and rejects pronouns, question words and things', () => {
    const text =
      'Ursula von der Leyen said so. Karoline Leavitt told reporters. “No,” said el-Haite.'
    expect(judgeSpeaker('Karoline Leavitt', text)).toBe('name')
    expect(judgeSpeaker('Ursula von der Leyen', text)).toBe('name')
    expect(judgeSpeaker('el-Haite', text)).toBe('name')
    expect(judgeSpeaker('a Kremlin spokesman', text)).toBe('role')
    expect(judgeSpeaker('his colleagues', text)).toBe('role')
    for (const label of ['What', 'shift', 'live television', 'a badge', 'its current form', 'He']) {
      expect(judgeSpeaker(label, text), label).toBe('not-a-speaker')
    }
  })

  it('asks the article for a sign that a name-shaped label is a person', () => {
    // Places, brands and groups are capitalised like names: only the article can tell.
    const text =
      'But, for Bennett, Instagram is now a major social network. “Instagram is Facebook ' +
      'without parents,” he says. Tua Pittman from Raratonga is a navigator. Some members of ' +
      'Ingoma Nshya are widows. “It’s only possible,” Kcho told the Associated Press. “All-out ' +
      'effort,” says Tabata. Mr Sami, 45, owns a deli. Lord Grantham cuts back. Sue Green, of ' +
      'Saga, said so. Billboards boast: “Teff!” Thirteen-year-old Bennett has three phones.'
    for (const label of ['Instagram', 'Raratonga', 'Ingoma Nshya', 'Saga', 'Billboards']) {
      expect(judgeSpeaker(label, text), label).toBe('unverified')
    }
    for (const label of ['Kcho', 'Tabata', 'Sami', 'Grantham', 'Sue Green', 'Bennett']) {
      expect(judgeSpeaker(label, text), label).toBe('name')
    }
    // A given name the lexicon knows is a sign too ("Tua" is not one, "Sue" is).
    expect(judgeSpeaker('Tua Pittman', text)).toBe('unverified')
    expect(judgeSpeaker('Maria Kakali', '')).toBe('name')
    // A person's noun in apposition or as a title: "a lawyer", "the Swiss climber", "Minister".
    const roles =
      'Karabo Ngidi, a lawyer with the centre, said so. He mentions the Swiss climber, Ueli ' +
      'Steck. Prime Minister George Papandreou resigned. Uta Frith, who studies autism, said: ' +
      '“No.” Michael Thali, Director of the Institute for Forensic Medicine, spoke.'
    for (const label of ['Karabo Ngidi', 'Ueli Steck', 'Papandreou', 'Uta Frith']) {
      expect(judgeSpeaker(label, roles), label).toBe('name')
    }
    expect(judgeSpeaker('Forensic Medicine', roles)).toBe('unverified')
  })

  it('takes an age in apposition and a person’s noun with its place before the name as signs', () => {
    const text =
      'For Hajar Lakhael, a 25-year-old environment and security manager from Meknes, work is ' +
      'nearly done. The former mayor of Reykjavik, Jón Gnarr, has also called it unfair. Shops ' +
      'in Meknes, Atlas Studios, sell the film.'
    for (const label of ['Hajar Lakhael', 'Jón Gnarr']) {
      expect(judgeSpeaker(label, text), label).toBe('name')
    }
    // A place before a name in apposition is no person's noun.
    expect(judgeSpeaker('Atlas Studios', text)).toBe('unverified')
    // "declared" is a verb of saying like "said".
    expect(
      judgeSpeaker('Krystian Zimerman', 'Krystian Zimerman returned and declared: “No.”'),
    ).toBe('name')
  })
})

describe('auditComparison speakers', () => {
  it('judges both speakers of a re-attributed quote against the articles', () => {
    const audit = auditComparison(
      comparisonWith(
        [],
        [
          {
            status: 'unchanged',
            speaker: 'Peskov',
            left: side('We will sign,', 1),
            right: side('We will sign,', 1),
            speakers: { left: 'Instagram', right: 'Peskov' },
          },
        ],
      ),
    )
    expect(audit.speakers).toEqual([
      { label: 'Peskov', verdict: 'name' },
      { label: 'Instagram', verdict: 'unverified' },
    ])
  })
})

describe('parseEvalLensesArgs', () => {
  it('takes the corpora folder as the first argument, with or without --cases', () => {
    expect(parseEvalLensesArgs(['/data/corpora']).corporaDir).toBe('/data/corpora')
    expect(parseEvalLensesArgs(['--cases', '5', '/data/corpora'])).toEqual({
      corporaDir: '/data/corpora',
      cases: 5,
      vectors: true,
      seeds: true,
    })
    expect(parseEvalLensesArgs(['--no-vectors', '--no-seeds'])).toEqual({
      corporaDir: null,
      cases: 20,
      vectors: false,
      seeds: false,
    })
  })
})
