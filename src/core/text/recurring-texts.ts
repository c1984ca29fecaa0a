/**
 * The texts that occur more than once among `texts` (a paragraph both articles keep, or one an
 * article repeats): the only ones a cache by text saves any work for.
 */
export function recurringTexts(texts: Iterable<string>): ReadonlySet<string> {
  const seen = new Set<string>()
  const recurring = new Set<string>()
  for (const text of texts) {
    if (seen.has(text)) recurring.add(text)
    else seen.add(text)
  }
  return recurring
}

/**
 * A cache by text that keeps only the entries of recurring texts (see `recurringTexts`). An entry
 * for a text read once would be held to the end of the stage for nothing: the 20,000 paragraphs
 * of a long one-sided article were ~50 MB of attribution readings, alive through the whole
 * quotes stage and so setting how far the heap grew.
 */
export class RecurringTextCache<V> extends Map<string, V> {
  constructor(private readonly recurring: ReadonlySet<string>) {
    super()
  }

  override set(text: string, value: V): this {
    if (this.recurring.has(text)) super.set(text, value)
    return this
  }
}
