import { buildStoryReport, compareStory } from '../core'
import type { StoryProgress, WordVectors } from '../core'
import { limitHeapGrowthForLongInput } from './heap-growth'
import { readArticle } from './read-article'
import { CLI_VERSION } from './cli-version'
import type { StoryCommand } from './story-args'
import { writeFileAtomic } from './write-file-atomic'

/** What `runStory` needs from the command line around it. */
export interface StoryIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Standard input, read when one of the files is `-`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>
  readonly now?: () => Date
  /** A monotonic clock in milliseconds, for progress; tests pass a fake one. */
  readonly clock?: () => number
  /** See `CliIo.limitHeapGrowth`. */
  readonly limitHeapGrowth?: () => void
}

// Progress appears only when a story takes longer than this, then at most once per interval.
const PROGRESS_AFTER_MS = 1000

/** Runs `rewrite-lens story`: reads the files, compares them, writes the report; returns 0. */
export async function runStory(
  command: StoryCommand,
  io: StoryIo,
  loadVectors: () => Promise<WordVectors | null>,
): Promise<number> {
  const note = (message: string): void => {
    if (command.verbose) io.stderr(`rewrite-lens: ${message}\n`)
  }
  const inputs = []
  for (const file of command.files) {
    const article = await readArticle(file, io.stdin)
    inputs.push({
      path: file,
      title: article.title,
      text: article.text,
      date: article.publishedAt === '' ? null : article.publishedAt,
    })
  }
  limitHeapGrowthForLongInput(
    inputs.map((input) => input.text),
    io.limitHeapGrowth,
  )
  const vectors = await loadVectors()
  const clock = io.clock ?? (() => performance.now())
  const started = clock()
  let shown = started
  const onProgress = (progress: StoryProgress): void => {
    const now = clock()
    if (now - started < PROGRESS_AFTER_MS || now - shown < PROGRESS_AFTER_MS) return
    shown = now
    io.stderr(`rewrite-lens: story: ${progress.step} (${progress.done}/${progress.total})…\n`)
  }
  const story = compareStory(
    inputs,
    { ...command.options, inOrder: command.inOrder },
    { vectors, onProgress },
  )
  note(`compared ${story.articles.length} versions in ${Math.round(clock() - started)} ms.`)
  const report = buildStoryReport(story, command.format, {
    generatedAt: (io.now?.() ?? new Date()).toISOString(),
    appVersion: CLI_VERSION,
  })
  if (command.out === null) {
    io.stdout(report)
  } else {
    await writeFileAtomic(command.out, report)
    note(`wrote the ${command.format} story to ${command.out}.`)
  }
  return 0
}
