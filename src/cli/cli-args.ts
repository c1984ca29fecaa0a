import { extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CompareOptions } from '../core/types'
import { STORY_USAGE, storyCommand } from './story-args'
import type { StoryCommand } from './story-args'

/** The report formats `rewrite-lens compare` can write. */
export const REPORT_FORMATS = ['text', 'json', 'html', 'md', 'csv'] as const

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** What the command line was asked to do, once its arguments are understood. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'compare'
      readonly left: string
      readonly right: string
      readonly format: ReportFormat
      readonly out: string | null
      readonly options: CompareOptions
      readonly verbose: boolean
    }
  | StoryCommand

/** Arguments that cannot be run; `message` is one line saying what to do. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** The text `--help` prints. */
export const USAGE = `Usage: rewrite-lens compare ORIGINAL REWRITE [options]

Aligns the paragraphs of two versions of an article and reports what the rewrite changed:
a word diff per paragraph, and the quotes, facts and titles that changed.
Articles: .txt, .md, .html or .docx files up to 5 MB.

Options:
  -f, --format FORMAT     text, json, html, md or csv (default: from the --out file's
                          extension, else text)
  -o, --out FILE          write the report to FILE instead of standard output
      --ignore-case       treat upper and lower case as the same
      --ignore-punctuation
                          compare words only, ignoring punctuation
      --no-typography     count curly/straight quotes, dashes and spacing as changes
      --verbose           say on standard error what the command is doing
  -h, --help              show this help
      --version           show the version

Colour is used on a terminal unless NO_COLOR is set. Exit codes: 0 done, 2 bad input or
arguments, 1 internal error (set REWRITE_LENS_DEBUG=1 to see its stack trace).

Examples:
  rewrite-lens compare old.txt new.txt
  rewrite-lens compare old.html new.docx --out report.html
  rewrite-lens compare old.md new.md --format json --ignore-case > comparison.json
  rewrite-lens story wire.txt outlet-*.txt --format html --out story.html

${STORY_USAGE}`

const HINT = 'run `rewrite-lens --help` for usage'

/** Reads the command line into a command, or throws a {@link UsageError}. */
export function parseCliArgs(argv: ReadonlyArray<string>): CliCommand {
  const { values, positionals } = parseStrictly(argv)
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }

  const [command, ...files] = positionals
  if (command === undefined)
    throw new UsageError(
      `rewrite-lens: missing command; try \`rewrite-lens compare OLD NEW\` or ${HINT}.`,
    )
  if (command === 'help') return { kind: 'help' }
  if (command !== 'compare' && command !== 'story')
    throw new UsageError(
      `rewrite-lens: unknown command "${command}"; the commands are compare and story (${HINT}).`,
    )
  if (command === 'story') {
    const out = values.out ?? null
    return storyCommand(
      files,
      {
        format: formatOf(values.format, out),
        out,
        options: compareOptionsOf(values),
        verbose: values.verbose ?? false,
        inOrder: values['in-order'] ?? false,
      },
      (message) => new UsageError(message),
    )
  }
  if (values['in-order'])
    throw new UsageError(`rewrite-lens: --in-order is for \`rewrite-lens story\`; ${HINT}.`)
  const [left, right] = files
  if (left === undefined || right === undefined)
    throw new UsageError(
      `rewrite-lens: compare needs two article files, e.g. \`rewrite-lens compare old.txt new.txt\`.`,
    )
  if (files.length > 2)
    throw new UsageError(
      `rewrite-lens: compare takes two files but got ${files.length}; quote paths that contain spaces.`,
    )

  const out = values.out ?? null
  const format = formatOf(values.format, out)
  if (out !== null && [left, right].some((file) => resolve(file) === resolve(out)))
    throw new UsageError(
      `rewrite-lens: --out ${out} is one of the articles being compared; choose another file name.`,
    )
  return {
    kind: 'compare',
    left,
    right,
    format,
    out,
    verbose: values.verbose ?? false,
    options: compareOptionsOf(values),
  }
}

/** The report format asked for, else the one `--out`'s extension implies, else text. */
function formatOf(asked: string | undefined, out: string | null): ReportFormat {
  if (out === '')
    throw new UsageError(`rewrite-lens: --out needs a file name, e.g. --out report.html.`)
  const format = asked ?? (out === null ? 'text' : formatOfFileName(out))
  if (!isReportFormat(format))
    throw new UsageError(
      `rewrite-lens: unknown format "${format}"; use ${REPORT_FORMATS.join(', ')}.`,
    )
  return format
}

function compareOptionsOf(values: {
  readonly 'ignore-case'?: boolean
  readonly 'ignore-punctuation'?: boolean
  readonly 'no-typography'?: boolean
}): CompareOptions {
  return {
    ignoreCase: values['ignore-case'] ?? false,
    ignorePunctuation: values['ignore-punctuation'] ?? false,
    ignoreTypography: !(values['no-typography'] ?? false),
  }
}

const FORMAT_OF_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.csv': 'csv',
}

/** The report format a file name asks for by its extension; text for any other. */
export function formatOfFileName(fileName: string): ReportFormat {
  return FORMAT_OF_EXTENSION[extname(fileName).toLowerCase()] ?? 'text'
}

function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as ReadonlyArray<string>).includes(value)
}

function parseStrictly(argv: ReadonlyArray<string>) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        'ignore-case': { type: 'boolean' },
        'ignore-punctuation': { type: 'boolean' },
        'no-typography': { type: 'boolean' },
        'in-order': { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new UsageError(describeParseError(error))
  }
}

// node:util's messages are long and suggest `--` tricks; say plainly which option is wrong.
function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code
  const message = error instanceof Error ? error.message : String(error)
  const option = /'([^']+)'/.exec(message)?.[1] ?? ''
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `rewrite-lens: unknown option ${option}; ${HINT}.`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = /--[\w-]+/.exec(option)?.[0] ?? option
      return message.includes('does not take an argument')
        ? `rewrite-lens: ${name} takes no value; ${HINT}.`
        : `rewrite-lens: ${name} needs a value; ${HINT}.`
    }
    default:
      return `rewrite-lens: ${message.split('\n')[0] ?? 'bad arguments'}; ${HINT}.`
  }
}
