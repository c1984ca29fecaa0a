import { availableParallelism } from 'node:os'
import { extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isReportFormat, REPORT_FORMATS, UserError } from '../core'
import type { CompareOptions, ReportFormat } from '../core'
import { STORY_USAGE, storyCommand } from './story-args'
import type { StoryCommand } from './story-args'

export { REPORT_FORMATS }
export type { ReportFormat }

/** The path that stands for standard input, as in other Unix tools. */
export const STDIN_PATH = '-'

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
  | {
      readonly kind: 'batch'
      /** How many pairs are compared at once (worker threads when more than one). */
      readonly jobs: number
      readonly options: CompareOptions
      readonly verbose: boolean
    }

/** Arguments that cannot be run; `message` is one line saying what to do. */
export class UsageError extends UserError {
  override readonly name = 'UsageError'
}

/** The text `--help` prints. */
export const USAGE = `Usage: rewrite-lens compare ORIGINAL REWRITE [options]
       rewrite-lens batch [--jobs N] [options] < pairs.jsonl > comparisons.jsonl

Aligns the paragraphs of two versions of an article and reports what the rewrite changed:
a word diff per paragraph, and the quotes, facts and titles that changed.
Articles: .txt, .md, .html or .docx files up to 5 MB; - reads one from standard input (as text,
or as HTML when it starts with <!doctype html> or <html>), as does a shell pipe like <(cmd).

batch reads JSON Lines, one pair per line: {"left": PATH, "right": PATH, "id": ANY}, and
writes one JSON line per pair, in input order, as each is done:
  {"status":"compared","id":…,"comparison":{…rewrite-lens/comparison@2…}}
  {"status":"failed","id":…,"line":N,"error":"what to do"}

Options:
  -f, --format FORMAT     text, json, html, md or csv (default: from the --out file's
                          extension, else text)
  -o, --out FILE          write the report to FILE instead of standard output
      --ignore-case       treat upper and lower case as the same
      --ignore-punctuation
                          compare words only, ignoring punctuation
      --no-typography     count curly/straight quotes, dashes and spacing as changes
  -j, --jobs N            batch: compare N pairs at once (default: one per CPU core)
      --verbose           say on standard error what the command is doing
  -h, --help              show this help
      --version           show the version

Colour is used on a terminal unless NO_COLOR is set. Exit codes: 0 done, 2 bad input or
arguments (batch: some pair failed), 1 internal error (set REWRITE_LENS_DEBUG=1 to see its
stack trace).

Examples:
  rewrite-lens compare old.txt new.txt
  rewrite-lens compare old.html new.docx --out report.html
  rewrite-lens compare old.md new.md --format json --ignore-case > comparison.json
  curl -s https://example.org/story.txt | rewrite-lens compare old.txt -
  rewrite-lens batch --jobs 4 < pairs.jsonl > comparisons.jsonl
  rewrite-lens story wire.txt outlet-*.txt --format html --out story.html

${STORY_USAGE}`

const HINT = 'run `rewrite-lens --help` for usage'

/** The most jobs `--jobs` accepts: far above any machine's cores, low enough to stay sane. */
export const MAX_JOBS = 256

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'ignore-case': { type: 'boolean' },
  'ignore-punctuation': { type: 'boolean' },
  'no-typography': { type: 'boolean' },
  'in-order': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const

type ParsedValues = ReturnType<typeof parseStrictly>['values']

/** How each command reads its arguments; a new command is one more entry. */
const COMMANDS: Readonly<
  Record<string, (files: ReadonlyArray<string>, values: ParsedValues) => CliCommand>
> = {
  help: () => ({ kind: 'help' }),
  compare: parseCompare,
  batch: parseBatch,
  story: parseStory,
}

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
  const parse = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
  if (parse === undefined)
    throw new UsageError(
      `rewrite-lens: unknown command "${command}"; the commands are ${listOf(
        Object.keys(COMMANDS).filter((name) => name !== 'help'),
      )} (${HINT}).`,
    )
  if (values['in-order'] && command !== 'story')
    throw new UsageError(`rewrite-lens: --in-order is for \`rewrite-lens story\`; ${HINT}.`)
  return parse(files, values)
}

function listOf(names: ReadonlyArray<string>): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

function parseCompare(files: ReadonlyArray<string>, values: ParsedValues): CliCommand {
  const [left, right] = files
  if (left === undefined || right === undefined)
    throw new UsageError(
      `rewrite-lens: compare needs two article files, e.g. \`rewrite-lens compare old.txt new.txt\`.`,
    )
  if (files.length > 2)
    throw new UsageError(
      `rewrite-lens: compare takes two files but got ${files.length}; quote paths that contain spaces.`,
    )
  if (left === STDIN_PATH && right === STDIN_PATH)
    throw new UsageError(
      `rewrite-lens: only one article can come from standard input (-); give the other as a file.`,
    )
  if (values.jobs !== undefined)
    throw new UsageError(`rewrite-lens: --jobs is for batch; compare runs one pair.`)

  const out = values.out ?? null
  const format = formatOf(values.format, out)
  if (
    out !== null &&
    [left, right].some((file) => file !== STDIN_PATH && resolve(file) === resolve(out))
  )
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

function parseStory(files: ReadonlyArray<string>, values: ParsedValues): CliCommand {
  if (values.jobs !== undefined)
    throw new UsageError(`rewrite-lens: --jobs is for batch; story compares its files in one run.`)
  if (files.filter((file) => file === STDIN_PATH).length > 1)
    throw new UsageError(
      `rewrite-lens: only one article can come from standard input (-); give the others as files.`,
    )
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

function parseBatch(files: ReadonlyArray<string>, values: ParsedValues): CliCommand {
  if (files.length > 0)
    throw new UsageError(
      `rewrite-lens: batch reads its pairs from standard input, not from arguments; e.g. \`rewrite-lens batch < pairs.jsonl\`.`,
    )
  if (values.out !== undefined)
    throw new UsageError(
      `rewrite-lens: batch writes JSON Lines to standard output; redirect it instead of --out.`,
    )
  if (values.format !== undefined && values.format !== 'json')
    throw new UsageError(`rewrite-lens: batch writes JSON Lines only; leave out --format.`)
  return {
    kind: 'batch',
    jobs: jobsOf(values.jobs),
    verbose: values.verbose ?? false,
    options: compareOptionsOf(values),
  }
}

function jobsOf(value: string | undefined): number {
  if (value === undefined) return Math.max(1, availableParallelism())
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(jobs >= 1 && jobs <= MAX_JOBS))
    throw new UsageError(
      `rewrite-lens: --jobs takes a whole number from 1 to ${MAX_JOBS}, e.g. --jobs 4.`,
    )
  return jobs
}

function compareOptionsOf(values: ParsedValues): CompareOptions {
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

function parseStrictly(argv: ReadonlyArray<string>) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS })
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
