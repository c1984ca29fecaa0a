import type { Fact, NameLexicon } from './fact'
import { EMPTY_NAME_LEXICON } from './fact'
import { analyseText, extractEntities } from './entities'
import type { AnalysedText } from './entities'
import { extractQuantities } from './quantities'
import { extractSources } from './sources'

/**
 * Every fact a text states: numbers, dates and times, people with their job titles, places,
 * organisations and attributions of sources, in reading order. Pass the lexicon `learnNames`
 * builds from both articles so names written once in full are known everywhere, and whether the
 * article is wire copy that spaces its decimals ("6. 4"; by default the text alone decides).
 */
export function extractFacts(
  input: string | AnalysedText,
  lexicon: NameLexicon = EMPTY_NAME_LEXICON,
  spacedDecimals?: boolean,
): ReadonlyArray<Fact> {
  const analysed = typeof input === 'string' ? analyseText(input) : input
  const text = analysed.text
  const entities = extractEntities(analysed, lexicon)
  const quantities = extractQuantities(text, spacedDecimals)
  const people = entities.filter((fact) => fact.kind === 'person')
  const sources = extractSources(text, (start, end) =>
    people.some((person) => person.start < end && start < person.end),
  )
  const inSource = (fact: Fact): boolean =>
    sources.some((source) => source.start <= fact.start && fact.end <= source.end)
  const inQuantity = (fact: Fact): boolean =>
    quantities.some((quantity) => quantity.start <= fact.start && fact.end <= quantity.end)
  // "a BBC source" is one fact, the source; "BBC" inside it is not a second one, nor "US" in
  // "48 million US dollars".
  const named = entities.filter(
    (fact) => fact.kind === 'person' || (!inSource(fact) && !inQuantity(fact)),
  )
  return [...named, ...quantities, ...sources].sort((a, b) => a.start - b.start)
}
