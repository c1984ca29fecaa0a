import { resolve } from 'node:path'
import type { CompareOptions } from '../core'
import type { ReportFormat } from './cli-args'

/** `rewrite-lens story FILE...`: compare N versions of one story. */
export interface StoryCommand {
  readonly kind: 'story'
  readonly files: ReadonlyArray<string>
  readonly inOrder: boolean
  readonly format: ReportFormat
  readonly out: string | null
  readonly options: CompareOptions
  readonly verbose: boolean
}

/** The usage of `rewrite-lens story`, appended to the command line's help. */
export const STORY_USAGE = `Usage: rewrite-lens story FILE FILE... [options]

Compares N versions of one story: how similar each pair is, who most likely copied whom, how each
quotation and each fact travelled through the versions, and what each version added.

Options (as for compare, plus):
      --in-order          the files are given oldest first: each version's parent is an
                          earlier one (otherwise the lineage is a tree over the similarity)
`

/** Checks the files and output of a story command; throws `makeError(message)` on bad input. */
export function storyCommand(
  files: ReadonlyArray<string>,
  settings: {
    readonly format: ReportFormat
    readonly out: string | null
    readonly options: CompareOptions
    readonly verbose: boolean
    readonly inOrder: boolean
  },
  makeError: (message: string) => Error,
): StoryCommand {
  if (files.length < 2)
    throw makeError(
      `rewrite-lens: story needs at least two article files, e.g. \`rewrite-lens story a.txt b.txt c.txt\`.`,
    )
  const out = settings.out
  if (out !== null && files.some((file) => resolve(file) === resolve(out)))
    throw makeError(
      `rewrite-lens: --out ${out} is one of the articles being compared; choose another file name.`,
    )
  return { kind: 'story', files, ...settings }
}
