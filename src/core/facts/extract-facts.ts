import type { Fact, NameLexicon } from './fact'
import { EMPTY_NAME_LEXICON } from './fact'
import { analyseText, extractEntities } from './entities'
import type { AnalysedText } from './entities'
import { extractQuantities } from './quantities'
import { extractSources } from './sources'

/**
 * Every fact a text states: numbers, dates and times, people with their job titles, places,
 * organisations and attributions of sources, in reading order. Pass the lexicon `learnNames`
 * builds from both articles so names written once in full are known everywhere.
 */
export function extractFacts(
  input: string | AnalysedText,
  lexicon: NameLexicon = EMPTY_NAME_LEXICON,
): ReadonlyArray<Fact> {
  const analysed = typeof input === 'string' ? analyseText(input) : input
  const text = analysed.text
  const entities = extractEntities(analysed, lexicon)
  const quantities = extractQuantities(text)
  const people = entities.filter((fact) => fact.kind === 'person')
  const sources = extractSources(text, (start, end) =>
    people.some((person) => person.start < end && start < person.end),
  )
  const inSource = (fact: Fact): boolean =>
    sources.some((source) => source.start <= fact.start && fact.end <= source.end)
  // "a BBC source" is one fact, the source; "BBC" inside it is not a second one.
  const named = entities.filter((fact) => fact.kind === 'person' || !inSource(fact))
  return [...named, ...quantities, ...sources].sort((a, b) => a.start - b.start)
}
