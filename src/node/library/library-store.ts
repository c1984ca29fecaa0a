import { randomUUID } from 'node:crypto'
import { constants, unwatchFile, watch, watchFile } from 'node:fs'
import type { FSWatcher } from 'node:fs'
import { access, mkdir, readdir, rename, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { Low } from 'lowdb'
import { countWords, UserError } from '../../core'
import type {
  Article,
  ArticleMetadataPatch,
  ArticleSummary,
  LibrarySort,
  LibraryStatus,
} from '../../shared/api'
import { importArticleFile } from '../importers/import-file'
import type { ImportedArticle } from '../importers/import-file'
import { isoDateOf, webUrlOf } from '../importers/html-article'
import { ArticleBodies, bodyHashOf } from './article-bodies'
import { CHANGE_LOG_FILE_NAME, ChangeLog, applyChanges } from './change-log'
import type { LogContents, LoggedChange } from './change-log'
import { compareArticlesFor, searchableText, searchWordsOf, summaryOf } from './article-query'
import { TEMP_FILE_MARK, writeFileAtomic } from './atomic-write'
import { IndexFile, moveAside, readParsedFile, recoveryPathIn } from './library-file'
import { heldLockNotice, takeLibraryLock } from './library-lock'
import {
  SEARCH_CACHE_FILE_NAME,
  appendSearchCache,
  readSearchCache,
  writeSearchCache,
} from './search-cache'
import {
  SEARCH_INDEX_FILE_NAME,
  SearchIndex,
  encodeSearchIndex,
  writeSearchIndex,
} from './search-index'
import { forEachInSlices, sortInSlices, timeSlicer } from './time-slice'
import type { LibraryLock } from './library-lock'
import { emptyIndex, parseLegacyLibrary, parseLegacyLines } from './library-schema'
import type { IndexRecord, LibraryIndex, Parsed, Rejected } from './library-schema'
import { textKeyOf } from './text-key'

/** The index file's name inside the data folder: every article's metadata, no texts. */
export const INDEX_FILE_NAME = 'library-index.json'

/** The single-file library of earlier versions, migrated to the index and text files on open. */
export const LEGACY_FILE_NAME = 'library.json'

/** What the legacy file is renamed to once its articles are safely in the new format. */
export const MIGRATED_LEGACY_FILE_NAME = 'library.json.migrated'

// The search index is rebuilt once it lacks at least this many texts (or an eighth of its size).
const SEARCH_INDEX_MIN_NEW = 64

// The change log is folded into the index once it passes this size: about 2,500 changes, replayed
// on open in a few milliseconds, against an index of 4 MB for 10,000 articles.
const COMPACT_LOG_AFTER_BYTES = 1024 * 1024

// How often a read-only view polls the change log for another process's changes: the fallback
// for file systems where watching the data folder reports nothing.
const FOLLOW_INTERVAL_MS = 2000

/** A library operation the user asked for that cannot be done; the message says what to do. */
export class LibraryError extends UserError {
  override readonly name = 'LibraryError'
}

/** Where the library lives and what fills it on first run. */
export interface LibraryLocation {
  /** `REWRITE_LENS_DATA_DIR`, or the app's user-data folder. */
  readonly dataDir: string
  /** The folder of starter articles (`seeds/`); missing or empty gives an empty first library. */
  readonly seedsDir: string
}

/** The outcome of adding articles: what was stored and what was already there. */
export interface AddResult {
  readonly added: ReadonlyArray<ArticleSummary>
  readonly duplicates: ReadonlyArray<{ readonly fileName: string; readonly existingTitle: string }>
}

/** Settings for tests and the bench; the defaults suit the app. */
export interface LibraryOptions {
  /** Fold the change log into the index once it is larger than this (bytes). */
  readonly compactLogAfterBytes?: number
  /** How often a read-only view polls for the other process's changes (ms), besides watching. */
  readonly followIntervalMs?: number
}

/** The article library: metadata in memory, texts read on demand, changes saved in order. */
export interface LibraryStore {
  status(): LibraryStatus
  list(search: string, sort: LibrarySort): Promise<ReadonlyArray<ArticleSummary>>
  get(id: string): Promise<Article>
  add(articles: ReadonlyArray<ImportedArticle>): Promise<AddResult>
  update(id: string, patch: ArticleMetadataPatch): Promise<ArticleSummary>
  remove(id: string): Promise<{ readonly undoToken: string }>
  restore(undoToken: string): Promise<ArticleSummary>
  /** Resolves once every change asked for so far (and any queued meanwhile) is on disk or failed. */
  flush(): Promise<void>
  /** Resolves once every article's text is loaded for search (started in the background on open). */
  searchReady(): Promise<void>
  /**
   * Resolves once the search index's background work started so far (a rebuild, the words of
   * added texts) is written: for tests and the bench; closing does not wait for a rebuild.
   */
  searchIndexSaved(): Promise<void>
  /** Writes the index with every logged change in it and starts a new change log. */
  compact(): Promise<void>
  /**
   * Calls `listener` after the library changed under this view: a read-only view follows the
   * changes the process holding the library makes. Returns the unsubscribe function.
   */
  onChange(listener: () => void): () => void
  /** Saves what is pending and frees the data folder for another process. */
  close(): Promise<void>
}

/**
 * Opens (or on first run creates from the seeds) the library in `dataDir`. Only one process
 * writes a data folder: a second one gets a read-only view and a notice saying why. A damaged
 * index is set aside and its backup opened, unreadable records are kept in a recovery file, and
 * a library of an earlier version is migrated (or set aside when it cannot be read: never replaced
 * by the seeds); `status().notice` tells the user what happened.
 */
export async function openLibrary(
  location: LibraryLocation,
  options: LibraryOptions = {},
): Promise<LibraryStore> {
  const { dataDir } = location
  await mkdir(dataDir, { recursive: true }).catch(() => undefined)
  const lock = await takeLibraryLock(dataDir)
  const notices: string[] = []
  const writable = await access(dataDir, constants.W_OK).then(
    () => true,
    () => false,
  )
  if (lock.status === 'held') notices.push(heldLockNotice(lock))
  else if (!writable)
    notices.push(
      `The data folder ${dataDir} cannot be written, so the library is shown read-only; make the folder writable (or set REWRITE_LENS_DATA_DIR to another folder) and restart.`,
    )
  let readOnly = lock.status === 'held' || !writable
  if (!readOnly) await removeLeftoverTempFiles(dataDir)

  const file = new IndexFile(join(dataDir, INDEX_FILE_NAME), readOnly)
  const db = new Low<LibraryIndex>(file, emptyIndex())
  const log = new ChangeLog(join(dataDir, CHANGE_LOG_FILE_NAME))
  // The index with every change in it; the log starts again empty (idempotent changes make a
  // crash between the two harmless: the old log replayed on the new index changes nothing).
  const saveAll = async (): Promise<void> => {
    await db.write()
    await log.reset()
  }
  await db.read()
  const bodies = new ArticleBodies(dataDir)
  // Texts held in memory instead of files: a read-only view of a library not yet migrated.
  const inlineTexts = new Map<string, string>()
  let rejected: Rejected = file.rejected
  let mustSave = false
  const opening = file.opening
  // No index and no backup, but change logs: the index was deleted by hand (or lost with its
  // backup). The logs hold the latest changes, so they rebuild what they can instead of the seeds.
  let rebuildFromLogs = false
  if (opening.kind === 'first-run') {
    const legacy = await readLegacyLibrary(dataDir)
    // Change logs mean the library was in this version's format since: they are rebuilt from
    // (as below), and a leftover library file of an earlier version is not what to open.
    if ((!legacy || legacy.kind === 'damaged') && (await log.exists())) {
      rebuildFromLogs = true
      mustSave = true
    } else if (legacy?.kind === 'damaged') {
      const { notice, setAside } = await setAsideLegacyLibrary(dataDir, legacy, readOnly)
      notices.push(notice)
      if (setAside) mustSave = true
      else readOnly = true
    } else if (legacy) {
      rejected = legacy.rejected
      if (legacy.notice) notices.push(legacy.notice)
      try {
        if (readOnly) throw new Error('read-only')
        db.data = { ...emptyIndex(), articles: await migrate(legacy.articles, bodies) }
        // The old file stays until the index naming every text is on disk.
        await saveAll()
        await retireLegacyLibrary(dataDir)
      } catch (error) {
        // Shown from memory, read-only, until a later start can convert it.
        for (const article of legacy.articles)
          inlineTexts.set(bodyHashOf(article.text), article.text)
        db.data = {
          ...emptyIndex(),
          articles: legacy.articles.map((article) => recordOf(article, bodyHashOf(article.text))),
        }
        if (!readOnly) {
          readOnly = true
          notices.push(
            `The library could not be converted to this version's format (${codeOf(error) ?? 'an error'}), so it is shown read-only and ${LEGACY_FILE_NAME} is kept as it was; free some space in ${dataDir} and restart.`,
          )
        }
      }
    } else if (!readOnly) {
      db.data = { ...emptyIndex(), articles: await seedRecords(location.seedsDir, bodies) }
      mustSave = true
    }
  } else if (opening.kind === 'lost' || opening.kind === 'restored') {
    // Saving right away puts a good index back in place of the one set aside.
    mustSave = true
  } else if (opening.kind === 'opened' && !readOnly) {
    await retireLegacyLibrary(dataDir)
  }
  if (opening.kind === 'read-only') readOnly = true
  if ('notice' in opening) notices.push(opening.notice)
  // Changes since the index was written; a migrated or first-run library has none.
  const logged = opening.kind === 'first-run' && !rebuildFromLogs ? null : await log.read()
  if (logged) {
    // The backup index lacks the changes of the previous log too (compacted into the lost index).
    const lacking =
      opening.kind === 'restored' || opening.kind === 'lost' || rebuildFromLogs
        ? await log.readBackup()
        : []
    db.data = {
      ...db.data,
      articles: applyChanges(db.data.articles, [...lacking, ...logged.changes]),
    }
    if (rebuildFromLogs)
      notices.push(
        `The library file and its backup were missing, so the library was rebuilt from its change log (${plural(db.data.articles.length, 'article')}); articles saved before the last changes may be missing: import them again.`,
      )
    const replay = await logNotices(logged, log, readOnly)
    notices.push(...replay.notices)
    if (replay.readOnly) readOnly = true
    mustSave = mustSave || replay.mustCompact
  }
  if (rejected.records.length > 0) {
    const kept = readOnly ? null : await keepRejected(dataDir, rejected.records)
    const count = plural(rejected.records.length, 'article')
    notices.push(
      kept
        ? `${count} in the library file could not be read and ${rejected.records.length === 1 ? 'was' : 'were'} kept in ${basename(kept)}; the other ${plural(db.data.articles.length, 'article')} opened.`
        : `${count} in the library file could not be read and ${rejected.records.length === 1 ? 'is' : 'are'} not shown; the other ${plural(db.data.articles.length, 'article')} opened.`,
    )
    mustSave = mustSave || kept !== null
  }
  if (rejected.renamedIds > 0) {
    notices.push(
      `${plural(rejected.renamedIds, 'article')} shared an id with another and ${rejected.renamedIds === 1 ? 'was' : 'were'} given ${rejected.renamedIds === 1 ? 'its' : 'their'} own.`,
    )
    mustSave = true
  }
  const compactAfter = options.compactLogAfterBytes ?? COMPACT_LOG_AFTER_BYTES
  mustSave = mustSave || log.bytes > compactAfter
  if (mustSave && !readOnly) {
    try {
      await saveAll()
    } catch (error) {
      // Nothing on disk changed: the next start finds the same files and says the same.
      readOnly = true
      notices.push(
        `${saveError(error, dataDir).message.replace(/ and try again\.$/, '')}; until then nothing is saved.`,
      )
    }
  }
  return await createStore({
    db,
    file,
    log,
    logged,
    saveAll,
    compactAfter,
    followIntervalMs: options.followIntervalMs ?? FOLLOW_INTERVAL_MS,
    bodies,
    inlineTexts,
    lock,
    dataDir,
    notice: notices.length > 0 ? notices.join(' ') : null,
    readOnly,
  })
}

// What replaying the log found, said in sentences; a damaged log is copied aside before the
// compaction that follows drops its unreadable lines.
async function logNotices(
  logged: LogContents,
  log: ChangeLog,
  readOnly: boolean,
): Promise<{ notices: string[]; readOnly: boolean; mustCompact: boolean }> {
  const notices: string[] = []
  if (logged.newer)
    return {
      notices: [
        'This library was changed by a newer version of Rewrite Lens; update the app to see and make changes (nothing is saved until then).',
      ],
      readOnly: true,
      mustCompact: false,
    }
  if (logged.torn)
    notices.push(
      'The last change before Rewrite Lens stopped was cut short (the computer lost power or crashed while saving it) and was dropped; check the article you changed last.',
    )
  if (logged.unreadable > 0) {
    const kept = readOnly ? null : await log.keepCopy()
    notices.push(
      `${plural(logged.unreadable, 'change')} in ${basename(log.path)} could not be read and ${logged.unreadable === 1 ? 'was' : 'were'} skipped${kept ? ` (the log is kept as ${basename(kept)})` : ''}; the other changes were applied, so check the articles you changed last.`,
    )
  }
  return { notices, readOnly, mustCompact: logged.torn || logged.unreadable > 0 || log.mustRestart }
}

interface StoreParts {
  readonly db: Low<LibraryIndex>
  readonly file: IndexFile
  readonly log: ChangeLog
  /** What the log held at open (null when it was not read). */
  readonly logged: LogContents | null
  readonly saveAll: () => Promise<void>
  readonly compactAfter: number
  readonly followIntervalMs: number
  readonly bodies: ArticleBodies
  readonly inlineTexts: ReadonlyMap<string, string>
  readonly lock: LibraryLock
  readonly dataDir: string
  readonly notice: string | null
  readonly readOnly: boolean
}

async function createStore(parts: StoreParts): Promise<LibraryStore> {
  const { db, file, log, saveAll, compactAfter, bodies, inlineTexts, lock, dataDir } = parts
  const { notice, readOnly } = parts
  const undo = new Map<string, { readonly record: IndexRecord; readonly text: string | null }>()
  let revision = 0
  // Views of the records kept up to date change by change: rebuilding them (or re-sorting 10,000
  // records with the collator) on every save would hold the event loop for tens of milliseconds.
  const byId = new Map<string, IndexRecord>()
  const textKeys = new Map<string, IndexRecord>()
  const sorted = new Map<LibrarySort, ReadonlyArray<IndexRecord>>()
  const addToViews = (record: IndexRecord): void => {
    byId.set(record.id, record)
    if (!textKeys.has(record.textKey)) textKeys.set(record.textKey, record)
  }
  const rebuildViews = (): void => {
    byId.clear()
    textKeys.clear()
    sorted.clear()
    for (const record of db.data.articles) addToViews(record)
  }
  // Filled in slices before anything can use the store: 10,000 records took ~4 ms in one piece.
  await forEachInSlices(db.data.articles, addToViews, timeSlicer())
  const updateViews = (
    removed: ReadonlyArray<IndexRecord>,
    added: ReadonlyArray<IndexRecord>,
  ): void => {
    for (const record of removed) {
      byId.delete(record.id)
      if (textKeys.get(record.textKey) === record) textKeys.delete(record.textKey)
    }
    for (const record of added) addToViews(record)
    // Each order is replaced, never changed in place: a search scans it in slices, and a change
    // committed between two of them must not shorten or shift what it is scanning.
    const gone = new Set(removed)
    for (const [sort, order] of sorted) {
      const next = gone.size > 0 ? order.filter((record) => !gone.has(record)) : [...order]
      const compare = compareArticlesFor(sort)
      for (const record of added) next.splice(insertionPoint(next, record, compare), 0, record)
      sorted.set(sort, next)
    }
  }
  const summaries = new WeakMap<IndexRecord, ArticleSummary>()
  const summaryOfRecord = (record: IndexRecord): ArticleSummary => {
    const cached = summaries.get(record)
    if (cached) return cached
    const summary = summaryOf(record)
    summaries.set(record, summary)
    return summary
  }
  const metaHaystacks = new WeakMap<IndexRecord, string>()
  const metaHaystackOf = (record: IndexRecord): string => {
    const cached = metaHaystacks.get(record)
    if (cached !== undefined) return cached
    const haystack = searchableText(
      `${record.title}\n${record.source}\n${record.label}\n${record.fileName}`,
    )
    metaHaystacks.set(record, haystack)
    return haystack
  }
  // Search: the index of the texts' folded words saved by earlier sessions (read in the
  // background after open), and the folded words of the texts it lacks (added since, or folded
  // from their files now), by text hash. Both are replaced, never changed in place, when the index
  // is rebuilt, so a search holding them sees one consistent state.
  let searchIndex: SearchIndex | null = null
  // Each record's text number in `searchIndex` (-1: not in it), replaced with the index.
  let indexNumbers = new WeakMap<IndexRecord, number>()
  let bodyHaystacks = new Map<string, string>()
  const isIndexed = (body: string): boolean =>
    searchIndex?.documentOf(body) !== undefined || bodyHaystacks.has(body)
  // The records whose words were all found last time: every search asks again, and looking up
  // 10,000 texts each time would cost milliseconds of blocked event loop for nothing.
  let allIndexed: ReadonlyArray<IndexRecord> | null = null
  // `lacking`, when given, holds every text of `records` that lacked its words before (the pass
  // over the records that found them is not repeated).
  const loadHaystacks = async (
    records: ReadonlyArray<IndexRecord>,
    lacking?: ReadonlySet<string>,
  ): Promise<number> => {
    if (records === allIndexed) return 0
    // Folding 10,000 texts takes seconds of CPU: it goes in slices of a few milliseconds, so the
    // window stays responsive, while the next batch of texts is read. The search only needs the
    // words: texts are checked against their hash when opened. Even finding which texts lack
    // their words is sliced: at 10,000 records it took 2–3 ms in one piece.
    const slice = timeSlicer()
    const missing: string[] = []
    if (lacking)
      await forEachInSlices(
        [...lacking],
        (body) => {
          if (!isIndexed(body)) missing.push(body)
        },
        slice,
      )
    else {
      const seen = new Set<string>()
      await forEachInSlices(
        records,
        ({ body }) => {
          if (!seen.has(body) && !isIndexed(body)) missing.push(body)
          seen.add(body)
        },
        slice,
      )
    }
    const readBatch = (start: number): Promise<ReadonlyArray<string | null>> =>
      Promise.all(
        missing
          .slice(start, start + 32)
          .map(async (body) => inlineTexts.get(body) ?? bodies.readUnchecked(body)),
      )
    let reading = readBatch(0)
    for (let start = 0; start < missing.length; start += 32) {
      const texts = await reading
      reading = readBatch(start + 32)
      for (const [index, text] of texts.entries()) {
        const body = missing[start + index]
        if (body !== undefined && !isIndexed(body))
          bodyHaystacks.set(body, searchWordsOf(text ?? ''))
        await slice()
      }
    }
    allIndexed = records
    return missing.length
  }
  const searchIndexPath = join(dataDir, SEARCH_INDEX_FILE_NAME)
  const searchCachePath = join(dataDir, SEARCH_CACHE_FILE_NAME)
  // Writes to the search index and the cache of words added since, one after another.
  let indexWrites: Promise<void> = Promise.resolve()
  const queueIndexWrite = (run: () => Promise<void>): void => {
    indexWrites = indexWrites.then(run).catch(() => undefined)
  }
  let rebuilding = false
  let closing = false
  // The index is rebuilt (in the background, in time slices) once the texts it lacks or the
  // deleted ones it still holds are many, relative to its size: each rebuild then pays for many
  // changes, and the words read at a start beside the index stay a fraction of it.
  const rebuildDue = (deleted: number): boolean => {
    const size = searchIndex?.size ?? 0
    if (bodyHaystacks.size >= Math.max(SEARCH_INDEX_MIN_NEW, size / 8)) return true
    return deleted >= Math.max(SEARCH_INDEX_MIN_NEW, size / 4)
  }
  const rebuildIndex = (): void => {
    if (readOnly || rebuilding || closing) return
    rebuilding = true
    queueIndexWrite(async () => {
      try {
        // Nobody waits for it: it rests between slices, so changes meanwhile keep their speed.
        // Even its passes over every record are sliced (each took 1–2 ms at 10,000).
        const slice = timeSlicer({ rest: true })
        const live = new Set<string>()
        await forEachInSlices(db.data.articles, ({ body }) => live.add(body), slice)
        const texts: Array<readonly [string, string]> = []
        for (const entry of bodyHaystacks) {
          texts.push(entry)
          if (texts.length % 1024 === 0) await slice()
        }
        const bytes = await encodeSearchIndex(searchIndex, texts, live, slice, () => closing)
        const rebuilt = bytes ? await SearchIndex.fromBytes(bytes, slice) : null
        if (!bytes || !rebuilt) return
        // The index is on disk before the words it now holds leave the cache.
        await writeSearchIndex(searchIndexPath, bytes)
        searchIndex = rebuilt
        indexNumbers = new WeakMap()
        // Words added meanwhile (an import) join the map being read, so the loop sees them too.
        const lacking = new Map<string, string>()
        let at = 0
        for (const [body, words] of bodyHaystacks) {
          if (rebuilt.documentOf(body) === undefined) lacking.set(body, words)
          if (++at % 1024 === 0) await slice()
        }
        bodyHaystacks = lacking
        await writeSearchCache(searchCachePath, bodyHaystacks)
      } finally {
        rebuilding = false
      }
    })
  }
  const warm = async (): Promise<void> => {
    searchIndex = await SearchIndex.read(searchIndexPath, timeSlicer())
    indexNumbers = new WeakMap()
    const index = searchIndex
    // One pass over the records finds the texts the index lacks and counts the index's texts some
    // record names (the rest were deleted: a rebuild drops them).
    const records = db.data.articles
    const wanted = new Set<string>()
    const named = new Uint8Array(index?.size ?? 0)
    let namedCount = 0
    await forEachInSlices(
      records,
      ({ body }) => {
        const document = index?.documentOf(body)
        if (document === undefined) wanted.add(body)
        else if (named[document] === 0) {
          named[document] = 1
          namedCount += 1
        }
      },
      timeSlicer(),
    )
    const cached = await readSearchCache(searchCachePath, wanted)
    for (const [body, words] of cached.entries) if (!isIndexed(body)) bodyHaystacks.set(body, words)
    await loadHaystacks(records, wanted)
    // Saved after the searches waiting for the words are answered, not before.
    await new Promise<void>((resolve) => setImmediate(resolve))
    if (rebuildDue((index?.size ?? 0) - namedCount)) rebuildIndex()
    else if (!readOnly && cached.stale >= SEARCH_INDEX_MIN_NEW)
      queueIndexWrite(() => writeSearchCache(searchCachePath, bodyHaystacks))
  }
  // Words of texts added in this session, for the next start (only the lock holder writes it).
  const rememberWords = (entries: ReadonlyArray<readonly [string, string]>): void => {
    if (readOnly || entries.length === 0) return
    queueIndexWrite(() => appendSearchCache(searchCachePath, entries))
    if (rebuildDue(0)) rebuildIndex()
  }
  const textOf = async (body: string): Promise<string | null> =>
    inlineTexts.get(body) ?? (await bodies.read(body))
  let warming: Promise<void> | null = null
  const searchReady = (): Promise<void> => {
    warming ??= warm()
    return warming.then(async () => {
      await loadHaystacks(db.data.articles)
    })
  }
  setImmediate(() => void searchReady().catch(() => undefined))

  const find = (id: string): IndexRecord => {
    const record = byId.get(id)
    if (!record)
      throw new LibraryError('That article is no longer in the library; refresh the list.')
    return record
  }

  let queue: Promise<unknown> = Promise.resolve()
  // Changes run one after another on the latest data, so two imports at once both land.
  const change = <T>(run: () => Promise<T>): Promise<T> => {
    const guarded = async (): Promise<T> => {
      if (readOnly) throw new LibraryError(notice ?? 'The library is open read-only.')
      return run()
    }
    const next = queue.then(guarded, guarded)
    queue = next.catch(() => undefined)
    return next
  }

  const compact = async (): Promise<void> => {
    await saveAll()
  }
  // Appends the changes to the log (on disk when this resolves), then shows `articles`; a failed
  // save leaves the data as it was. The index itself is rewritten only when the log grew large.
  const commit = async (
    articles: ReadonlyArray<IndexRecord>,
    removed: ReadonlyArray<IndexRecord>,
    added: ReadonlyArray<IndexRecord>,
  ): Promise<void> => {
    if (log.mustRestart) await compact()
    const changes: LoggedChange[] = [
      ...removed
        .filter((record) => !added.some((other) => other.id === record.id))
        .map((record) => ({ op: 'delete' as const, id: record.id })),
      ...added.map((record) => ({ op: 'put' as const, record })),
    ]
    await log.append(changes)
    db.data = { ...db.data, articles }
    updateViews(removed, added)
    revision += 1
    // The change is safe in the log: a compaction that fails now is retried after a later change.
    if (log.bytes > compactAfter) await compact().catch(() => undefined)
  }

  const flush = async (): Promise<void> => {
    // A change queued while waiting extends the queue; wait again until nothing new arrived.
    for (let seen = queue; ; seen = queue) {
      await seen
      if (queue === seen) return
    }
  }

  if (!readOnly) {
    // Texts no record names (a crash between a text and its index save, earlier deletions) and
    // unfinished writes are removed once, queued so no change runs meanwhile. Listing 10,000
    // files waits until the search words are loaded: a first search should not share the CPU.
    void searchReady()
      .catch(() => undefined)
      .then(() =>
        closing
          ? undefined
          : change(() =>
              bodies.removeUnreferenced(new Set(db.data.articles.map((record) => record.body))),
            ),
      )
      .catch(() => undefined)
  }

  const listeners = new Set<() => void>()
  const stopFollowing = readOnly ? follow() : () => undefined

  return {
    flush,
    searchReady,
    searchIndexSaved: async () => {
      for (let seen = indexWrites; ; seen = indexWrites) {
        await seen
        if (indexWrites === seen) return
      }
    },
    compact: () => change(compact),
    onChange: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: async () => {
      stopFollowing()
      listeners.clear()
      closing = true
      await flush()
      await indexWrites
      if (lock.status === 'owned') await lock.release()
    },
    status: () => ({
      articleCount: db.data.articles.length,
      notice,
      dataDir,
      readOnly,
      revision,
    }),
    list: async (search, sort) => {
      let order = sorted.get(sort)
      // The first sort starts on a turn of its own: a caller in the same turn as the open (which
      // blocks for its own ~10 ms) would otherwise add a whole slice to that block.
      if (!order) await new Promise((resolve) => setImmediate(resolve))
      order = sorted.get(sort)
      // Sorted in slices; a change meanwhile (a new array of records) means sorting again.
      for (let attempt = 0; !order; attempt += 1) {
        const records = db.data.articles
        const compare = compareArticlesFor(sort)
        const sortedRecords =
          attempt < 3
            ? await sortInSlices(await roughlyByTitle(records, sort), compare, timeSlicer())
            : [...records].sort(compare)
        order = sorted.get(sort)
        if (!order && records === db.data.articles) {
          order = sortedRecords
          sorted.set(sort, order)
        }
      }
      const terms = searchableText(search)
        .split(/\s+/)
        .filter((term) => term !== '')
      if (terms.length === 0) return order.map(summaryOfRecord)
      await searchReady()
      // The texts holding each term, from the index; texts it lacks are scanned (in slices).
      const slice = timeSlicer()
      const index = searchIndex
      const numbers = indexNumbers
      const haystacks = bodyHaystacks
      const inIndex: Uint8Array[] = []
      if (index) for (const term of terms) inIndex.push(await index.documentsWith(term, slice))
      const found: ArticleSummary[] = []
      const matches = (record: IndexRecord): void => {
        let document = numbers.get(record)
        if (document === undefined) {
          document = index?.documentOf(record.body) ?? -1
          numbers.set(record, document)
        }
        const words = document < 0 ? (haystacks.get(record.body) ?? '') : ''
        for (let t = 0; t < terms.length; t += 1) {
          const term = terms[t] ?? ''
          // The text first: the metadata's folded form is made only when the text lacks a term.
          const inText = document < 0 ? words.includes(term) : inIndex[t]?.[document] === 1
          if (!inText && !metaHaystackOf(record).includes(term)) return
        }
        found.push(summaryOfRecord(record))
      }
      // Checking the clock after each of 10,000 records would cost more than the scan.
      await forEachInSlices(order, matches, slice, 64)
      return found
    },
    get: async (id) => {
      const record = find(id)
      const text = await textOf(record.body)
      if (text === null)
        throw new LibraryError(
          `The text of “${record.title}” is missing or damaged in ${bodies.folder}; delete the article and import it again.`,
        )
      return { ...summaryOfRecord(record), text }
    },
    add: (incoming) =>
      change(async () => {
        // Texts of this batch; the library's own are in `textKeys` (not copied: 10,000 entries).
        const known = new Map<string, IndexRecord>()
        const added: IndexRecord[] = []
        const duplicates: { fileName: string; existingTitle: string }[] = []
        const newWords: Array<readonly [string, string]> = []
        for (const imported of incoming) {
          const key = textKeyOf(imported.text)
          const existing = textKeys.get(key) ?? known.get(key)
          if (existing) {
            duplicates.push({ fileName: imported.fileName, existingTitle: existing.title })
            continue
          }
          // The text is on disk before the index names it.
          const body = await bodies.write(imported.text).catch((error: unknown) => {
            throw saveError(error, dataDir)
          })
          const record = recordOf(toArticle(imported), body)
          known.set(key, record)
          added.push(record)
          if (!isIndexed(body)) {
            const words = searchWordsOf(imported.text)
            bodyHaystacks.set(body, words)
            newWords.push([body, words])
          }
        }
        if (added.length > 0)
          await commit([...db.data.articles, ...added], [], added).catch((error: unknown) => {
            throw saveError(error, dataDir)
          })
        rememberWords(newWords)
        return { added: added.map(summaryOfRecord), duplicates }
      }),
    update: (id, patch) =>
      change(async () => {
        const before = find(id)
        const updated = applyPatch(before, patch)
        await commit(
          db.data.articles.map((record) => (record === before ? updated : record)),
          [before],
          [updated],
        ).catch((error: unknown) => {
          throw saveError(error, dataDir)
        })
        return summaryOfRecord(updated)
      }),
    remove: (id) =>
      change(async () => {
        const record = find(id)
        const remaining = db.data.articles.filter((candidate) => candidate.id !== id)
        let text: string | null = null
        try {
          await commit(remaining, [record], [])
        } catch (error) {
          if (codeOf(error) !== 'ENOSPC') throw saveError(error, dataDir)
          // A full disk: deleting is how the user frees space, so make room for the smaller
          // index by dropping its backup and, if no other article shares it, this text's file
          // (kept in memory for undo).
          await file.dropBackup()
          text = await freeText(record, remaining)
          await commit(remaining, [record], []).catch(async (retryError: unknown) => {
            if (text !== null) await bodies.write(text).catch(() => undefined)
            throw saveError(retryError, dataDir)
          })
        }
        const undoToken = randomUUID()
        undo.set(undoToken, { record, text })
        return { undoToken }
      }),
    restore: (undoToken) =>
      change(async () => {
        const deleted = undo.get(undoToken)
        if (!deleted)
          throw new LibraryError('That delete can no longer be undone; import the article again.')
        if (byId.has(deleted.record.id)) {
          undo.delete(undoToken)
          return summaryOfRecord(deleted.record)
        }
        if (deleted.text !== null)
          await bodies.write(deleted.text).catch((error: unknown) => {
            throw saveError(error, dataDir)
          })
        await commit([...db.data.articles, deleted.record], [], [deleted.record]).catch(
          (error: unknown) => {
            throw saveError(error, dataDir)
          },
        )
        undo.delete(undoToken)
        return summaryOfRecord(deleted.record)
      }),
  }

  // A read-only view applies what the process holding the library appends to the log, and reads
  // the index again when that process compacted it (a new log). Polled: watching files is not
  // reliable on every file system (network drives), and a check is one stat.
  function follow(): () => void {
    let logId = parts.logged?.id ?? null
    let logEnd = parts.logged?.end ?? 0
    let running = false
    let again = false
    const show = (articles: ReadonlyArray<IndexRecord>): void => {
      db.data = { ...db.data, articles }
      rebuildViews()
      revision += 1
      for (const listener of listeners) listener()
    }
    const reload = async (): Promise<void> => {
      // Read the log, then the index, then check the log was not restarted meanwhile: an index
      // read before a compaction with the log started after it would miss the compacted changes.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const logged = await log.read()
        const index = new IndexFile(file.path, true)
        const data = await index.read()
        if (index.opening.kind !== 'opened' && index.opening.kind !== 'restored') return
        const since = logged.id === null ? null : await log.readSince(logged.id, logged.end)
        if (since === 'replaced') continue
        logId = logged.id
        logEnd = since?.end ?? logged.end
        const changes = [...logged.changes, ...(since?.changes ?? [])]
        show(applyChanges(data?.articles ?? [], changes))
        return
      }
    }
    const check = async (): Promise<void> => {
      if (logId !== null) {
        const since = await log.readSince(logId, logEnd)
        if (since !== 'replaced') {
          logEnd = since.end
          if (since.changes.length > 0) show(applyChanges(db.data.articles, since.changes))
          return
        }
      }
      await reload()
    }
    const onTick = (): void => {
      if (running) {
        again = true
        return
      }
      running = true
      void check()
        .catch(() => undefined)
        .finally(() => {
          running = false
          if (again) {
            again = false
            onTick()
          }
        })
    }
    // The data folder is watched (a compaction replaces the log, which a watch on the file itself
    // would lose); the poll stays as the fallback where watching does not work (network drives).
    const logName = basename(log.path)
    let watcher: FSWatcher | null = null
    try {
      watcher = watch(dataDir, { persistent: false }, (_event, name) => {
        if (name === null || name === logName) onTick()
      })
      watcher.on('error', () => {
        watcher?.close()
        watcher = null
      })
    } catch {
      watcher = null
    }
    const interval = parts.followIntervalMs
    watchFile(log.path, { interval, persistent: false }, onTick)
    return () => {
      watcher?.close()
      unwatchFile(log.path, onTick)
    }
  }

  async function freeText(
    record: IndexRecord,
    remaining: ReadonlyArray<IndexRecord>,
  ): Promise<string | null> {
    if (remaining.some((other) => other.body === record.body)) return null
    const text = await textOf(record.body)
    if (text === null) return null
    await bodies.remove(record.body)
    return text
  }
}

// For the title order, the records put nearly in it by a cheap key (folded title, numbers padded)
// compared by code point, so the exact sort that follows mostly finds runs already in order and
// calls the collator about once per record instead of a dozen times.
async function roughlyByTitle(
  records: ReadonlyArray<IndexRecord>,
  sort: LibrarySort,
): Promise<ReadonlyArray<IndexRecord>> {
  if (sort !== 'title') return records
  const slice = timeSlicer()
  const keyed: Array<{ readonly record: IndexRecord; readonly key: string }> = []
  // Folding a title runs cold the first time: 256 of them took ~5 ms in one piece.
  await forEachInSlices(
    records,
    (record) => {
      const key = searchableText(record.title).replace(/\d+/g, (digits) => digits.padStart(16, '0'))
      keyed.push({ record, key })
    },
    slice,
    32,
  )
  const sorted = await sortInSlices(
    keyed,
    (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    slice,
  )
  return sorted.map((entry) => entry.record)
}

// Where `record` goes in an array sorted by `compare`: after every record that sorts before it.
function insertionPoint(
  order: ReadonlyArray<IndexRecord>,
  record: IndexRecord,
  compare: (a: IndexRecord, b: IndexRecord) => number,
): number {
  let low = 0
  let high = order.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const other = order[middle]
    if (other !== undefined && compare(other, record) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string }).code
}

/** The one sentence a failed save shows, by what the system said. */
function saveError(error: unknown, dataDir: string): Error {
  if (error instanceof LibraryError) return error
  const code = codeOf(error)
  switch (code) {
    case 'ENOSPC':
      return new LibraryError(
        `The library could not be saved because the disk holding ${dataDir} is full; free some space (deleting articles works) and try again.`,
      )
    case 'ENOENT':
      return new LibraryError(
        `The library could not be saved because files in ${dataDir} disappeared while saving (another program removed them); restart Rewrite Lens and try again.`,
      )
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new LibraryError(
        `The library could not be saved (${code}); check the permissions of ${dataDir} and try again.`,
      )
    default:
      return new LibraryError(
        `The library could not be saved (${code ?? 'an error'}); check the free space and permissions of ${dataDir}.`,
      )
  }
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`
}

function recordOf(article: Article, body: string): IndexRecord {
  const { text, ...summary } = article
  return { ...summary, body, textKey: textKeyOf(text) }
}

function toArticle(imported: ImportedArticle): Article {
  return {
    id: randomUUID(),
    title: imported.title,
    source: imported.source,
    url: imported.url,
    publishedAt: imported.publishedAt,
    importedAt: new Date().toISOString(),
    fileName: imported.fileName,
    format: imported.format,
    wordCount: countWords(imported.text),
    label: '',
    text: imported.text,
    ...(imported.byline ? { byline: imported.byline } : {}),
  }
}

function applyPatch(record: IndexRecord, patch: ArticleMetadataPatch): IndexRecord {
  const title = patch.title === undefined ? record.title : patch.title.replace(/\s+/g, ' ').trim()
  if (title === '') throw new LibraryError('Give the article a title.')
  const url = patch.url === undefined ? record.url : patch.url.trim()
  if (url !== '' && webUrlOf(url) === '')
    throw new LibraryError('Enter a web address that starts with http:// or https://.')
  const publishedAt =
    patch.publishedAt === undefined ? record.publishedAt : patch.publishedAt.trim()
  if (publishedAt !== '' && isoDateOf(publishedAt) !== publishedAt)
    throw new LibraryError('Enter the published date as YYYY-MM-DD.')
  const source = patch.source === undefined ? record.source : patch.source.trim()
  const byline = patch.byline === undefined ? (record.byline ?? '') : patch.byline.trim()
  const label = patch.label === undefined ? record.label : patch.label.replace(/\s+/g, ' ').trim()
  const { byline: _previous, ...rest } = record
  return { ...rest, title, url, publishedAt, source, label, ...(byline ? { byline } : {}) }
}

async function seedRecords(
  seedsDir: string,
  bodies: ArticleBodies,
): Promise<ReadonlyArray<IndexRecord>> {
  const names = await readdir(seedsDir).catch(() => [])
  const seeds: IndexRecord[] = []
  for (const name of [...names].sort()) {
    if (!name.toLowerCase().endsWith('.txt')) continue
    const imported = await importArticleFile(join(seedsDir, name)).catch(() => null)
    if (!imported) continue
    const article = toArticle({ ...imported, format: 'seed' })
    seeds.push(recordOf(article, await bodies.write(article.text)))
  }
  return seeds
}

async function migrate(
  articles: ReadonlyArray<Article>,
  bodies: ArticleBodies,
): Promise<ReadonlyArray<IndexRecord>> {
  const hashes = await bodies.writeAll(articles.map((article) => article.text))
  return articles.map((article, index) => recordOf(article, hashes[index] ?? ''))
}

interface LegacyLibrary {
  readonly kind: 'read'
  readonly articles: ReadonlyArray<Article>
  readonly rejected: Rejected
  readonly notice: string | null
}

/** A single-file library (or only its backup) that is there but could not be read. */
interface DamagedLegacyLibrary {
  readonly kind: 'damaged'
  /** Why the library file could not be read; null when only its backup is there. */
  readonly reason: string | null
  readonly backupExists: boolean
}

// The single-file library of earlier versions (or its backup when it is damaged); null when
// neither file is there.
async function readLegacyLibrary(
  dataDir: string,
): Promise<LegacyLibrary | DamagedLegacyLibrary | null> {
  const path = join(dataDir, LEGACY_FILE_NAME)
  const main = await readLegacyFile(path)
  if (main?.status === 'ok') return legacyRead(main, null)
  const backup = await readLegacyFile(`${path}.bak`)
  if (backup?.status === 'ok')
    return legacyRead(
      backup,
      `The library file could not be read, so its backup ${LEGACY_FILE_NAME}.bak was opened; check that your latest changes are there.`,
    )
  if (main === null && backup === null) return null
  return { kind: 'damaged', reason: main && whyUnread(main), backupExists: backup !== null }
}

function legacyRead(
  parsed: Extract<Parsed<Article>, { status: 'ok' }>,
  notice: string | null,
): LegacyLibrary {
  return { kind: 'read', articles: parsed.records, rejected: parsed.rejected, notice }
}

function whyUnread(parsed: Parsed<Article>): string {
  return parsed.status === 'damaged' ? parsed.reason : 'it is not a library file'
}

// Read a line at a time as earlier versions wrote it, else whole; null when it is not there.
function readLegacyFile(path: string): Promise<Parsed<Article> | null> {
  return readParsedFile(path, parseLegacyLines, parseLegacyLibrary)
}

// Never the seeds in place of a library that could not be read: the file and its backup are
// renamed aside, where nothing overwrites them, and the user is told where. When they cannot be
// moved, nothing may be saved over them: the library is then shown read-only (and empty).
async function setAsideLegacyLibrary(
  dataDir: string,
  damaged: DamagedLegacyLibrary,
  readOnly: boolean,
): Promise<{ readonly notice: string; readonly setAside: boolean }> {
  const path = join(dataDir, LEGACY_FILE_NAME)
  const what =
    damaged.reason === null
      ? `The library file ${LEGACY_FILE_NAME} was missing and its backup could not be read`
      : `The library file ${LEGACY_FILE_NAME} could not be read (${damaged.reason})`
  const keptMain = readOnly || damaged.reason === null ? null : await moveAside(path)
  const keptBackup = readOnly || !damaged.backupExists ? null : await moveAside(`${path}.bak`)
  if (readOnly)
    return {
      notice: `${what}; it is left as it is while the library is read-only.`,
      setAside: false,
    }
  if ((damaged.reason !== null && !keptMain) || (damaged.backupExists && !keptBackup))
    return {
      notice: `${what} or set aside; check the permissions of ${dataDir} and restart (nothing is saved until then).`,
      setAside: false,
    }
  const restore = 'import your articles again or restore that file by hand.'
  if (!keptMain)
    return {
      notice: `${what}; it was kept as ${basename(keptBackup ?? '')}; ${restore}`,
      setAside: true,
    }
  const backupNote = keptBackup ? ` (the damaged backup is kept as ${basename(keptBackup)})` : ''
  return {
    notice: `${what}, so it was kept as ${basename(keptMain)}, and no usable backup was found${backupNote}; ${restore}`,
    setAside: true,
  }
}

// Once the index names every text, the old single file is renamed (not deleted) so older app
// versions do not open a stale copy; its backup is older still and is removed.
async function retireLegacyLibrary(dataDir: string): Promise<void> {
  const path = join(dataDir, LEGACY_FILE_NAME)
  await rename(path, join(dataDir, MIGRATED_LEGACY_FILE_NAME)).catch(() => undefined)
  await unlink(`${path}.bak`).catch(() => undefined)
}

async function keepRejected(
  dataDir: string,
  records: ReadonlyArray<unknown>,
): Promise<string | null> {
  const path = recoveryPathIn(dataDir)
  try {
    await writeFileAtomic(path, `${JSON.stringify({ articles: records }, null, 2)}\n`)
    return path
  } catch {
    return null
  }
}

// A temp file left by a crash holds a write that never completed; the files themselves are still
// the last complete ones. Only the lock holder does this: another process's temp files are in use.
async function removeLeftoverTempFiles(dataDir: string): Promise<void> {
  const names = await readdir(dataDir).catch(() => [])
  for (const name of names)
    if (name.startsWith(TEMP_FILE_MARK)) await unlink(join(dataDir, name)).catch(() => undefined)
}
