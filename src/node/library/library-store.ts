import { randomUUID } from 'node:crypto'
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { countWords } from '../../core/stats'
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
import { queryArticles, searchableText, summaryOf } from './article-query'
import { LibraryFile } from './library-file'
import { emptyLibrary } from './library-schema'
import type { LibraryData } from './library-schema'
import { textKeyOf } from './text-key'

/** The library file's name inside the data folder. */
export const LIBRARY_FILE_NAME = 'library.json'

/** A library operation the user asked for that cannot be done; the message says what to do. */
export class LibraryError extends Error {
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

/** The article library: reads are synchronous on the loaded data, changes are saved in order. */
export interface LibraryStore {
  status(): LibraryStatus
  list(search: string, sort: LibrarySort): ReadonlyArray<ArticleSummary>
  get(id: string): Article
  add(articles: ReadonlyArray<ImportedArticle>): Promise<AddResult>
  update(id: string, patch: ArticleMetadataPatch): Promise<ArticleSummary>
  remove(id: string): Promise<{ readonly undoToken: string }>
  restore(undoToken: string): Promise<ArticleSummary>
  /** Resolves once every change asked for so far (and any queued meanwhile) is on disk or failed. */
  flush(): Promise<void>
}

/**
 * Opens (or on first run creates from the seeds) the library in `dataDir`. A damaged file is set
 * aside and its backup opened; `status().notice` then tells the user what happened.
 */
export async function openLibrary(location: LibraryLocation): Promise<LibraryStore> {
  await mkdir(location.dataDir, { recursive: true })
  const file = new LibraryFile(join(location.dataDir, LIBRARY_FILE_NAME))
  const db = new Low<LibraryData>(file, emptyLibrary())
  await db.read()
  const opening = file.opening
  if (opening.kind === 'first-run') {
    db.data = { ...emptyLibrary(), articles: await seedArticles(location.seedsDir) }
    await db.write()
  } else if (opening.kind === 'lost' || opening.kind === 'restored') {
    // Saving right away puts a good library file back in place of the one set aside.
    await db.write()
  } else if (opening.kind === 'opened' && opening.migratedFrom !== null) {
    await db.write()
  }
  const notice = 'notice' in opening ? opening.notice : null
  return createStore(db, location.dataDir, notice, opening.kind === 'read-only')
}

function createStore(
  db: Low<LibraryData>,
  dataDir: string,
  notice: string | null,
  readOnly: boolean,
): LibraryStore {
  const undo = new Map<string, { readonly article: Article; readonly position: number }>()
  const haystacks = new WeakMap<Article, string>()
  const textKeys = new WeakMap<Article, string>()
  const textKeyOfArticle = (article: Article): string => {
    const cached = textKeys.get(article)
    if (cached !== undefined) return cached
    const key = textKeyOf(article.text)
    textKeys.set(article, key)
    return key
  }
  let queue: Promise<unknown> = Promise.resolve()

  const haystackOf = (article: Article): string => {
    const cached = haystacks.get(article)
    if (cached !== undefined) return cached
    const haystack = searchableText(
      `${article.title}\n${article.source}\n${article.label}\n${article.fileName}\n${article.text}`,
    )
    haystacks.set(article, haystack)
    return haystack
  }

  const find = (id: string): Article => {
    const article = db.data.articles.find((candidate) => candidate.id === id)
    if (!article)
      throw new LibraryError('That article is no longer in the library; refresh the list.')
    return article
  }

  // Changes run one after another on the latest data, so two imports at once both land; a change
  // whose save fails leaves the data as it was.
  const change = <T>(
    apply: (data: LibraryData) => { data: LibraryData; result: T },
  ): Promise<T> => {
    const run = async (): Promise<T> => {
      if (readOnly) throw new LibraryError(notice ?? 'The library is open read-only.')
      const before = db.data
      const { data, result } = apply(before)
      if (data === before) return result
      db.data = data
      try {
        await db.write()
      } catch (error) {
        db.data = before
        const code = (error as { code?: string }).code ?? 'an error'
        throw new LibraryError(
          `The library could not be saved (${code}); check the free space and permissions of ${dataDir}.`,
        )
      }
      return result
    }
    const next = queue.then(run, run)
    queue = next.catch(() => undefined)
    return next
  }

  const flush = async (): Promise<void> => {
    // A change queued while waiting extends the queue; wait again until nothing new arrived.
    for (let seen = queue; ; seen = queue) {
      await seen
      if (queue === seen) return
    }
  }

  return {
    flush,
    status: () => ({ articleCount: db.data.articles.length, notice, dataDir }),
    list: (search, sort) => queryArticles(db.data.articles, search, sort, haystackOf),
    get: (id) => find(id),
    add: (incoming) =>
      change((data) => {
        const known = new Map(data.articles.map((article) => [textKeyOfArticle(article), article]))
        const added: Article[] = []
        const duplicates: { fileName: string; existingTitle: string }[] = []
        for (const imported of incoming) {
          const key = textKeyOf(imported.text)
          const existing = known.get(key)
          if (existing) {
            duplicates.push({ fileName: imported.fileName, existingTitle: existing.title })
            continue
          }
          const article = toArticle(imported)
          known.set(key, article)
          added.push(article)
        }
        const result = { added: added.map(summaryOf), duplicates }
        if (added.length === 0) return { data, result }
        return { data: { ...data, articles: [...data.articles, ...added] }, result }
      }),
    update: (id, patch) =>
      change((data) => {
        const updated = applyPatch(find(id), patch)
        const articles = data.articles.map((article) => (article.id === id ? updated : article))
        return { data: { ...data, articles }, result: summaryOf(updated) }
      }),
    remove: (id) =>
      change((data) => {
        const position = data.articles.findIndex((article) => article.id === id)
        const article = data.articles[position]
        if (!article)
          throw new LibraryError('That article is no longer in the library; refresh the list.')
        const undoToken = randomUUID()
        undo.set(undoToken, { article, position })
        const articles = data.articles.filter((candidate) => candidate.id !== id)
        return { data: { ...data, articles }, result: { undoToken } }
      }),
    restore: (undoToken) =>
      change((data) => {
        const deleted = undo.get(undoToken)
        if (!deleted)
          throw new LibraryError('That delete can no longer be undone; import the article again.')
        undo.delete(undoToken)
        if (data.articles.some((article) => article.id === deleted.article.id))
          return { data, result: summaryOf(deleted.article) }
        const articles = [...data.articles]
        articles.splice(Math.min(deleted.position, articles.length), 0, deleted.article)
        return { data: { ...data, articles }, result: summaryOf(deleted.article) }
      }),
  }
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

function applyPatch(article: Article, patch: ArticleMetadataPatch): Article {
  const title = patch.title === undefined ? article.title : patch.title.replace(/\s+/g, ' ').trim()
  if (title === '') throw new LibraryError('Give the article a title.')
  const url = patch.url === undefined ? article.url : patch.url.trim()
  if (url !== '' && webUrlOf(url) === '')
    throw new LibraryError('Enter a web address that starts with http:// or https://.')
  const publishedAt =
    patch.publishedAt === undefined ? article.publishedAt : patch.publishedAt.trim()
  if (publishedAt !== '' && isoDateOf(publishedAt) !== publishedAt)
    throw new LibraryError('Enter the published date as YYYY-MM-DD.')
  const source = patch.source === undefined ? article.source : patch.source.trim()
  const byline = patch.byline === undefined ? (article.byline ?? '') : patch.byline.trim()
  const label = patch.label === undefined ? article.label : patch.label.replace(/\s+/g, ' ').trim()
  const { byline: _previous, ...rest } = article
  return { ...rest, title, url, publishedAt, source, label, ...(byline ? { byline } : {}) }
}

async function seedArticles(seedsDir: string): Promise<ReadonlyArray<Article>> {
  const names = await readdir(seedsDir).catch(() => [])
  const seeds: Article[] = []
  for (const name of [...names].sort()) {
    if (!name.toLowerCase().endsWith('.txt')) continue
    const imported = await importArticleFile(join(seedsDir, name)).catch(() => null)
    if (imported) seeds.push(toArticle({ ...imported, format: 'seed' }))
  }
  return seeds
}
