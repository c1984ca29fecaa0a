import { compareArticles, reportPieces } from '../core'
import type { CliCommand } from './cli-args'
import { limitHeapGrowthForLongInput } from './heap-growth'
import { articleInputOf, readArticle } from './read-article'
import { readWordVectors } from './read-word-vectors'
import type { CliIo } from './run-cli'
import { CLI_VERSION } from './cli-version'
import { writeFileAtomic } from './write-file-atomic'

/** `rewrite-lens compare`: one report of two articles, on standard output or in `--out`. */
export async function runCompare(
  command: Extract<CliCommand, { kind: 'compare' }>,
  io: CliIo,
): Promise<number> {
  const note = (message: string): void => {
    if (command.verbose) io.stderr(`rewrite-lens: ${message}\n`)
  }
  const left = await readArticle(command.left, io.stdin)
  const right = await readArticle(command.right, io.stdin)
  limitHeapGrowthForLongInput([left.text, right.text], io.limitHeapGrowth)
  const loading = Date.now()
  const vectors = await readWordVectors(io.wordVectorsPath, note, io.stderr)
  if (vectors) note(`read the word vectors in ${Date.now() - loading} ms.`)
  const comparing = Date.now()
  const comparison = compareArticles(
    articleInputOf(command.left, left),
    articleInputOf(command.right, right),
    command.options,
    vectors,
  )
  note(
    `compared ${comparison.stats.wordsLeft} with ${comparison.stats.wordsRight} words ` +
      `in ${Date.now() - comparing} ms.`,
  )

  const toTerminal = command.out === null && io.isTTY
  // Written piece by piece: a long comparison's JSON is tens of megabytes (see `reportPieces`).
  const pieces = withFinalNewline(
    reportPieces(command.format, comparison, {
      color: toTerminal && !io.env.NO_COLOR,
      ...(toTerminal && io.columns !== undefined ? { width: io.columns } : {}),
      generatedAt: (io.now?.() ?? new Date()).toISOString(),
      appVersion: CLI_VERSION,
    }),
  )
  if (command.out === null) {
    for (const piece of pieces) {
      io.stdout(piece)
      await io.drained?.()
    }
  } else {
    await writeFileAtomic(command.out, pieces)
    note(`wrote the ${command.format} report to ${command.out}.`)
  }
  return 0
}

/** The pieces, then a line break if they do not end with one (files for the shell end so). */
function* withFinalNewline(pieces: Iterable<string>): Generator<string> {
  let last = ''
  for (const piece of pieces) {
    if (piece !== '') last = piece
    yield piece
  }
  if (!last.endsWith('\n')) yield '\n'
}
