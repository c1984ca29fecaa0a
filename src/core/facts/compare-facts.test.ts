import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compareArticles } from '../compare-articles'
import { DEFAULT_COMPARE_OPTIONS } from '../types'
import type { AlignedRow, FactChange, Paragraph, ParagraphKind } from '../types'
import { compareFacts } from './compare-facts'

function article(...texts: ReadonlyArray<string | readonly [string, ParagraphKind]>): Paragraph[] {
  return texts.map((entry, index) =>
    typeof entry === 'string'
      ? { index, text: entry, kind: 'paragraph' }
      : { index, text: entry[0], kind: entry[1] },
  )
}

function row(left: ReadonlyArray<number>, right: ReadonlyArray<number>): AlignedRow {
  const op = left.length === 0 ? 'added' : right.length === 0 ? 'removed' : 'changed'
  return { left, right, op, similarity: 0.5, tokens: [] }
}

/** A fact change as `kind status: left → right`, ∅ for a missing side. */
function describeChange(change: FactChange): string {
  return `${change.kind} ${change.status}: ${change.left?.text ?? '∅'} → ${change.right?.text ?? '∅'}`
}

function changes(
  left: ReadonlyArray<Paragraph>,
  right: ReadonlyArray<Paragraph>,
  rows: ReadonlyArray<AlignedRow>,
): string[] {
  return compareFacts(left, right, rows, DEFAULT_COMPARE_OPTIONS).map(describeChange)
}

describe('compareFacts on hand-built rows', () => {
  it('reports nothing when both sides say the same in other spellings', () => {
    const left = article('U.S. officials met on 28 February in the United States, a source said.')
    const right = article('US officials met on February 28 in the US, a source said.')
    expect(changes(left, right, [row([0], [0])])).toEqual([])
  })

  it('reports a relative date that became precise', () => {
    const left = article('Putin visited the Kursk region, which Ukraine invaded last year.')
    const right = article('Putin visited the Kursk region, which Ukraine invaded last August.')
    expect(changes(left, right, [row([0], [0])])).toEqual(['date changed: last year → last August'])
  })

  it('reports a sharper attribution of a source', () => {
    const left = article('A source revealed that envoy Steve Witkoff would lead the Moscow talks.')
    const right = article(
      'A BBC source revealed that envoy Steve Witkoff will lead the Moscow talks.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual([
      'source changed: A source → A BBC source',
    ])
  })

  it('reports a changed count of the same thing', () => {
    const left = article('The strike killed 12 people in Odesa overnight, officials said.')
    const right = article('The strike killed 15 people in Odesa overnight, officials said.')
    expect(changes(left, right, [row([0], [0])])).toEqual(['number changed: 12 → 15'])
  })

  it('does not pair dates of unrelated sentences within one row', () => {
    const left = article('Trump confirmed the plan on Wednesday. Markets rose.')
    const right = article('Talks in Jeddah were held on Tuesday.', 'Trump confirmed the plan.')
    expect(changes(left, right, [row([0], [0, 1])])).toEqual([
      'date removed: Wednesday → ∅',
      'place added: ∅ → Jeddah',
      'date added: ∅ → Tuesday',
    ])
  })

  it('reports a job title changed against the title the other article gives', () => {
    const left = article('President Donald Trump said talks would start.', 'Trump spoke.')
    const right = article(
      'Trump said talks would start.',
      'Kremlin spokesman Dmitry Peskov did not say if Putin would call former US President Donald Trump.',
    )
    expect(changes(left, right, [row([0], [0]), row([1], []), row([], [1])])).toEqual([
      'person changed: President Donald Trump → former US President Donald Trump',
      'person added: ∅ → Kremlin spokesman Dmitry Peskov',
      'person added: ∅ → Putin',
    ])
  })

  it('reports a job title rewritten after the name as one change of that person', () => {
    const left = article('President Donald Trump said talks would start soon.')
    const right = article('Donald Trump, the former US president, said talks would start soon.')
    expect(changes(left, right, [row([0], [0])])).toEqual([
      'person changed: President Donald Trump → Donald Trump, the former US president',
    ])
  })

  it('reports an office of a named body as another job than the bare office ("Chief of the General Staff")', () => {
    const left = article(
      'Putin walked alongside his military chief, Valery Gerasimov, at a command post.',
    )
    const right = article(
      'Putin walked alongside Chief of the General Staff Valery Gerasimov at a command post.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual([
      'person changed: military chief, Valery Gerasimov → Chief of the General Staff Valery Gerasimov',
    ])
    // The same office with its body written before it is the same job.
    const before = article('Defence Minister Andrei Belousov visited the front.')
    const after = article('Minister of Defence Andrei Belousov visited the front.')
    expect(changes(before, after, [row([0], [0])])).toEqual([])
  })

  it('reports no person for a title without a name ("General Manager", "Chief Financial Officer")', () => {
    const left = article(
      'Lisa Su, Senior Vice President and General Manager, said the Chief Financial Officer agreed.',
    )
    const right = article('Lisa Su said the deal was agreed.')
    expect(changes(left, right, [row([0], [0])])).toEqual([])
    const offices = article('The Secretary of State met the press.')
    const none = article('Nobody met.')
    expect(changes(offices, none, [row([0], [0])])).toEqual([])
    // A name after the body is a person's: Pompeo is named in full elsewhere.
    const named = article(
      'Secretary of State Marco Rubio met Secretary of State Pompeo.',
      'Mike Pompeo left.',
    )
    expect(changes(named, none, [row([0, 1], [0])])).toEqual([
      'person removed: Secretary of State Marco Rubio → ∅',
      'person removed: Secretary of State Pompeo → ∅',
    ])
  })

  it('reports no person for an office "of the" body with no one named ("Chair of the … Group", "First Lady of …")', () => {
    const left = article(
      'Tiers Boerma, Director of the WHO Department of Health Statistics, spoke.',
      'Aspinall, Chair of the Hillsborough Family Support Group, said so.',
      'Michelle Obama, the First Lady of the United States, broke ground.',
    )
    const right = article(
      'Tiers Boerma spoke.',
      'Aspinall said so.',
      'Michelle Obama broke ground.',
    )
    const rows = [row([0], [0]), row([1], [1]), row([2], [2])]
    expect(changes(left, right, rows).filter((change) => change.startsWith('person'))).toEqual([])
    // The same offices before a name stay part of that person's title.
    const named = article('Chair of the Hillsborough Family Support Group Margaret Aspinall spoke.')
    expect(changes(named, article('Nobody spoke.'), [row([0], [0])])).toEqual([
      'person removed: Chair of the Hillsborough Family Support Group Margaret Aspinall → ∅',
    ])
  })

  it('keeps the status of a title whose office follows a place ("former Michigan Governor")', () => {
    const left = article(
      'Romney is the son of former Governor of Michigan George Romney, who died.',
    )
    const right = article(
      'Romney follows his father, former Michigan Governor George Romney, who died.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual([])
    const dropped = article('Romney follows his father, Michigan Governor George Romney, who died.')
    expect(changes(left, dropped, [row([0], [0])])).toEqual([
      'person changed: former Governor of Michigan George Romney → Michigan Governor George Romney',
    ])
  })

  it('reads two titles joined by "and" as both ("CEO and co-founder" keeps the Chief Executive)', () => {
    const left = article('SeaMicro Chief Executive Andrew Feldman said the company had bidders.')
    const right = article(
      'SeaMicro CEO and co-founder Andrew Feldman said the company had bidders.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual([])
    // Copied pages space their hyphens.
    const spaced = article(
      'SeaMicro CEO and co - founder Andrew Feldman said the company had bidders.',
    )
    expect(changes(left, spaced, [row([0], [0])])).toEqual([])
    const other = article(
      'SeaMicro chairman and co-founder Andrew Feldman said the company had bidders.',
    )
    expect(changes(left, other, [row([0], [0])])).toEqual([
      'person changed: Chief Executive Andrew Feldman → chairman and co-founder Andrew Feldman',
    ])
  })

  it('does not report a title written out in full on one side and shortened on the other', () => {
    const left = article(
      'Kremlin spokesman Dmitry Peskov said Russian President Vladimir Putin agreed.',
    )
    const right = article('Spokesperson Dmitry Peskov said President Putin agreed.')
    expect(changes(left, right, [row([0], [0])])).toEqual([])
  })

  it('reports from an added paragraph only the facts the other article never states', () => {
    const left = article('President Donald Trump spoke in Kursk on Wednesday.')
    const right = article(
      'President Donald Trump spoke in Kursk on Wednesday.',
      'Trump said troops in Kursk recaptured 86% of the territory on Wednesday.',
    )
    expect(changes(left, right, [row([0], [0]), row([], [1])])).toEqual(['number added: ∅ → 86%'])
  })

  it('does not report a fact that moved to another paragraph', () => {
    const left = article('The ceasefire would last 30 days.', 'Talks went on.')
    const right = article('Talks went on.', 'The truce would last 30 days.')
    expect(changes(left, right, [row([1], [0]), row([0], []), row([], [1])])).toEqual([])
  })

  it('pairs a fact changed in a statement the alignment left unlinked', () => {
    const left = article(
      'Markets rose.',
      'Putin visited the Kursk region, invaded by Ukraine last year.',
    )
    const right = article(
      'Markets rose.',
      'It was Putin’s first visit to the Kursk region since Ukraine invaded it last August.',
    )
    expect(changes(left, right, [row([0], [0]), row([1], []), row([], [1])])).toEqual([
      'date changed: last year → last August',
      'number added: ∅ → first',
    ])
  })

  it('pairs an exact day with the vaguer date that holds it wherever the alignment put them', () => {
    // Seeds 000-001: the alignment pairs each of these paragraphs with another one.
    const left = article(
      'Markets rose.',
      'A 28 February meeting between Trump, Vance and Zelensky descended into a shouting match, leading to a freeze on US military aid.',
      'Drones struck Odesa overnight, officials said.',
    )
    const vaguer = (date: string): Paragraph[] =>
      article(
        'Markets rose.',
        'Drones struck Odesa and Kharkiv overnight, officials said.',
        `The suspension of US military aid in ${date} followed a heated exchange between Trump, Vance and Zelensky.`,
      )
    const rows = [row([0], [0]), row([1], [1]), row([2], [2])]
    expect(changes(left, vaguer('late February'), rows)).toContain(
      'date changed: 28 February → late February',
    )
    // "early February" does not hold the 28th, nor "late March" any day of February.
    for (const other of ['early February', 'late March']) {
      expect(
        changes(left, vaguer(other), rows).filter((change) => change.startsWith('date')),
      ).toEqual(['date removed: 28 February → ∅', `date added: ∅ → ${other}`])
    }
  })

  it('pairs "last year" with "last August" across rows the alignment paired elsewhere', () => {
    // Seeds 001-003.
    const left = article(
      'Putin visited the Kursk region, contested since Ukrainian forces launched an incursion last year.',
      'Peskov said the talks were positive.',
    )
    const right = article(
      'Peskov called the talks positive, the Kremlin said.',
      'This marked Putin’s first visit to the region since Ukraine launched cross-border operations last August.',
    )
    expect(changes(left, right, [row([0], [0]), row([1], [1])])).toContain(
      'date changed: last year → last August',
    )
  })

  it('reports a claim credited to another source ("the Kremlin claimed" → "Peskov reported")', () => {
    const left = article(
      'Meanwhile, in Kursk, the Kremlin claimed that Russian forces were advancing and reclaiming lost ground.',
    )
    const right = article(
      'In the Kursk region, Peskov reported that Russian troops are advancing and reclaiming areas.',
    )
    expect(changes(left, right, [row([0], [0])])).toContain(
      'source changed: the Kremlin claimed → Peskov reported',
    )
  })

  it('leaves a claim credited to the same source, or to a source only one side names, to the quotes lens', () => {
    const same = changes(
      article('Dmitry Peskov claimed that Russian forces were advancing in the Kursk region.'),
      article('Peskov stated that Russian troops were advancing in the Kursk region.'),
      [row([0], [0])],
    )
    expect(same.filter((change) => change.startsWith('source'))).toEqual([])
    const oneSide = changes(
      article('Russian forces were advancing in the Kursk region, Western officials believe.'),
      article('Peskov stated that Russian troops were advancing in the Kursk region.'),
      [row([0], [0])],
    )
    expect(oneSide.filter((change) => change.startsWith('source'))).toEqual([])
  })

  it('never reports a number the other article states with another unit', () => {
    // From the OneStopEnglish "Superbugs" and "Kashmir" pairs (issue 6): one count, two nouns.
    const left = article(
      'Multi-drug resistance accounts for more than 150,000 deaths each year.',
      'The insurgency has claimed up to 70,000 lives.',
    )
    const right = article(
      'Others stayed away: almost 70,000 people have died in the fighting.',
      'Each year more than 150,000 people die from tuberculosis.',
    )
    expect(changes(left, right, [row([0], [1]), row([1], [0])])).toEqual([])
    expect(changes(left, right, [row([0], []), row([1], []), row([], [0]), row([], [1])])).toEqual(
      [],
    )
  })

  it('never reports a number the other article writes in other words or case', () => {
    const left = article(
      'Two Chief Constables wrote to the minister.',
      'About 1.5 million tourists came, and ten hotels opened.',
    )
    const right = article(
      'The letter was signed by two chief constables.',
      'Ten new hotels opened for the 1,500,000 visitors.',
    )
    expect(changes(left, right, [row([0], [0]), row([1], []), row([], [1])])).toEqual([])
  })

  it('never reports a year, month or weekday the other article states inside a longer date', () => {
    const left = article(
      'A jury convicted a man charged in a 2007 shooting.',
      'Lohan checked in on Thursday.',
      'Shops close in December.',
    )
    const right = article(
      'The shooting happened on April 12, 2007.',
      'Lohan arrived at the centre late Thursday.',
      'The film opens in December 2015.',
    )
    const rows = [
      row([0], []),
      row([1], []),
      row([2], []),
      row([], [0]),
      row([], [1]),
      row([], [2]),
    ]
    expect(changes(left, right, rows)).toEqual([
      'date added: ∅ → April 12, 2007',
      'date added: ∅ → late Thursday',
      'date added: ∅ → December 2015',
    ])
  })

  it('reports a number changed in an aligned sentence as one change, whatever its noun', () => {
    const left = article(
      'Up to 150 fire fighters are reported to be at the scene with 10 fire appliances and 1 specialist foamer.',
    )
    const right = article(
      'Emergency services dispatched more than 100 firefighters, ten fire engines and specialized foam units to the scene.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual([
      'number changed: Up to 150 → more than 100',
      'number removed: 1 → ∅',
    ])
  })

  it('reports a count changed in the same statement as one change', () => {
    const left = article('Police said 5000 people marched through the city centre on Saturday.')
    const right = article(
      'Police said 6000 protesters marched through the city centre on Saturday.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual(['number changed: 5000 → 6000'])
  })

  // Wrong `changed` pairings read in the ECB+ corpus pairs (issue 6): two different facts paired
  // as one change because they share a sentence's words.
  it('never pairs counts of different measures ("10 kilometres" and "24 people")', () => {
    const pairs = [
      [
        'The quake, which hit at a depth of just 10 kilometres, injured more than 200 people in Aceh, said disaster agency spokesman Sutopo.',
        '"We have recorded 24 people dead and 249 people injured in Aceh," disaster agency spokesman Sutopo said.',
      ],
      [
        'Jordan Clarke had 10 rebounds for Drake, which beat Bradley on Thursday night.',
        'Drake, which beat Bradley on Thursday night, hung on for about 30 minutes.',
      ],
      [
        'Hiller drove her car through a security barrier and entered where roughly 100 people were.',
        'About 10 minutes after Hiller was escorted out, she drove her car through a security barrier.',
      ],
    ] as const
    expect(
      pairs.map(([left, right]) =>
        changes(article(left), article(right), [row([0], [0])]).filter((change) =>
          change.includes('changed'),
        ),
      ),
    ).toEqual([['number changed: more than 200 → 249'], [], []])
  })

  it('pairs counts of different nouns only when their sizes are alike ("two Britons", "five of them")', () => {
    const left = article(
      'In 1995 six westerners including two Britons were kidnapped by a militant group in Kashmir.',
    )
    const right = article(
      'In 1995 a militant group in Kashmir kidnapped six westerners and killed five of them.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual([
      'number removed: two → ∅',
      'number added: ∅ → five',
    ])
  })

  it('never pairs a count with a count of another noun that the other sentence counts itself ("29 catches", "16 games")', () => {
    // The left sentence counts games: "16 games" is another count of games, not "29 catches" rewritten.
    const left = article(
      'But he missed 10 total games this season and had only 269 yards on 83 carries and another 201 yards on 29 catches.',
    )
    const right = article(
      'He suffered through an injury-plagued season, missing 10 of the 16 games this season with an ankle sprain.',
    )
    expect(changes(left, right, [row([0], [0])]).filter((line) => line.includes('16'))).toEqual([
      'number added: ∅ → 16',
    ])
    // Both sentences speak of both nouns: one count rewritten.
    const before = article('The farm grows over 55 varieties of vegetables for the market.')
    const after = article('The farm grows more than 50 vegetable varieties for the market.')
    expect(changes(before, after, [row([0], [0])])).toEqual([
      'number changed: over 55 → more than 50',
    ])
  })

  it('never pairs a count with another count of its noun that the other sentence qualifies otherwise ("yards rushing", "yards receiving")', () => {
    // "716 yards rushing" is the rushing count: the left sentence's is "6,728 yards rushing", and
    // "918 yards … receiving" is another quantity of yards, not the rushing count rewritten.
    const left = article(
      'He played at Wayne State, where he finished with 6,728 yards rushing with 96 touchdowns in addition to 918 yards and four scores receiving.',
    )
    const right = article(
      'The undrafted rookie averaged 5.2 yards a carry and finished with a team-high 716 yards rushing and five touchdowns.',
    )
    expect(changes(left, right, [row([0], [0])]).filter((line) => line.includes('918'))).toEqual([
      'number removed: 918 → ∅',
    ])
    // Of two counts alike in size, the one qualified alike is the count changed.
    const before = article(
      'He ran for 900 yards rushing and caught passes for 720 yards receiving.',
    )
    const after = article('He ran for 716 yards rushing and caught passes for 300 yards receiving.')
    expect(changes(before, after, [row([0], [0])])).toEqual([
      'number changed: 900 → 716',
      'number changed: 720 → 300',
    ])
  })

  it('never pairs a count with a number hyphenated to its noun ("47 vulnerabilities", "32-bit")', () => {
    // "32-bit versions" says what kind of version, not how many of anything: no count changed.
    const left = article(
      'Microsoft repaired 47 vulnerabilities in Internet Explorer versions as part of its updates.',
    )
    for (const written of ['32-bit', '32 - bit']) {
      const right = article(
        `Microsoft's patch for the Internet Explorer vulnerabilities applies only to ${written} versions.`,
      )
      expect(changes(left, right, [row([0], [0])])).toEqual([
        'number removed: 47 → ∅',
        `number added: ∅ → ${written === '32-bit' ? '32-bit' : '32'}`,
      ])
    }
  })

  it('pairs two counts of one noun far apart in size only in sentences telling the same thing', () => {
    // Two distances from different places share the island and a bearing, not the statement.
    const left = article(
      'Qeshm island, located 700 miles southeast of Tehran, has a busy fishing harbour and draws weekend tourists.',
    )
    const right = article(
      'The quake struck the waters near Qeshm island, 35 miles southwest of the port of Bandar Abbas, officials said.',
    )
    expect(changes(left, right, [row([0], [0])]).filter((line) => line.includes('35'))).toEqual([
      'number added: ∅ → 35',
    ])
    // A toll updated in the same words is one change, however far it moved.
    const before = article('The strike killed 3 people in Odesa overnight, officials said.')
    const after = article('The strike killed 15 people in Odesa overnight, officials said.')
    expect(changes(before, after, [row([0], [0])])).toEqual(['number changed: 3 → 15'])
  })

  it('pairs the day something was said only with the day of another statement', () => {
    // "said Wednesday" dates the sergeant's words; "fired last week" dates the firing.
    const left = article(
      'A man fired from his accounting job walked into his old office with a shotgun and shot three people, a police sergeant said Wednesday.',
    )
    const right = article(
      'A man fired last week from his accounting job was arrested after he shot three people at his old office.',
    )
    expect(changes(left, right, [row([0], [0])]).filter((line) => line.startsWith('date'))).toEqual(
      ['date removed: Wednesday → ∅', 'date added: ∅ → last week'],
    )
    // The day a report was made, told before or after its verb, is one date changed.
    const before = article(
      'A campaign volunteer, who on Wednesday reported that she was attacked at a cash machine, admitted the story was false.',
    )
    const after = article(
      'A campaign volunteer admitted that the attack at a cash machine she reported last week was false.',
    )
    expect(
      changes(before, after, [row([0], [0])]).filter((line) => line.startsWith('date')),
    ).toEqual(['date changed: Wednesday → last week'])
  })

  it('pairs a source of footage credited to another source in rows the alignment paired elsewhere', () => {
    const left = article(
      'On Wednesday, the Kremlin released footage of Putin visiting a military command post in Kursk.',
      'Talks on a ceasefire will begin in Moscow this week.',
    )
    const right = article(
      'Officials will hold ceasefire talks in Moscow.',
      'Russian state television showed footage of Putin meeting military commanders at a command post in Kursk.',
    )
    expect(
      changes(left, right, [row([0], [0]), row([1], [1])]).filter((line) =>
        line.startsWith('source'),
      ),
    ).toEqual(['source changed: the Kremlin released → Russian state television'])
  })

  it('never pairs a reading on a scale with a count of things ("about 6. 0" and "seven villages")', () => {
    // Wire copy (the article spaces "31, 000") writes the quake's magnitude "6. 0".
    const left = article(
      'A quake struck the island of Qeshm and its villages on Sunday with a force of about 6. 0 on the Richter scale.',
      'It killed more than 31, 000 people in Bam in 2003.',
    )
    const right = article(
      'The island of Qeshm and seven of its villages were most strongly affected by the quake.',
    )
    expect(changes(left, right, [row([0], [0]), row([1], [])])).toEqual([
      'date removed: Sunday → ∅',
      'number removed: about 6. 0 → ∅',
      'number added: ∅ → seven',
      'number removed: more than 31, 000 → ∅',
      'date removed: 2003 → ∅',
    ])
  })

  it('takes a weekday the other side names as stating "last Friday", so it pairs with no other day', () => {
    const left = article(
      'Four people found shot to death Friday along the Turnpike were identified Saturday.',
    )
    const right = article(
      'Four people of one family were found shot to death along the Turnpike last Friday.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual(['date removed: Saturday → ∅'])
  })

  it('pairs two dates only in sentences telling one event, not only naming one person', () => {
    const left = article(
      'Her stay at the Betty Ford Center comes after Lindsay Lohan rear-ended a truck on June 8.',
      'Lohan checked into the Betty Ford Center for rehab on Thursday, her lawyer said.',
    )
    const right = article(
      'Actress Lindsay Lohan finally turned up at the Betty Ford Center late Friday.',
      'Lohan checked into the Betty Ford Center for rehab on Wednesday, her lawyer said.',
    )
    expect(changes(left, right, [row([0], [0]), row([1], [1])])).toEqual([
      'date removed: June 8 → ∅',
      'date added: ∅ → late Friday',
      'date changed: Thursday → Wednesday',
    ])
  })

  it('does not count the words hyphenated to a number ("-year-old") as context shared by two numbers', () => {
    const left = article('Police said a 38-year-old man was arrested in Detroit.')
    const right = article('Police said the 63-year-old victim died in Detroit.')
    expect(changes(left, right, [row([0], [0])])).toEqual([
      'number removed: 38-year → ∅',
      'number added: ∅ → 63-year',
    ])
  })

  it('counts a number with its hyphenated unit as one context word, naming whom it is about', () => {
    // The same age on both sides is a sign of the same person; it is not what happened.
    const left = article(
      'Yesterday, a 36-year-old Australian climber died after falling about 150 metres at Mt Cook.',
    )
    const right = article(
      'On Friday, 36-year-old Duncan Rait died after slipping and falling about 200ft from a ridge.',
    )
    expect(changes(left, right, [row([0], [0])])).toContain('date changed: Yesterday → Friday')
    const checkedIn = article(
      'Early Friday morning, the 26-year-old actress checked into the Betty Ford Center in Calif.',
    )
    const checkedOut = article(
      'The 26-year-old starlet avoided jail by checking into a second rehab center in Calif. on Thursday.',
    )
    expect(
      changes(checkedIn, checkedOut, [row([0], [0])]).filter((change) => change.startsWith('date')),
    ).toEqual(['date removed: Early Friday → ∅', 'date added: ∅ → Thursday'])
  })

  it('pairs two ranks, or two numbers that name nothing they count, only when alike in size', () => {
    const ranks = changes(
      article('The Red Sox made first baseman Mark Teixeira an offer of $200 million.'),
      article('The Yankees made third baseman Alex Rodriguez an offer of $200 million.'),
      [row([0], [0])],
    )
    expect(ranks.filter((change) => change.startsWith('number'))).toEqual([
      'number removed: first → ∅',
      'number added: ∅ → third',
    ])
    const counts = changes(
      article('He said 30 of the 80 wounded remained in hospital after the quake on the island.'),
      article('Seven of the villages on the island remained cut off after the quake.'),
      [row([0], [0])],
    )
    expect(counts.filter((change) => change.includes('changed'))).toEqual([])
  })

  it('never pairs a sum with the same sum converted to another currency', () => {
    const left = article('Jewellery worth £1.7m was stolen from an upmarket shop in central Paris.')
    const right = article(
      'Thieves stole jewellery worth two million euros from an upmarket shop in central Paris.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual([
      'number removed: £1.7m → ∅',
      'number added: ∅ → two million euros',
    ])
  })

  it('does not pair a date with one the other article states elsewhere', () => {
    const left = article(
      'The first blast was heard near the depot at 6 am.',
      'Further smaller explosions followed at 6:24am and 6:30am.',
    )
    const right = article(
      'The initial explosion occurred at 6 a.m., followed by smaller explosions over the next half hour.',
    )
    expect(
      changes(left, right, [row([0], []), row([1], [0])]).filter((change) =>
        change.includes('changed'),
      ),
    ).toEqual([])
  })

  it('lets inflected and derived words of two sentences meet ("cities"/"city", "Ukraine"/"Ukrainian")', () => {
    const left = article('Ukraine said 12 cities lost water.')
    const right = article('Ukrainian officials said 15 city districts had no water.')
    expect(changes(left, right, [row([0], [0])])).toContain('number changed: 12 → 15')
  })

  it('reports an exact day that became a vaguer date as one change', () => {
    const left = article(
      'The meeting between the two leaders on 3 March ended in a shouting match.',
    )
    const right = article(
      'The meeting between the two leaders in early March ended in a shouting match.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual(['date changed: 3 March → early March'])
  })

  it('does not pair a vaguer date with a day of another month', () => {
    const left = article(
      'The meeting between the two leaders on 3 March ended in a shouting match.',
    )
    const right = article(
      'The meeting between the two leaders in early June ended in a shouting match.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual([
      'date removed: 3 March → ∅',
      'date added: ∅ → early June',
    ])
  })

  it('never reports a fact the other article states only in boilerplate', () => {
    const left = article('Navy commandos seized the ship on Nov 11 near Aden.')
    const right = article(['Mumbai, Nov 11 - Reuters', 'boilerplate'], 'Commandos seized a ship.')
    expect(changes(left, right, [row([0], [1]), row([], [0])])).toEqual([])
  })

  it('reports a source named more fully elsewhere as added, never the shorter one removed', () => {
    const left = article('Markets rose.', 'According to the IEA, coal use will grow.')
    const right = article(
      'Markets rose.',
      'According to the IEA’s Medium-Term Coal Market Report the world will burn more coal.',
    )
    expect(changes(left, right, [row([0], [0]), row([1], []), row([], [1])])).toEqual([
      'source added: ∅ → According to the IEA’s Medium-Term Coal Market Report',
    ])
  })

  it('does not pair a year with a week, nor count "two decades" and "20 years" as different', () => {
    const left = article(
      'The panel said the glaciers could vanish by 2035, a claim the chairman defended.',
      'It is the first garden planted at the White House in over 20 years.',
    )
    const right = article(
      'The panel chairman defended the claim about the glaciers this week.',
      'It marks the first White House garden in over two decades.',
    )
    expect(changes(left, right, [row([0], [0]), row([1], [1])])).toEqual([
      'date removed: 2035 → ∅',
      'date added: ∅ → this week',
    ])
  })

  it('reads "70m" with no noun after it as either metres or millions', () => {
    const left = article('Users in the UK fell from 70m to 64m in a year.')
    const right = article('Users in the UK fell from 70 million to 64 million in a year.')
    expect(changes(left, right, [row([0], [0])])).toEqual([])
  })

  it('points a changed fact at exactly its words, qualifier included', () => {
    const left = article('Police said 15 people attended and 5 left before up to 150 marched.')
    const right = article('Police said 15 people attended and 6 left before more than 100 marched.')
    const marked = compareFacts(left, right, [row([0], [0])], DEFAULT_COMPARE_OPTIONS).map(
      (change) =>
        [change.left, change.right]
          .map((side) =>
            side === null
              ? '∅'
              : side.spans
                  .map((span) =>
                    (side === change.left ? left : right)[0]?.text.slice(span.start, span.end),
                  )
                  .join('|'),
          )
          .join(' → '),
    )
    expect(marked).toEqual(['5 → 6', 'up to 150 → more than 100'])
  })

  it('never reports a rank the other article writes as a number, nor a share as a percentage', () => {
    const left = article(
      'The UK fails to make the top ten at number 13, well above Pakistan at 89.',
      'The consumption of baked beans has dropped by a fifth.',
    )
    const right = article(
      'The UK is in 13th place, far above Pakistan at 89th.',
      'People eat 20% fewer baked beans.',
    )
    expect(changes(left, right, [row([0], [0]), row([1], [1])])).toEqual([
      'number removed: ten → ∅',
    ])
  })

  it('reports an exact day blurred to its week as one change', () => {
    const left = article(
      'Dr Rajendra Pachauri admitted on Wednesday that a mistake in a report had raised fears.',
    )
    const right = article(
      'Dr Rajendra Pachauri acknowledged this week that an overstatement in a report had raised fears.',
    )
    expect(changes(left, right, [row([0], [0])])).toEqual(['date changed: Wednesday → this week'])
  })

  it('never reports facts of boilerplate paragraphs', () => {
    const left = article('Talks began.')
    const right = article(
      'Talks began.',
      ['0 Comments', 'boilerplate'],
      ['Photo: Reuters 2024', 'boilerplate'],
    )
    expect(changes(left, right, [row([0], [0]), row([], [1]), row([], [2])])).toEqual([])
  })
})

function seed(name: string): string {
  return readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8')
}

const SEEDS = [
  '000_cbc1d2b3e80d9033.txt',
  '001_f9530f5110897cd7.txt',
  '002_0910a8868c6fadf2.txt',
  '003_b01608b6cce9594e.txt',
  '004_e5306c6442d6f8c1.txt',
].map((name) => ({ path: name, text: seed(name) }))

function seedFacts(left: number, right: number): string[] {
  const [a, b] = [SEEDS[left], SEEDS[right]]
  if (!a || !b) throw new Error('no such seed')
  return compareArticles(a, b).facts.map(describeChange)
}

describe('compareFacts on the seed articles (through compareArticles)', () => {
  it('reports "86%", which only 004 states, as added against every other version', () => {
    for (const other of [0, 1, 2, 3]) {
      expect(seedFacts(other, 4)).toContain('number added: ∅ → 86%')
    }
  })

  it('reports Trump becoming "former US President" in 001', () => {
    expect(seedFacts(0, 1)).toContain(
      'person changed: President Donald Trump → former US President Donald Trump',
    )
  })

  it('reports "A source" becoming "a BBC source" in 003', () => {
    expect(seedFacts(0, 3)).toContain('source changed: A source → a BBC source')
  })

  it('reports the footage credited to Russian state television instead of the Kremlin in 004', () => {
    expect(seedFacts(2, 4)).toContain('source changed: Kremlin-released → Russian state television')
  })

  it('reports "last year" becoming "last August" in 003', () => {
    expect(seedFacts(2, 3)).toContain('date changed: last year → last August')
  })

  it('reports "Irish Prime Minister Micheál Martin", whom 000 and 003 never name', () => {
    expect(seedFacts(0, 1)).toContain('person added: ∅ → Irish Prime Minister Micheál Martin')
    expect(seedFacts(1, 3)).toContain('person removed: Irish Prime Minister Micheál Martin → ∅')
    expect(seedFacts(2, 3)).toContain('person removed: Irish Prime Minister Micheál Martin → ∅')
  })

  it('reports Syrsky\'s job title rewritten ("military chief" → "top military commander")', () => {
    expect(seedFacts(0, 1).filter((fact) => fact.includes('Syrsky'))).toEqual([
      'person changed: Ukraine’s military chief, Oleksandr Syrsky → Ukraine’s top military commander, Oleksandr Syrsky',
    ])
  })

  it('reports Gerasimov\'s job title rewritten ("military chief" → "Chief of the General Staff")', () => {
    for (const other of [0, 1, 2]) {
      expect(seedFacts(other, 3).filter((fact) => fact.includes('Gerasimov'))).toEqual([
        expect.stringMatching(
          /^person changed: (?:his )?military chief,? Valery Gerasimov → Chief of the General Staff Valery Gerasimov$/u,
        ),
      ])
    }
  })

  it('reports the advance in Kursk credited to Peskov instead of the Kremlin', () => {
    expect(seedFacts(0, 1)).toContain('source changed: the Kremlin claimed → Peskov stated')
    expect(seedFacts(0, 4)).toContain('source changed: the Kremlin claimed → Peskov reported')
  })

  it('does not report "28 February" against "February 28"', () => {
    const facts = seedFacts(0, 4)
    expect(facts.filter((fact) => /February/.test(fact))).toEqual([])
  })

  it('reports no facts of the same article against itself', () => {
    for (const seedArticle of SEEDS) {
      expect(compareArticles(seedArticle, seedArticle).facts).toEqual([])
    }
  })
})
