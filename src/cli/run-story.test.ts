import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STORY_SCHEMA } from '../core'
import type { Story } from '../core'
import { runCliCaptured } from './run-cli.test-helper'

const SEEDS = [
  'seeds/000_cbc1d2b3e80d9033.txt',
  'seeds/001_f9530f5110897cd7.txt',
  'seeds/002_0910a8868c6fadf2.txt',
  'seeds/003_b01608b6cce9594e.txt',
  'seeds/004_e5306c6442d6f8c1.txt',
]

const run = runCliCaptured

describe('rewrite-lens story', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rewrite-lens-story-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes the story of the seeds as rewrite-lens/story@1 JSON', async () => {
    const result = await run(['story', ...SEEDS, '--format', 'json'])
    expect(result.code).toBe(0)
    const story = JSON.parse(result.stdout) as Story
    expect(story.schema).toBe(STORY_SCHEMA)
    expect(story.articles.map((article) => article.path)).toEqual(SEEDS)
    expect(story.lineage.filter((entry) => entry.parent === null)).toHaveLength(1)
    // Trump's "positive messages" becomes "positive signals" in one seed (issue 10's example).
    const row = story.quotes.find((quote) =>
      quote.cells.some((cell) => cell.text === 'positive signals'),
    )
    expect(row?.cells.filter((cell) => cell.text === 'positive messages').length).toBe(4)
  })

  it('roots the lineage at the first file with --in-order', async () => {
    const result = await run(['story', '--in-order', ...SEEDS, '--format', 'json'])
    const story = JSON.parse(result.stdout) as Story
    expect(story.root).toBe(0)
    expect(story.options.inOrder).toBe(true)
    expect(
      story.lineage.every((entry) => entry.parent === null || entry.parent < entry.article),
    ).toBe(true)
  })

  it('writes each format to --out, the CSV with a byte order mark', async () => {
    for (const [name, check] of [
      ['story.csv', (text: string) => text.startsWith('\uFEFFledger,row,subject,article')],
      [
        'story.html',
        (text: string) => text.includes("default-src 'none'") && !/<script/i.test(text),
      ],
      ['story.md', (text: string) => text.startsWith('# Story: 5 versions')],
      ['story.txt', (text: string) => text.startsWith('Story: 5 versions')],
    ] as const) {
      const out = join(dir, name)
      const result = await run(['story', ...SEEDS, '--out', out])
      expect(result.code).toBe(0)
      expect(check(await readFile(out, 'utf8'))).toBe(true)
    }
  })

  it('refuses bad input with one line and exit code 2', async () => {
    const cases: ReadonlyArray<readonly [ReadonlyArray<string>, RegExp]> = [
      [['story', SEEDS[0]!], /needs at least two article files/],
      [['story', SEEDS[0]!, join(dir, 'missing.txt')], /missing\.txt was not found/],
      [['story', ...SEEDS, '--out', SEEDS[1]!], /is one of the articles/],
      [['story', ...SEEDS, '--format', 'pdf'], /unknown format "pdf"/],
      [['compare', SEEDS[0]!, SEEDS[1]!, '--in-order'], /--in-order is for/],
    ]
    for (const [argv, message] of cases) {
      const result = await run(argv)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(message)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
    }
  })

  it('reads one version from standard input (-), as compare does', async () => {
    const piped = readFileSync(SEEDS[1]!, 'utf8')
    const stdin = (async function* () {
      yield piped
    })()
    const result = await run(['story', SEEDS[0]!, '-', SEEDS[2]!, '--format', 'json'], { stdin })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const story = JSON.parse(result.stdout) as Story
    expect(story.articles.map((article) => article.path)).toEqual([SEEDS[0], '-', SEEDS[2]])
    const fromFile = JSON.parse(
      (await run(['story', SEEDS[0]!, SEEDS[1]!, SEEDS[2]!, '--format', 'json'])).stdout,
    ) as Story
    expect(story.articles[1]?.title).toBe(fromFile.articles[1]?.title)
  })

  it('refuses standard input named twice with one line', async () => {
    const stdin = (async function* () {
      yield 'text'
    })()
    const result = await run(['story', '-', SEEDS[0]!, '-'], { stdin })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/only one article can come from standard input/)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('refuses a binary file as an article without losing the others', async () => {
    const binary = join(dir, 'image.txt')
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]))
    const result = await run(['story', SEEDS[0]!, binary])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })
})
