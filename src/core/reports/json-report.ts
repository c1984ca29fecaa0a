import type { Comparison } from '../types'

/** The `rewrite-lens/comparison@2` JSON of a comparison, indented by two spaces. */
export function buildJsonReport(comparison: Comparison): string {
  return JSON.stringify(comparison, null, 2)
}

/** Several comparisons as one JSON array of `rewrite-lens/comparison@2` objects. */
export function buildJsonReportForPairs(comparisons: ReadonlyArray<Comparison>): string {
  return JSON.stringify(comparisons, null, 2)
}

// Pieces are gathered to about this many characters, so a writer makes few calls.
const PIECE_LENGTH = 65_536

/**
 * `buildJsonReport`'s text in pieces that concatenate to it exactly, for a writer that need not
 * hold the whole: a long one-sided article's report is 28 MB, which as one string (two bytes a
 * character once it holds a curly quote) and then its encoding was ~85 MB at once. Each row,
 * quotation, fact and link is serialised on its own, indented as `JSON.stringify` indents it.
 */
export function* jsonReportPieces(comparison: Comparison): Generator<string> {
  let piece = '{'
  let fields = 0
  for (const [key, value] of Object.entries(comparison) as Array<[string, unknown]>) {
    const name = `${fields === 0 ? '\n' : ',\n'}  ${JSON.stringify(key)}: `
    if (Array.isArray(value) && value.length > 0) {
      piece += `${name}[`
      for (let index = 0; index < value.length; index += 1) {
        piece += `${index === 0 ? '\n' : ',\n'}    ${nested(value[index], '    ') ?? 'null'}`
        if (piece.length >= PIECE_LENGTH) {
          yield piece
          piece = ''
        }
      }
      piece += '\n  ]'
    } else {
      const whole = nested(value, '  ')
      if (whole === undefined) continue
      piece += name + whole
    }
    fields += 1
  }
  yield fields === 0 ? `${piece}}` : `${piece}\n}`
}

/** A value's `JSON.stringify(…, null, 2)` at an indentation of `indent` (undefined: left out). */
function nested(value: unknown, indent: string): string | undefined {
  // JSON text holds no raw line break (strings escape theirs), so each one starts a line to indent.
  return JSON.stringify(value, null, 2)?.replace(/\n/g, `\n${indent}`)
}
