import { access } from 'node:fs/promises'
import { compareArticles } from '../core/compare-articles'
import {
  buildCsvReport,
  buildHtmlReport,
  buildJsonReport,
  buildMarkdownReport,
  buildTextReport,
} from '../core/reports'
import type { Comparison, WordVectors } from '../core/types'
import { ImportError, importArticleFile } from '../node/importers/import-file'
import { loadWordVectors } from '../node/word-vectors-file'
import { parseCliArgs, USAGE, UsageError } from './cli-args'
import type { ReportFormat } from './cli-args'
import { CLI_VERSION } from './cli-version'
import { runStory } from './run-story'
import { OutputError, writeFileAtomic } from './write-file-atomic'

/** Exit code for bad input or arguments: the user can fix it. */
export const EXIT_USAGE = 2
/** Exit code for a failure inside Rewrite Lens. */
export const EXIT_INTERNAL = 1

/** Everything the command line touches outside the file system, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Whether standard output is a terminal (colour and wrapping are only used there). */
  readonly isTTY: boolean
  readonly env: Readonly<Record<string, string | undefined>>
  /** The terminal's width in columns, when standard output is one. */
  readonly columns?: number
  /** The word-vector file; without it the aligner uses lexical similarity only. */
  readonly wordVectorsPath?: string
  /** The clock, for the HTML report's "generated" line. */
  readonly now?: () => Date
}

/** Runs `rewrite-lens` with the given arguments and returns its exit code; never throws. */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(argv)
    switch (command.kind) {
      case 'help':
        io.stdout(USAGE)
        return 0
      case 'version':
        io.stdout(`rewrite-lens ${CLI_VERSION}\n`)
        return 0
      case 'story':
        return await runStory(command, io, () =>
          readWordVectors(io.wordVectorsPath, () => undefined, io.stderr),
        )
      case 'compare':
        break
    }
    const note = (message: string): void => {
      if (command.verbose) io.stderr(`rewrite-lens: ${message}\n`)
    }
    const left = await importArticleFile(command.left)
    const right = await importArticleFile(command.right)
    const loading = Date.now()
    const vectors = await readWordVectors(io.wordVectorsPath, note, io.stderr)
    if (vectors) note(`read the word vectors in ${Date.now() - loading} ms.`)
    const comparing = Date.now()
    const comparison = compareArticles(
      { path: command.left, title: left.title, text: left.text },
      { path: command.right, title: right.title, text: right.text },
      command.options,
      vectors,
    )
    note(
      `compared ${comparison.stats.wordsLeft} with ${comparison.stats.wordsRight} words ` +
        `in ${Date.now() - comparing} ms.`,
    )

    const toTerminal = command.out === null && io.isTTY
    const report = buildReport(comparison, command.format, {
      color: toTerminal && !io.env.NO_COLOR,
      width: toTerminal ? io.columns : undefined,
      generatedAt: (io.now?.() ?? new Date()).toISOString(),
    })
    const output = report.endsWith('\n') ? report : `${report}\n`
    if (command.out === null) {
      io.stdout(output)
    } else {
      await writeFileAtomic(command.out, output)
      note(`wrote the ${command.format} report to ${command.out}.`)
    }
    return 0
  } catch (error) {
    return reportFailure(error, io)
  }
}

function buildReport(
  comparison: Comparison,
  format: ReportFormat,
  look: {
    readonly color: boolean
    readonly width: number | undefined
    readonly generatedAt: string
  },
): string {
  switch (format) {
    case 'text':
      return buildTextReport(
        comparison,
        look.width === undefined ? { color: look.color } : { color: look.color, width: look.width },
      )
    case 'json':
      return buildJsonReport(comparison)
    case 'html':
      return buildHtmlReport(comparison, { generatedAt: look.generatedAt, appVersion: CLI_VERSION })
    case 'md':
      return buildMarkdownReport(comparison)
    case 'csv':
      return buildCsvReport(comparison)
  }
}

async function readWordVectors(
  path: string | undefined,
  note: (message: string) => void,
  warn: (text: string) => void,
): Promise<WordVectors | null> {
  if (path === undefined) return null
  const present = await access(path).then(
    () => true,
    () => false,
  )
  if (!present) {
    note(
      `no word vectors at ${path} (run npm run build:vectors); comparing words by spelling only.`,
    )
    return null
  }
  try {
    return await loadWordVectors(path)
  } catch (error) {
    // A damaged vector file degrades paraphrase matching but the comparison still stands.
    const reason =
      error instanceof Error ? error.message.replace(/^rewrite-lens: /, '') : String(error)
    warn(`rewrite-lens: warning: ${oneLine(reason)} Comparing words by spelling only.\n`)
    return null
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof UsageError || error instanceof OutputError) {
    io.stderr(`${oneLine(error.message)}\n`)
    return EXIT_USAGE
  }
  if (error instanceof ImportError) {
    const message = oneLine(error.message)
    io.stderr(`${message.startsWith('rewrite-lens:') ? message : `rewrite-lens: ${message}`}\n`)
    return EXIT_USAGE
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr(
    `rewrite-lens: internal error (${oneLine(message)}); please report it with the two files.\n`,
  )
  if (io.env.REWRITE_LENS_DEBUG && error instanceof Error && error.stack)
    io.stderr(`${error.stack}\n`)
  return EXIT_INTERNAL
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}
