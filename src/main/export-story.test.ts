import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Story } from '../core'
import type { RewriteLensApi } from '../shared/api'
import { createHandlers } from './handlers'
import type { DialogPort } from './handlers'
import { openLibrary } from '../node/library/library-store'

const SEEDS = join(__dirname, '..', '..', 'seeds')
const OPTIONS = { ignoreCase: false, ignorePunctuation: false, ignoreTypography: true }

let dataDir = ''
let savePath: string | null = null
const printed: string[] = []
let api: RewriteLensApi

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rewrite-lens-story-export-'))
  const dialogs: DialogPort = {
    chooseImportPaths: async () => [],
    chooseSavePath: async () => savePath,
    printToPdf: async (html) => {
      printed.push(html)
      return new TextEncoder().encode('%PDF-1.7 fake')
    },
    confirmOpenExternal: async () => false,
    openExternal: async () => undefined,
    showItemInFolder: () => undefined,
  }
  api = createHandlers({
    library: await openLibrary({ dataDir, seedsDir: SEEDS }),
    vectors: async () => null,
    dialogs,
    appVersion: '0.0.0-test',
    now: () => new Date('2026-01-02T03:04:05Z'),
  })
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

describe('exportStory', () => {
  it('compares the selected articles as one story, oldest published first', async () => {
    const seeds = await api.listArticles({ search: '', sort: 'title' })
    const ids = seeds.map((article) => article.id)
    // Dates for all: the story is in time order, the newest given first comes last.
    for (const [index, id] of ids.entries()) {
      await api.updateArticle(id, { publishedAt: `2025-03-${String(20 - index).padStart(2, '0')}` })
    }
    savePath = join(dataDir, 'story.json')
    await api.exportStory({ articleIds: ids, format: 'json', options: OPTIONS })
    const story = JSON.parse(await readFile(savePath, 'utf8')) as Story
    expect(story.schema).toBe('rewrite-lens/story@1')
    expect(story.options.inOrder).toBe(true)
    expect(story.articles.map((article) => article.id)).toEqual([...ids].reverse())
    expect(story.root).toBe(0)

    savePath = join(dataDir, 'story.pdf')
    await api.exportStory({ articleIds: ids, format: 'pdf', options: OPTIONS })
    expect(printed.at(-1)).toMatch(/^<!doctype html>[\s\S]*Rewrite Lens story: 5 versions/)
  })

  it('refuses fewer than two articles and unknown ones with one sentence', async () => {
    const [first] = await api.listArticles({ search: '', sort: 'title' })
    await expect(
      api.exportStory({ articleIds: [first!.id, first!.id], format: 'md', options: OPTIONS }),
    ).rejects.toThrow('Select at least two articles to compare as a story.')
    await expect(
      api.exportStory({ articleIds: [first!.id, 'missing'], format: 'md', options: OPTIONS }),
    ).rejects.toThrow(/\.$/)
  })
})
