/**
 * The one stemmer: a deliberately light English one ("advanced", "advancing" → "advanc";
 * "negotiations", "negotiate" → "negotiat"). It only needs to join the inflections of one word
 * across two versions of an article; Porter-style stemmers also join unrelated words ("general",
 * "generous" → "gener"), which would link unrelated sentences. Takes a lower-cased word.
 */
export function stemWord(word: string): string {
  if (word.length <= 3) return word
  const stem = stripSuffix(word)
  // "advance", "advanced" and "advancing" share the key "advanc".
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem
}

function stripSuffix(word: string): string {
  if (word.endsWith('ly') && word.length > 5) return stripSuffix(word.slice(0, -2))
  // "liberation" and "liberate" share "liberat"; "negotiations" and "negotiate" "negotiat".
  if (/ations?$/.test(word) && word.length > 7) return word.replace(/ions?$/, '')
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3))
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2))
  if (word.endsWith('es') && /(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1)
  return word
}

function undouble(stem: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss)$/.test(stem) ? stem.slice(0, -1) : stem
}
