import { describe, expect, it } from 'vitest'
import type { Paragraph } from '../types'
import { extractQuotes } from './extract-quotes'

function paragraphs(...texts: ReadonlyArray<string>): ReadonlyArray<Paragraph> {
  return texts.map((text, index) => ({ index, text, kind: 'paragraph' }))
}

/** Each quotation as `¶n "text" — speaker (how)`. */
function described(...texts: ReadonlyArray<string>): ReadonlyArray<string> {
  return extractQuotes(paragraphs(...texts)).map(
    (quote) =>
      `¶${quote.paragraph} "${quote.text}" — ${quote.speaker ?? '?'} (${quote.attribution}${quote.pronoun ? ', pronoun' : ''})`,
  )
}

describe('extractQuotes: quotations', () => {
  it('joins a quote split around its attribution into one quotation of two parts', () => {
    const [quote] = extractQuotes(
      paragraphs('“This is serious,” Trump said. “We have a complex issue on one side.”'),
    )
    expect(quote?.parts.map((part) => part.text)).toEqual([
      'This is serious,',
      'We have a complex issue on one side.',
    ])
    expect(quote?.speaker).toBe('Trump')
  })

  it('joins the parts of a quotation with " … ", each part as written in the article', () => {
    const text =
      '“We urge the Russians to sign on to this plan,” Leavitt said. “This is the closest we have been to peace.”'
    const [quote] = extractQuotes(paragraphs(text))
    expect(quote?.text).toBe(
      'We urge the Russians to sign on to this plan, … This is the closest we have been to peace.',
    )
    for (const part of quote?.parts ?? []) expect(text.slice(part.start, part.end)).toBe(part.text)
  })

  it('keeps two quotes apart when more than an attribution stands between them', () => {
    expect(
      described(
        '“I can take action,” he warned. However, he clarified that he prefers diplomacy, saying, “I want peace.”',
      ),
    ).toHaveLength(2)
  })

  it('continues a quote left open at the end of a paragraph into the next one', () => {
    const quotes = extractQuotes(
      paragraphs('Peskov said: “We are studying the plan.', '“We will answer in due course.”'),
    )
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.parts.map((part) => part.paragraph)).toEqual([0, 1])
    expect(quotes[0]?.speaker).toBe('Peskov')
  })

  it('keeps offsets that point at the words without the marks', () => {
    const text = 'He ordered forces to “fully liberate” the region.'
    const [quote] = extractQuotes(paragraphs(text))
    expect(text.slice(quote!.start, quote!.end)).toBe('fully liberate')
  })

  it('extracts short scare quotes and terms', () => {
    expect(
      described('Russia had sent “positive messages” about a "fully liberated" region.'),
    ).toEqual(['¶0 "positive messages" — ? (none)', '¶0 "fully liberated" — ? (none)'])
  })

  it('ignores boilerplate lines', () => {
    const quotes = extractQuotes([{ index: 0, text: 'Share “this” story', kind: 'boilerplate' }])
    expect(quotes).toEqual([])
  })
})

describe('extractQuotes: speakers', () => {
  it.each([
    ['“We urge Russia to act,” Leavitt told reporters.', 'Leavitt', 'after-quote'],
    ['“We urge Russia to act,” said Peskov.', 'Peskov', 'after-quote'],
    ['“We urge Russia to act,” Rubio says.', 'Rubio', 'after-quote'],
    ['Zelensky warned, “We urge Russia to act.”', 'Zelensky', 'before-quote'],
    [
      'Trump acknowledged that Russia had sent “positive messages” about it.',
      'Trump',
      'before-quote',
    ],
    ['The army is “advancing”, according to Peskov.', 'Peskov', 'according-to'],
    ['Macron: “We urge Russia to act.”', 'Macron', 'colon'],
    [
      'Ukraine’s commander, Oleksandr Syrsky, stated: “We are leaving.”',
      'Oleksandr Syrsky',
      'before-quote',
    ],
  ])('attributes %j', (text, speaker, kind) => {
    const [quote] = extractQuotes(paragraphs(text))
    expect({ speaker: quote?.speaker, kind: quote?.attribution }).toEqual({ speaker, kind })
  })

  it('drops titles from a mention and keeps the mention as written', () => {
    const [quote] = extractQuotes(
      paragraphs('“Sign on,” White House Press Secretary Karoline Leavitt said.'),
    )
    expect(quote?.speaker).toBe('Karoline Leavitt')
    expect(quote?.speakerMention).toBe('White House Press Secretary Karoline Leavitt')
  })

  it('drops an occupation written as a title before a name ("Novelist Ajaz Ashraf")', () => {
    expect(
      described(
        'Novelist Ajaz Ashraf wrote: “Underlying it is the hope of bringing them into the tent.”',
        'Activist Ram Hazare said he would “start a hunger strike”.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Ajaz Ashraf (before-quote)', 'Ram Hazare (before-quote)'])
  })

  it('keeps "of" and "of the" inside a title in the mention', () => {
    const [quote] = extractQuotes(
      paragraphs('Secretary of State Marco Rubio stated that “the ball is in their court.”'),
    )
    expect([quote?.speaker, quote?.speakerMention]).toEqual([
      'Marco Rubio',
      'Secretary of State Marco Rubio',
    ])
  })

  it('completes a surname from the fullest name the article uses', () => {
    expect(
      described(
        'Press Secretary Karoline Leavitt confirmed the call.',
        '“Sign on to this plan,” Leavitt told reporters.',
      ),
    ).toEqual(['¶1 "Sign on to this plan," — Karoline Leavitt (after-quote)'])
  })

  it('resolves a pronoun to the nearest preceding named speaker', () => {
    expect(
      described(
        'Trump also suggested that he could exert financial pressure on Russia.',
        '"That would be very bad for Russia," he said.',
      ),
    ).toEqual(['¶1 "That would be very bad for Russia," — Trump (after-quote, pronoun)'])
  })

  it('resolves a pronoun to the main subject, not to a person named in a clause', () => {
    expect(
      described(
        'Kremlin spokesman Dmitry Peskov said Russia was reviewing the plan. He did not confirm whether Putin would talk to Trump, though he acknowledged that a call was "possible."',
      ),
    ).toEqual(['¶0 "possible." — Dmitry Peskov (before-quote, pronoun)'])
  })

  it('finds the speaker of a quote introduced by "he wrote:" in the previous paragraph', () => {
    expect(
      described(
        'Meanwhile, Ukraine’s military commander, Oleksandr Syrsky, acknowledged troop movements. In a post on Telegram, he wrote:',
        '“My priority remains saving the lives of Ukrainian soldiers.”',
      ),
    ).toEqual([
      '¶1 "My priority remains saving the lives of Ukrainian soldiers." — Oleksandr Syrsky (previous-paragraph, pronoun)',
    ])
  })

  it('gives a verb without its own subject the subject of its sentence', () => {
    expect(
      described(
        'President Trump, speaking from the Oval Office alongside Prime Minister Micheál Martin, acknowledged receiving “positive messages” but cautioned that “a positive message means nothing”.',
      ),
    ).toEqual([
      '¶0 "positive messages" — Trump (before-quote)',
      '¶0 "a positive message means nothing" — Trump (before-quote)',
    ])
  })

  it('does not take a new sentence after a quote for its attribution', () => {
    const [quote] = extractQuotes(
      paragraphs(
        'Syrsky announced a withdrawal, stating that his priority remains “saving the lives of soldiers.” Despite ongoing talks, hostilities continue.',
      ),
    )
    expect(quote?.speaker).toBe('Syrsky')
  })

  it('does not read a noun such as "call" as a reporting verb', () => {
    const [quote] = extractQuotes(
      paragraphs('Ministers hinted that a phone call with Putin was “possible”.'),
    )
    expect(quote?.speakerMention).toBe('Ministers')
  })

  it('leaves an unattributed quote without a speaker', () => {
    expect(described('The plan is “dead on arrival”.')).toEqual(['¶0 "dead on arrival" — ? (none)'])
  })
  it('credits a question or exclamation to the speaker named after it, whatever describes them', () => {
    // "?" and "!" close the quotation, not the sentence, when it goes on in lower case.
    expect(
      described(
        '“What is the future for our generation?” said Katerina Fikari, who feels she is extremely lucky to work for the local government in Lemnos.',
        '“Enough!” shouted Yannis Petrou, the owner of the only taverna on the island.',
      ),
    ).toEqual([
      '¶0 "What is the future for our generation?" — Katerina Fikari (after-quote)',
      '¶1 "Enough!" — Yannis Petrou (after-quote)',
    ])
  })
})

describe('extractQuotes: a speaker is a person the article names', () => {
  it.each([
    // Common nouns and things that "state", "confirm" or "liken" are no speakers.
    'Some reports on live television state that, "Several neighbours saw a plane go down."',
    'Visitors can receive a badge confirming that their hotels are “Dark Sky Friendly”.',
    'One worker on the night shift described the scenes, likening them to an open “inferno”.',
    'But he has condemned its current form calling it "a cruel joke."',
    '“It was done to remove criticism of the police,” the report said.',
    '“We urge Russia to act,” a BBC source said.',
    // Words that open a sentence are no names.
    'What happened next? “We ran,” said nobody in particular.',
    'There is a need to tackle social norms. “It is a complex problem,” she said.',
    'Nine people were hurt. “They thought the bullet would silence us,” she said.',
    // Organisations, places and acronyms are not people.
    'The survey by Oxford University said the work was “very important”.',
    'The MOOCs trend may be “a really good tool”, he says.',
    'The park lies in Congo. “Oil would be a curse,” he said.',
    'Veterans of World War I said the treaty was “a betrayal”.',
    'Historically, women brewed the beer. “It is not a female drink,” he said.',
  ])('gives no speaker for %j', (text) => {
    expect(extractQuotes(paragraphs(text)).map((quote) => quote.speaker)).toEqual(
      extractQuotes(paragraphs(text)).map(() => null),
    )
  })

  it('takes the named person, not the institution in an appositive, as the speaker', () => {
    expect(
      described(
        'Mark Stokes, a neuroscientist at Oxford University, said the experiments were a “tour de force”.',
        '“This is still a long way from memory,” he said.',
      ),
    ).toEqual([
      '¶0 "tour de force" — Mark Stokes (before-quote)',
      '¶1 "This is still a long way from memory," — Mark Stokes (after-quote, pronoun)',
    ])
  })

  it('keeps the whole name after an abbreviated title ("Dr. Lena Ortiz", "Lt. Gerry Scherlinck")', () => {
    expect(
      described(
        '“People want to know what is in their food,” explains Dr. Lena Ortiz, a food specialist.',
        '"He was seeking someone," said Troy police Lt. Gerry Scherlinck.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Lena Ortiz (after-quote)', 'Gerry Scherlinck (after-quote)'])
  })

  it('keeps a person whose surname is also a word for a place or a building', () => {
    expect(
      described('“This bridge is a waste of money,” said councillor Ann Park.').map(
        (line) => line.split(' — ')[1],
      ),
    ).toEqual(['Ann Park (after-quote)'])
  })

  it('resolves a role phrase to the person the article gives that role', () => {
    expect(
      described(
        'Kremlin spokesman Dmitry Peskov said the plan was under review.',
        '“We are studying it,” the Kremlin spokesman said.',
      ),
    ).toEqual(['¶1 "We are studying it," — Dmitry Peskov (after-quote)'])
  })

  it('leaves a role phrase unresolved when the article gives that role to two people', () => {
    const quotes = extractQuotes(
      paragraphs(
        'President Donald Trump met President Volodymyr Zelensky.',
        '“We want peace,” the president said.',
      ),
    )
    expect(quotes.map((quote) => [quote.speaker, quote.speakerMention])).toEqual([
      [null, 'the president'],
    ])
  })

  it('resolves "he" to the person named before a place or an office in the same sentence', () => {
    expect(
      described(
        'President Donald Trump spoke to reporters in the Oval Office about Ukraine.',
        '“This is a very serious situation,” he said.',
      ),
    ).toEqual(['¶1 "This is a very serious situation," — Donald Trump (after-quote, pronoun)'])
  })

  it.each([
    // A pronoun refers to a person: places, brands and groups named in passing are none.
    'The meteorite fell south of Russia’s Ural mountains. “First we noticed the wind,” she said.',
    'A town near Sardinia’s capital wants to pay residents to leave. “It is a last chance,” he said.',
    'Strada and Giraffe deduct 10%. “Staff use this system to share tips,” she said.',
    'Some members of Ingoma Nshya are widows. “Some of us are survivors,” she says.',
    'The age of festivals, including Glastonbury, is ending. “It peaked two years ago,” he said.',
    'The glasses are called Telepathy One. “It is a communication device,” he says.',
    'The café will be called Lady Dinah’s Cat Emporium. “Ideas are cheap,” she says.',
  ])('resolves no pronoun to a place, brand or group in %j', (text) => {
    expect(extractQuotes(paragraphs(text)).map((quote) => quote.speaker)).toEqual([null])
  })

  it('resolves a pronoun past a brand that is the subject to the person it is about', () => {
    expect(
      described(
        'But, for Bennett, Instagram is now a major social network. “Instagram is Facebook without parents,” he says.',
      ),
    ).toEqual(['¶0 "Instagram is Facebook without parents," — Bennett (after-quote, pronoun)'])
  })

  it('resolves a pronoun to a person the article shows speaking, titled or aged elsewhere', () => {
    expect(
      described(
        '“It is expensive,” Kcho told the Associated Press.',
        'The artist Kcho is providing free wi-fi. “It is a gift,” he said.',
        'Mr Sami, 45, owns a deli on the corner. “I am scared,” he said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Kcho (after-quote)', 'Kcho (after-quote, pronoun)', 'Sami (after-quote, pronoun)'])
  })

  it('finds a sign of a person in a possessive, a relative or an age, and keeps the age out of the name', () => {
    expect(
      described(
        'The violence was a blow to Prime Minister George Papandreou’s plans. Papandreou expressed shock at the deaths.',
        '“We are deeply shocked,” he told parliament.',
        'Klitschko shares the title with his elder brother Vitali.',
        'Vitali was in his corner. “He fought well,” he said.',
        'Thirteen-year-old Bennett has three phones. “Instagram is fun,” he says.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual([
      'George Papandreou (after-quote, pronoun)',
      'Vitali (after-quote, pronoun)',
      'Bennett (after-quote, pronoun)',
    ])
  })

  it('takes a surname that speaks as the person the article names in full, though the lexicon knows the word', () => {
    // "Frampton" alone is a word the lexicon knows; the article writes "Jez Frampton".
    expect(
      described(
        'Jez Frampton, chief executive of Interbrand, gave the figures.',
        'Tom Hunt is the top-ranked designer, in 19th position.',
        'Frampton said consumers can now criticize brands.',
        '“The customer has more control than ever,” he said.',
      ),
    ).toEqual([
      '¶3 "The customer has more control than ever," — Jez Frampton (after-quote, pronoun)',
    ])
  })

  it('takes the subject of the main clause, not of an opening subordinate clause, as the referent', () => {
    expect(
      described(
        '“Maps still matter,” says Okafor.',
        '“Machines will not think for us,” says McKinlay.',
        'Though Okafor believes machines will help, McKinlay remains sceptical. “We will see smarter machines,” he said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Okafor (after-quote)', 'McKinlay (after-quote)', 'McKinlay (after-quote, pronoun)'])
  })

  it('does not take a name written after a thing it names ("label", "brand", "chain") for a person', () => {
    expect(
      described(
        'Designer label Louis Vuitton is the top-ranked fashion name, in 19th position.',
        '“The customer has more control than ever,” he said.',
      ),
    ).toEqual(['¶1 "The customer has more control than ever," — ? (after-quote, pronoun)'])
  })

  it('resolves "she" to the last woman named, not to the last man', () => {
    expect(
      described(
        'Claudia Garcia-Moreno led the study with Charlotte Watts. Michael Jones reviewed it.',
        '“It is unacceptably high,” she said.',
      ),
    ).toEqual(['¶1 "It is unacceptably high," — Charlotte Watts (after-quote, pronoun)'])
  })

  it.each([
    [
      'One waiter, who works for another restaurant chain, said tips are most of his income. He does not want to be named. “I serve 150 people a night,” he says.',
    ],
    [
      'A spokesperson for PizzaExpress said the charge covers the cost of a tronc. “We went to great lengths to set it up,” she said.',
    ],
    [
      'A man who has worked with Madonna, Bob Dylan and Luciano Pavarotti said the problem was a lack of bands. “The festival circuit has peaked,” he said.',
    ],
  ])('resolves no pronoun past an unnamed person who is the subject, after %j', (text) => {
    const quotes = extractQuotes(
      paragraphs(
        '“We want the full tips,” said Chantal Chegrinec, an officer at Unite. Richard Hodgson runs the chain.',
        text,
      ),
    )
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Chantal Chegrinec', null])
  })

  it('takes a definite description for the person last named, for a later pronoun only', () => {
    expect(
      described(
        'The age of festivals is ending, according to the promoter Harvey Goldsmith.',
        'The man who has worked with Madonna, Bob Dylan and Luciano Pavarotti said the problem was a lack of bands. “The festival circuit has peaked,” he said.',
        'David Mitchell wrote the first book. The creator of the library asked writers to write on “the theme of time”.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Harvey Goldsmith (after-quote, pronoun)', '? (before-quote)'])
  })

  it('takes a name in apposition to an unnamed subject, or a negated verb, for the subject', () => {
    expect(
      described(
        'Richard Hodgson runs the chain.',
        'The chief of the UN climate panel, Dr. Rajendra Pachauri, admitted there was an error. “We regret it,” he said.',
        '“Full effort is the basis of the programme,” says Tabata. One person on an online forum wrote: “Most people cannot do it.” Tabata doesn’t completely agree. “Everyone can do it,” he explains.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual([
      'Rajendra Pachauri (after-quote, pronoun)',
      'Tabata (after-quote)',
      '? (before-quote)',
      'Tabata (after-quote, pronoun)',
    ])
  })

  it('resolves a pronoun after an unnamed subject to the one person the article gives that role', () => {
    expect(
      described(
        'Kremlin spokesman Dmitry Peskov said the plan was under review. Donald Trump replied later.',
        'The Kremlin spokesman said the talks were useful. “We are ready,” he added.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Dmitry Peskov (after-quote, pronoun)'])
  })

  it('does not take a name after a preposition for the subject of a reporting verb', () => {
    expect(
      described(
        'Almost half of potential visitors to Britain now say they want to try “set jetting”.',
        'Lorraine Tyler, a neuroscientist and head of the Centre for Speech, Language and the Brain at Cambridge University, said the research was a “tour de force”.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['? (none)', 'Lorraine Tyler (before-quote)'])
  })

  it('does not take a name given after "called" or "dubbed" for a person a pronoun refers to', () => {
    expect(
      described(
        'Takahito Iguchi unveiled glasses that are called Telepathy One. Like Glass, Telepathy One is due to launch in 2014.',
        'Glass is, he says, “an egotistical device”.',
        'Malala Yousafzai addressed the United Nations. The event, dubbed Malala Day, was the culmination of four years.',
        '“I am not against anyone,” she said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual([
      'Takahito Iguchi (before-quote, pronoun)',
      'Malala Yousafzai (after-quote, pronoun)',
    ])
  })

  it('reads a number with digit groups as one word of an appositive ("10,500-strong")', () => {
    expect(
      described(
        'However, Steve McNamara, general secretary of the 10,500-strong London Taxi Drivers’ Association, said: “You won’t get these driverless cars in London for 20 years.”',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Steve McNamara (before-quote)'])
  })

  it('takes the gender a title gives a name ("Lord Grantham") when the lexicon gives none', () => {
    expect(
      described(
        'Lord Grantham seeks to cut back on servants.',
        'According to Lady Fiona Carnarvon, the success has funded the repairs.',
        '“It has been an amazing magic carpet ride,” she said.',
        'Mrs Okafor runs the shop. Lord Grantham then arrived. “It is over,” she said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Fiona Carnarvon (after-quote, pronoun)', 'Okafor (after-quote, pronoun)'])
  })

  it('does not take a clause that a conjunction opens after a quote for its attribution', () => {
    expect(
      described(
        'William Hague described the operation as "our most urgent priority" while Liam Fox emphasised that troops must leave.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['William Hague (before-quote)'])
  })

  it('credits "Carle’s conclusion: “…”" to Carle, and a later "he" to him', () => {
    expect(
      described(
        'Benjamin Carle is 96.9% made in France.',
        'Carle takes out a bank loan. An auditor declares him made in France and Arnaud Montebourg visits to present him with a medal.',
        'Carle’s conclusion: “It’s not entirely possible to live 100% made in France.',
        '“A T-shirt is more expensive in France.”',
        'He added: “It’s hypocrisy to go around blaming capitalists.”',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Benjamin Carle (colon)', 'Benjamin Carle (before-quote, pronoun)'])
  })

  it('takes a person of a body before a long appositive for the subject ("Sam Watt of Vyclone, a phone app that …, said")', () => {
    expect(
      described(
        'Krystian Zimerman returned moments later and declared: “The destruction of music because of YouTube is enormous.”',
        'But Sam Watt of Vyclone, a phone app that encourages audiences to film at concerts and then brings together the footage to create a crowd-sourced video of the event, said that such artists were fighting a losing battle.',
        '“Fans filming is now part of the concert experience,” he said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Krystian Zimerman (before-quote)', 'Sam Watt (after-quote, pronoun)'])
  })

  it('reads an irregular past verb after a long appositive as the subject\'s ("Michael Ibsen, …, heard")', () => {
    expect(
      described(
        'One injury was after death, and Bob Savage, a medieval weapons expert, said it was probably not a war weapon.',
        'Michael Ibsen, the Canadian-born furniture maker proved to be the descendant of Richard’s sister, heard the confirmation on Sunday and listened in shocked silence. “My head is no clearer now than when I first heard the news,” he said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Michael Ibsen (after-quote, pronoun)'])
  })

  it('reads the verb after two descriptions set off by commas as the subject\'s ("Jenny Flahaut, 33, who works at …, was inspired")', () => {
    expect(
      described(
        '“Anywhere there is peace, I can stay, no problem,” says George, another Darfur refugee.',
        'Jenny Flahaut, 33, who works at a children’s home, was inspired to volunteer after seeing an advertisement on Facebook. “I saw these people in Calais every day and I wanted to do something for them,” she said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['George (after-quote)', 'Jenny Flahaut (after-quote, pronoun)'])
  })

  it('judges a name as a speaker and as a subject each by its own rule, whichever is asked first ("Axani had made headlines", "Axani said")', () => {
    // Asked first as a subject (no sign of a person there), "Axani" was then refused as a speaker.
    expect(
      described(
        'Jordan Axani, a 28-year-old Toronto real-estate developer, made it back to Canada with Elizabeth Quinn.',
        'Axani had made headlines in 2014 after offering an air ticket to any Canadian named Elizabeth Gallagher.',
        '“It wasn’t easy and it certainly wasn’t immediate,” Axani said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Jordan Axani (after-quote)'])
  })

  it('takes a surname the article writes with a first name for a sentence\'s subject ("But Soulier was hopeful")', () => {
    expect(
      described(
        '“As a woman, it’s made me happy,” Véronique Soulier, president of the club’s supporters’ association, told journalists.',
        'Former Italy striker Carolina Morace coached a Serie C men’s team in 1999 but resigned after two games.',
        'But Soulier was hopeful: “Hopefully, with the new manager, the club can find the motivation they’re lacking at the moment,” she said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Véronique Soulier (after-quote)', 'Véronique Soulier (after-quote, pronoun)'])
  })

  it('completes a surname from its possessive ("Margaret Allen’s") and genders a first name written alone ("George" is no "she")', () => {
    expect(
      described(
        'Not nearly enough exercise classes have a tea break halfway through. But Margaret Allen’s does.',
        'Allen, a keen dancer, has never done any formal training. “I write poems about everything,” she says.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Margaret Allen (after-quote, pronoun)'])
    expect(
      described(
        '“Anywhere there is peace, I can stay, no problem,” says George, another Darfur refugee.',
        'Many of the volunteers are local teachers. “I saw these people in Calais every day,” she said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['George (after-quote)', '? (after-quote, pronoun)'])
  })

  it('labels a two-word surname and one opening with a particle in lower case by the full name ("Sanchéz Barba", "el-Haite")', () => {
    expect(
      described(
        'Among them was a Mexican prelate, Monsignor Oscar Sanchéz Barba, from Guadalajara.',
        '“The cardinals were just looking at one another,” Sanchéz Barba said.',
        'Morocco’s Environment Minister, Hakima el-Haite, believes the plant will help.',
        '“We are very proud of this project,” el-Haite said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Oscar Sanchéz Barba (after-quote)', 'Hakima el-Haite (after-quote)'])
  })

  it('completes no name from a run that goes on with a plain word ("Southwark Crown Court")', () => {
    const speakers = described(
      'It took a Southwark Crown Court jury under three hours to find Dizaei guilty.',
      'The Crown further alleged that Dizaei told Baghdadi to leave.',
      'He said that the actions were a “wholesale abuse of power by a senior police officer.”',
    ).map((line) => line.split(' — ')[1])
    expect(speakers.some((speaker) => speaker?.includes('Crown'))).toBe(false)
  })

  it('genders a surname by the first name the article writes it with ("Hunt" is "Patrick Hunt")', () => {
    expect(
      described(
        'But when British designer, Patrick Hunt, went down the conventional route of bank finance, he hit a problem.',
        'Hunt is preparing for production in China and will test the market again.',
        '“It is the first time that finance has been fast, efficient and meritocratic,” she says.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['? (after-quote, pronoun)'])
  })

  it('labels a speaker without the person\'s noun before the name ("Politician Chuka Umunna")', () => {
    expect(
      described(
        'Politician Chuka Umunna said the contracts should be the exception to the rule. “While some employees welcome the flexibility of such contracts, many are insecure,” he said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Chuka Umunna (after-quote, pronoun)'])
  })

  it('labels a surname with its particles by the full name the article gives ("Van der Hoeven" is "Maria van der Hoeven")', () => {
    expect(
      described(
        'Maria van der Hoeven, Executive Director of the IEA, said: “Coal’s share of the global energy mix continues to grow.”',
        'Van der Hoeven said that, without a high carbon price, the growth would go on.',
        'She said: “The US experience suggests that a more efficient gas market can reduce coal use.”',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual([
      'Maria van der Hoeven (before-quote)',
      'Maria van der Hoeven (before-quote, pronoun)',
    ])
  })

  it('gives a later "he" no one a one-word subject acts on ("Hazare pushed Prime Minister Manmohan Singh")', () => {
    // "Hazare" shows no sign of a person in this article, so it is no referent; the one it pushed
    // is not who "he" is either.
    expect(
      described(
        'Following his hunger strike in April, Hazare pushed Prime Minister Manmohan Singh to re-introduce the Lokpal Bill into Parliament.',
        'Hazare will again protest to have the draft bill revised and changed.',
        '“I will start my hunger strike from August sixteenth,” he said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['? (after-quote, pronoun)'])
  })

  it('takes a first name the lexicon knows as another word for a name the article writes after "said" ("said Jay McConville")', () => {
    expect(
      described(
        'Furthermore, “you can’t do everything with a 25kg aircraft”, said Jay McConville, director of business development at Lockheed Martin.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Jay McConville (after-quote)'])
  })

  it('takes the speaker named after the verb ("“…”, said Jay McConville") for a later "he"', () => {
    expect(
      described(
        'Professor Sajiv Singh of Carnegie Mellon said that piloting a drone was hard.',
        'Furthermore, “you can’t do everything with a 25kg aircraft”, said Jay McConville, director of business development at Lockheed Martin. Much of the focus at Lockheed Martin has been on interfaces. “Those of us in the aircraft business have to remind ourselves of it,” he said.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Jay McConville (after-quote)', 'Jay McConville (after-quote, pronoun)'])
  })

  it('credits a quote to a name set off with its description before the verb ("“…,” Tim Wood, the chief medical officer, said")', () => {
    expect(
      described(
        '“Of course, there were a few players who experienced discomfort, but none required significant medical intervention,” Tim Wood, the tournament’s chief medical officer, said in a statement.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['Tim Wood (after-quote)'])
  })

  it('takes no person for a one-word subject the verb agrees with as a plural ("Billboards boast:")', () => {
    expect(
      described(
        'Billboards boast: “Teff: the ultimate gluten-free crop!”',
        'Tabata warns: “It will not last.”',
        'Kcho told reporters: “No.”',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual(['? (before-quote)', 'Tabata (before-quote)', 'Kcho (before-quote)'])
  })

  it('does not credit a question to the person it was put to', () => {
    expect(
      described(
        'Boris Johnson met the presenter Nick Robinson on Sunday.',
        '“Will you resign?” he was asked. “Absolutely not,” Johnson said.',
        'When asked “Do you regret it?”, Johnson shook his head.',
      ),
    ).toEqual([
      '¶1 "Will you resign?" — ? (none)',
      '¶1 "Absolutely not," — Boris Johnson (after-quote)',
      '¶2 "Do you regret it?" — ? (none)',
    ])
  })
})

describe('extractQuotes: German and French attributions', () => {
  it.each([
    [
      '„Wir werden den Plan prüfen“, sagte Regierungssprecher Steffen Seibert am Montag.',
      'Steffen Seibert',
    ],
    ['„Das ist ein wichtiger Schritt“, so Olaf Scholz.', 'Olaf Scholz'],
    ['Bundeskanzler Olaf Scholz sagte: „Wir stehen an der Seite der Ukraine.“', 'Olaf Scholz'],
    [
      '« Nous allons étudier ce plan », a déclaré le porte-parole du Kremlin, Dmitri Peskov.',
      'Dmitri Peskov',
    ],
    ['« Nous sommes prêts », affirme Emmanuel Macron.', 'Emmanuel Macron'],
    ['Emmanuel Macron a déclaré : « Nous sommes prêts à aider. »', 'Emmanuel Macron'],
    ['Le plan est « une étape importante », selon Emmanuel Macron.', 'Emmanuel Macron'],
  ])('attributes %j', (text, speaker) => {
    expect(extractQuotes(paragraphs(text)).map((quote) => quote.speaker)).toEqual([speaker])
  })

  it('resolves "er", "sie", "il" and "elle" in inverted attributions', () => {
    expect(
      described(
        'Die Außenministerin Annalena Baerbock reiste am Montag nach Kiew.',
        '„Wir bleiben an Ihrer Seite“, sagte sie.',
        'Le président Emmanuel Macron était à Paris.',
        '« Nous sommes prêts », a-t-il ajouté.',
      ).map((line) => line.split(' — ')[1]),
    ).toEqual([
      'Annalena Baerbock (after-quote, pronoun)',
      'Emmanuel Macron (after-quote, pronoun)',
    ])
  })
})
