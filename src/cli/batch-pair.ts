import { compareArticles, isUserError } from '../core'
import type { CompareOptions, WordVectors } from '../core'
import { oneLine, userMessage } from './cli-messages'
import { articleInputOf, readArticle } from './read-article'

/** Longest input line batch reads; a pair of paths is far shorter, so a longer line is refused. */
export const MAX_BATCH_LINE_CHARS = 64 * 1024

/** One line of batch input: a pair to compare, or why the line cannot be one. */
export type BatchTask =
  | {
      readonly kind: 'pair'
      readonly line: number
      readonly id: unknown
      readonly left: string
      readonly right: string
    }
  | {
      readonly kind: 'invalid'
      readonly line: number
      readonly id: unknown
      readonly error: string
    }

/** The JSON line batch writes for one pair, with whether it failed and whose fault that was. */
export interface BatchResult {
  readonly status: 'compared' | 'failed' | 'crashed'
  /** One line of JSON, without its newline. */
  readonly json: string
}

const EXAMPLE = '{"left": "old.txt", "right": "new.txt", "id": 1}'

/** Reads one input line (1-based `line`) into a task. */
export function parseBatchLine(text: string, line: number): BatchTask {
  const invalid = (id: unknown, error: string): BatchTask => ({ kind: 'invalid', line, id, error })
  if (text.length > MAX_BATCH_LINE_CHARS)
    return invalid(
      null,
      `rewrite-lens: line ${line} is longer than 64 KB; write one pair per line, e.g. ${EXAMPLE}.`,
    )
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return invalid(
      null,
      `rewrite-lens: line ${line} is not JSON; write one pair per line, e.g. ${EXAMPLE}.`,
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return invalid(
      null,
      `rewrite-lens: line ${line} is not a JSON object; write one pair per line, e.g. ${EXAMPLE}.`,
    )
  const record = value as Readonly<Record<string, unknown>>
  const id = record.id ?? null
  const { left, right } = record
  if (typeof left !== 'string' || typeof right !== 'string' || left === '' || right === '')
    return invalid(
      id,
      `rewrite-lens: line ${line} needs "left" and "right" file paths, e.g. ${EXAMPLE}.`,
    )
  if (left === '-' || right === '-')
    return invalid(
      id,
      `rewrite-lens: line ${line} names standard input (-), which holds the pairs; give article files.`,
    )
  return { kind: 'pair', line, id, left, right }
}

/** Compares one batch task and writes its JSON line; never throws. */
export async function runBatchTask(
  task: BatchTask,
  options: CompareOptions,
  vectors: WordVectors | null,
): Promise<BatchResult> {
  if (task.kind === 'invalid') return failed(task.line, task.id, task.error, 'failed')
  try {
    const left = await readArticle(task.left, undefined)
    const right = await readArticle(task.right, undefined)
    const comparison = compareArticles(
      articleInputOf(task.left, left),
      articleInputOf(task.right, right),
      options,
      vectors,
    )
    return {
      status: 'compared',
      json: JSON.stringify({ status: 'compared', line: task.line, id: task.id, comparison }),
    }
  } catch (error) {
    if (isUserError(error)) return failed(task.line, task.id, userMessage(error), 'failed')
    const message = error instanceof Error ? error.message : String(error)
    return failed(
      task.line,
      task.id,
      `rewrite-lens: internal error (${oneLine(message)}); please report it with the two files.`,
      'crashed',
    )
  }
}

/** The JSON line of a pair that could not be compared. */
export function failed(
  line: number,
  id: unknown,
  error: string,
  status: 'failed' | 'crashed',
): BatchResult {
  return { status, json: JSON.stringify({ status: 'failed', line, id, error }) }
}
