import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as TimeSlice from './time-slice'
import { openLibrary } from './library-store'
import type { LibraryStore } from './library-store'

// Runs once, at the first pause of the next loop run in slices: a change committed while a
// search is part-way through its scan, as the user deleting an article while a search runs.
let atNextPause: (() => Promise<void>) | null = null

vi.mock('./time-slice', async (importOriginal) => {
  const actual = await importOriginal<typeof TimeSlice>()
  const forEachInSlices: typeof actual.forEachInSlices = (items, each, slice, every) => {
    const change = atNextPause
    atNextPause = null
    if (!change) return actual.forEachInSlices(items, each, slice, every)
    let changed = false
    const pause = async (): Promise<void> => {
      if (!changed) {
        changed = true
        await change()
      }
      await slice()
    }
    return actual.forEachInSlices(items, each, pause, every)
  }
  return { ...actual, forEachInSlices }
})

let dataDir = ''
let library: LibraryStore | null = null

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rewrite-lens-search-race-'))
})
afterEach(async () => {
  await library?.close()
  library = null
  await rm(dataDir, { recursive: true, force: true })
})

describe('a search while the library changes', () => {
  it('lists whole records, each once, when an article is deleted part-way through its scan', async () => {
    library = await openLibrary({ dataDir, seedsDir: join(dataDir, 'no-seeds') })
    await library.add(
      Array.from({ length: 300 }, (_, n) => ({
        title: `Article ${String(n).padStart(3, '0')}`,
        source: '',
        url: '',
        publishedAt: '',
        fileName: `article-${n}.txt`,
        format: 'txt' as const,
        text: `Kursk report number ${n}.`,
      })),
    )
    const before = await library.list('kursk', 'title')
    expect(before).toHaveLength(300)
    const store = library
    atNextPause = async () => {
      await store.remove(before[0]!.id)
    }
    const found = await library.list('kursk', 'title')
    expect(found.every((summary) => typeof summary?.id === 'string')).toBe(true)
    expect(new Set(found.map((summary) => summary.id)).size).toBe(found.length)
    expect(found.map((summary) => summary.title)).toEqual(before.map((summary) => summary.title))
    expect(await library.list('kursk', 'title')).toHaveLength(299)
  })
})
