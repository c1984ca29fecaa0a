/**
 * Library figures for `npm run bench`: open, add, edit, delete, list and search through the real
 * store at 1,000 and 10,000 articles of about 600 words, each size in a child process of its own
 * so its peak memory is its own. Also the migration of a version-1 `library.json` of 1,000.
 *
 * Targets at 10,000 articles: open under 1 s and 300 MB, add/edit/delete under 50 ms without
 * blocking the event loop more than 16 ms, search under 100 ms. "Block" is the longest event-loop
 * delay (perf_hooks monitorEventLoopDelay, 1 ms resolution, GC pauses included) while the
 * operations of one kind run: what a window would feel.
 */
import { spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks'
import { countWords } from '../../src/core'
import { ArticleBodies, bodyHashOf } from '../../src/node/library/article-bodies'
import { searchWordsOf } from '../../src/node/library/article-query'
import { joinIndex, serializeRecord } from '../../src/node/library/library-schema'
import { SEARCH_CACHE_FILE_NAME, writeSearchCache } from '../../src/node/library/search-cache'
import { SEARCH_INDEX_FILE_NAME, encodeSearchIndex } from '../../src/node/library/search-index'
import type { IndexRecord } from '../../src/node/library/library-schema'
import {
  INDEX_FILE_NAME,
  LEGACY_FILE_NAME,
  openLibrary,
} from '../../src/node/library/library-store'
import { textKeyOf } from '../../src/node/library/text-key'
import { median, seededRandom } from './bench-tools'

const SIZES = (process.env.BENCH_LIBRARY_SIZES ?? '1000,10000').split(',').map(Number)
const OPS = 15
/** Set in the child process: the number of articles to measure. */
const CHILD_ENV = 'BENCH_LIBRARY_CHILD'

interface LibraryFigures {
  readonly articles: number
  readonly openMs: number
  readonly searchReadyMs: number
  readonly firstSearchMs: number
  /** The process's CPU time during that first search (less sensitive to the machine's load). */
  readonly firstSearchCpuMs: number
  /** The first search after the next start (the search index as the first session left it). */
  readonly cachedFirstSearchMs: number
  /** The first search when the search index and cache were deleted (every text read and folded). */
  readonly unindexedFirstSearchMs: number
  /** From that open until the rebuilt search index was saved. */
  readonly rebuildMs: number
  /** Longest block during that open, search and rebuild. */
  readonly rebuildBlockMs: number
  readonly searchMs: number
  readonly listMs: number
  readonly addMs: number
  readonly editMs: number
  readonly deleteMs: number
  /** Bytes each change wrote to the index and change log (median). */
  readonly changeBytes: number
  readonly addBlockMs: number
  readonly editBlockMs: number
  readonly deleteBlockMs: number
  /** Longest block while opening (reading and parsing the index, replaying the log). */
  readonly openBlockMs: number
  /** Longest block after the open until the background search words were ready. */
  readonly warmBlockMs: number
  /** The longest delay while the process sat idle: the machine's noise floor for the blocks. */
  readonly idleBlockMs: number
  /** Writing the whole index (compaction of the change log). */
  readonly compactMs: number
  readonly compactBlockMs: number
  /** The longest garbage-collection pause among the changes. */
  readonly maxGcMs: number
  readonly indexMegabytes: number
  readonly peakRssMegabytes: number
}

/** About 600 words from shuffled seed paragraphs, with a unique first line. */
function articleText(pool: ReadonlyArray<string>, n: number, random: () => number): string {
  const lines = [`Bench article ${n}: rewrite number ${n} of the story`]
  let words = 0
  while (words < 600) {
    const paragraph = pool[Math.floor(random() * pool.length)] ?? ''
    lines.push(paragraph)
    words += countWords(paragraph)
  }
  return lines.join('\n')
}

function seedPool(root: string): ReadonlyArray<string> {
  const dir = join(root, 'seeds')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 40)
}

// The data folder is written directly (bodies without fsync), as saving 10,000 articles one by
// one through the store would take minutes; what is measured afterwards goes through the store.
async function writeDataFolder(
  dataDir: string,
  pool: ReadonlyArray<string>,
  count: number,
): Promise<void> {
  const bodies = new ArticleBodies(dataDir)
  const random = seededRandom(count)
  const records: string[] = []
  const words: Array<readonly [string, string]> = []
  for (let n = 0; n < count; n += 1) {
    const text = articleText(pool, n, random)
    const body = bodyHashOf(text)
    const path = bodies.pathOf(body)
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, text)
    const record: IndexRecord = {
      id: `bench-${n}`,
      title: text.split('\n', 1)[0] ?? '',
      source: ['Wire', 'Courier', 'Gazette', 'Herald'][n % 4] ?? '',
      url: '',
      publishedAt: `2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
      importedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
      fileName: `article-${n}.txt`,
      format: 'txt',
      wordCount: countWords(text),
      label: n % 10 === 0 ? `v${n % 7}` : '',
      body,
      textKey: textKeyOf(text),
    }
    records.push(serializeRecord(record))
    words.push([body, searchWordsOf(text)])
  }
  writeFileSync(join(dataDir, INDEX_FILE_NAME), joinIndex(records))
  // The search index as the store leaves it at worst: it is rebuilt once the texts added since
  // reach an eighth of it, so up to a ninth of the texts are in the cache of added words beside it.
  const indexed = Math.ceil((count * 8) / 9)
  const keep = new Set(words.map(([body]) => body))
  const bytes = await encodeSearchIndex(null, words.slice(0, indexed), keep, async () => undefined)
  if (bytes) writeFileSync(join(dataDir, SEARCH_INDEX_FILE_NAME), bytes)
  await writeSearchCache(join(dataDir, SEARCH_CACHE_FILE_NAME), new Map(words.slice(indexed)))
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const value = await run()
  const used = process.cpuUsage(cpu)
  return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 }
}

/** Runs `run` while the event loop's delay is monitored; the longest delay in ms. */
async function longestBlock<T>(run: () => Promise<T>): Promise<{ value: T; blockMs: number }> {
  const monitor = monitorEventLoopDelay({ resolution: 1 })
  monitor.enable()
  try {
    const value = await run()
    // One more turn of the loop, so a block at the very end is sampled too.
    await new Promise((resolve) => setTimeout(resolve, 2))
    return { value, blockMs: monitor.max / 1e6 }
  } finally {
    monitor.disable()
  }
}

// Bytes of the index and change log: what a change adds to them is what it wrote.
function storedBytes(dataDir: string): number {
  return ['library-index.json', 'library-changes.log'].reduce((sum, name) => {
    try {
      return sum + statSync(join(dataDir, name)).size
    } catch {
      return sum
    }
  }, 0)
}

async function measureLibrary(
  root: string,
  dataDir: string,
  count: number,
): Promise<LibraryFigures> {
  {
    const pool = seedPool(root)
    const indexMegabytes = readFileSync(join(dataDir, INDEX_FILE_NAME)).byteLength / 1e6
    const seedsDir = join(dataDir, 'no-seeds')
    const opening = await longestBlock(() => timed(() => openLibrary({ dataDir, seedsDir })))
    const opened = opening.value
    const library = opened.value
    // From the open until every text's words are loaded in the background, a search meanwhile.
    const warm = await longestBlock(async () => {
      const firstSearch = await timed(() => library.list('kursk ceasefire', 'title'))
      const ready = await timed(() => library.searchReady())
      await library.flush()
      await library.searchIndexSaved()
      return { firstSearch, ready }
    })
    const { firstSearch, ready } = warm.value
    const searches: number[] = []
    for (const term of [
      'moscow',
      'rewrite number 4242',
      'zelensky kursk',
      'nothing-matches-this',
    ]) {
      searches.push((await timed(() => library.list(term, 'date'))).ms)
    }
    const lists: number[] = []
    for (const sort of ['title', 'date', 'source', 'label'] as const) {
      lists.push((await timed(() => library.list('', sort))).ms)
    }
    let maxGcMs = 0
    const gcs = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) maxGcMs = Math.max(maxGcMs, entry.duration)
    })
    gcs.observe({ entryTypes: ['gc'] })
    const random = seededRandom(7)
    const adds: number[] = []
    const edits: number[] = []
    const deletes: number[] = []
    const written: number[] = []
    const addedIds: string[] = []
    // Each change's bytes written to the index and log, and its time.
    const change = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
      const before = storedBytes(dataDir)
      const result = await timed(run)
      written.push(storedBytes(dataDir) - before)
      return result
    }
    const texts = Array.from({ length: OPS }, (_, k) => articleText(pool, count + k, random))
    const addBlock = await longestBlock(async () => {
      for (let k = 0; k < OPS; k += 1) {
        const text = texts[k] ?? ''
        const added = await change(() =>
          library.add([
            {
              title: `Added ${k}`,
              source: 'Bench',
              url: '',
              publishedAt: '',
              fileName: `added-${k}.txt`,
              format: 'txt',
              text,
            },
          ]),
        )
        adds.push(added.ms)
        addedIds.push(added.value.added[0]?.id ?? '')
      }
    })
    const editBlock = await longestBlock(async () => {
      for (let k = 0; k < OPS; k += 1)
        edits.push(
          (await change(() => library.update(`bench-${k * 7}`, { label: `edit ${k}` }))).ms,
        )
    })
    const deleteBlock = await longestBlock(async () => {
      for (const id of addedIds) deletes.push((await change(() => library.remove(id))).ms)
    })
    const compaction = await longestBlock(() => timed(() => library.compact()))
    const idle = await longestBlock(() => new Promise((resolve) => setTimeout(resolve, 500)))
    gcs.disconnect()
    await library.close()
    // A second start reads the words saved for search instead of folding every text again.
    const reopened = await openLibrary({ dataDir, seedsDir })
    const cachedSearch = await timed(() => reopened.list('kursk ceasefire', 'title'))
    await reopened.searchIndexSaved()
    await reopened.close()
    // A library whose search index and cache were deleted: the first search waits for every text
    // to be read and folded, and the index is rebuilt in the background.
    rmSync(join(dataDir, SEARCH_INDEX_FILE_NAME), { force: true })
    rmSync(join(dataDir, SEARCH_CACHE_FILE_NAME), { force: true })
    const rebuilding = await longestBlock(async () => {
      const library = await openLibrary({ dataDir, seedsDir })
      const search = await timed(() => library.list('kursk ceasefire', 'title'))
      const rebuilt = await timed(() => library.searchIndexSaved())
      await library.close()
      return { search, rebuilt }
    })
    return {
      articles: count,
      openMs: opened.ms,
      searchReadyMs: ready.ms,
      firstSearchMs: firstSearch.ms,
      firstSearchCpuMs: firstSearch.cpuMs,
      cachedFirstSearchMs: cachedSearch.ms,
      unindexedFirstSearchMs: rebuilding.value.search.ms,
      rebuildMs: rebuilding.value.search.ms + rebuilding.value.rebuilt.ms,
      rebuildBlockMs: rebuilding.blockMs,
      searchMs: median(searches),
      listMs: median(lists),
      addMs: median(adds),
      editMs: median(edits),
      deleteMs: median(deletes),
      changeBytes: median(written),
      addBlockMs: addBlock.blockMs,
      editBlockMs: editBlock.blockMs,
      deleteBlockMs: deleteBlock.blockMs,
      warmBlockMs: warm.blockMs,
      openBlockMs: opening.blockMs,
      compactMs: compaction.value.ms,
      compactBlockMs: compaction.blockMs,
      idleBlockMs: idle.blockMs,
      maxGcMs,
      indexMegabytes,
      peakRssMegabytes: process.resourceUsage().maxRSS / 1024,
    }
  }
}

async function measureMigration(root: string, count: number): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rewrite-lens-bench-migrate-'))
  try {
    const pool = seedPool(root)
    const random = seededRandom(count)
    const articles = Array.from({ length: count }, (_, n) => {
      const text = articleText(pool, n, random)
      return {
        id: `old-${n}`,
        title: `Old ${n}`,
        source: '',
        url: '',
        publishedAt: '',
        importedAt: '2025-01-01T00:00:00.000Z',
        fileName: `old-${n}.txt`,
        format: 'txt',
        wordCount: countWords(text),
        text,
      }
    })
    writeFileSync(
      join(dataDir, LEGACY_FILE_NAME),
      `${JSON.stringify({ schemaVersion: 1, articles }, null, 2)}\n`,
    )
    const opened = await timed(() => openLibrary({ dataDir, seedsDir: join(dataDir, 'none') }))
    await opened.value.close()
    return opened.ms
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** True in the child process that measures one library size (it prints JSON and exits). */
export async function runLibraryChildIfAsked(root: string): Promise<boolean> {
  const asked = process.env[CHILD_ENV]
  if (asked === undefined) return false
  const [size, dataDir = ''] = asked.split(':')
  const figures =
    size === 'migrate'
      ? { migrateMs: await measureMigration(root, 1000) }
      : await measureLibrary(root, dataDir, Number(size))
  process.stdout.write(`${JSON.stringify(figures)}\n`)
  return true
}

/** Prints the library section of the bench, each size measured in a fresh child process. */
export async function benchLibrary(root: string): Promise<void> {
  console.log('\nLibrary (real store; each size in its own process; median of 15 changes)')
  console.log(
    '1st search: the first on a library never searched (its search index as adds leave it: 8/9 of the texts indexed, the rest in the cache of added words); next start: after that session; search: warm; no-index: the index and cache deleted (every text read and folded, the index rebuilt in the background)',
  )
  console.log(
    'articles  index MB  open ms  open block ms  1st search ms (CPU)  next start 1st ms  texts loaded ms  warm-up block ms  search ms  list ms  add ms  edit ms  delete ms  bytes/change  block add/edit/delete ms  compact ms  compact block ms  idle block ms  max GC ms  peak RSS MB  no-index 1st search ms  rebuild ms  rebuild block ms',
  )
  const rows: LibraryFigures[] = []
  for (const size of SIZES) {
    // Written here, so the child's memory is the store's alone.
    const dataDir = mkdtempSync(join(tmpdir(), 'rewrite-lens-bench-library-'))
    await writeDataFolder(dataDir, seedPool(root), size)
    const child = spawnSync(process.execPath, ['--expose-gc', process.argv[1] ?? ''], {
      env: { ...process.env, [CHILD_ENV]: `${size}:${dataDir}` },
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    })
    rmSync(dataDir, { recursive: true, force: true })
    const line = child.stdout.trim().split('\n').at(-1) ?? ''
    if (child.status !== 0 || !line.startsWith('{')) {
      console.log(`${size}: failed: ${child.stderr.trim().split('\n')[0] ?? ''}`)
      continue
    }
    const row = JSON.parse(line) as LibraryFigures
    rows.push(row)
    console.log(
      [
        String(row.articles).padStart(8),
        row.indexMegabytes.toFixed(1).padStart(9),
        row.openMs.toFixed(0).padStart(8),
        row.openBlockMs.toFixed(1).padStart(14),
        `${row.firstSearchMs.toFixed(0)} (${row.firstSearchCpuMs.toFixed(0)})`.padStart(20),
        row.cachedFirstSearchMs.toFixed(0).padStart(18),
        row.searchReadyMs.toFixed(0).padStart(16),
        row.warmBlockMs.toFixed(1).padStart(17),
        row.searchMs.toFixed(1).padStart(10),
        row.listMs.toFixed(1).padStart(8),
        row.addMs.toFixed(1).padStart(7),
        row.editMs.toFixed(1).padStart(8),
        row.deleteMs.toFixed(1).padStart(10),
        row.changeBytes.toFixed(0).padStart(13),
        [row.addBlockMs, row.editBlockMs, row.deleteBlockMs]
          .map((ms) => ms.toFixed(1))
          .join(' / ')
          .padStart(24),
        row.compactMs.toFixed(0).padStart(11),
        row.compactBlockMs.toFixed(1).padStart(17),
        row.idleBlockMs.toFixed(1).padStart(14),
        row.maxGcMs.toFixed(1).padStart(10),
        row.peakRssMegabytes.toFixed(0).padStart(12),
        row.unindexedFirstSearchMs.toFixed(0).padStart(23),
        row.rebuildMs.toFixed(0).padStart(11),
        row.rebuildBlockMs.toFixed(1).padStart(17),
      ].join(' '),
    )
  }
  const [small, large] = rows
  if (small && large)
    console.log(
      `growth ${small.articles} → ${large.articles} articles: open ×${(large.openMs / small.openMs).toFixed(2)}, add ×${(large.addMs / small.addMs).toFixed(2)}, search ×${(large.searchMs / small.searchMs).toFixed(2)}, peak RSS ×${(large.peakRssMegabytes / small.peakRssMegabytes).toFixed(2)} (articles ×${(large.articles / small.articles).toFixed(0)})`,
    )
  const migration = spawnSync(process.execPath, [process.argv[1] ?? ''], {
    env: { ...process.env, [CHILD_ENV]: 'migrate' },
    encoding: 'utf8',
  })
  const migrated = /"migrateMs":([\d.]+)/.exec(migration.stdout)?.[1]
  console.log(
    `migration of a version-1 library.json of 1,000 articles on open: ${migrated ? `${Number(migrated).toFixed(0)} ms` : 'failed'}`,
  )
}
