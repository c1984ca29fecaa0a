import type { Article, RendererBridge, WordVectorSubset } from '../../../shared/api'
import { COMPARISON_STAGES } from '../../../core/compare-articles'
import type { ComparisonStage } from '../../../core/compare-articles'
import type { ArticleInput, CompareOptions, Comparison } from '../../../core/types'
import { StaleRequestError } from '../../compare/compare-client'
import type { CompareClient } from '../../compare/compare-client'

/** Where a comparison is in its pipeline, for the progress line: the page's steps, then the engine's. */
export type CompareStage = 'loading' | 'vectors' | ComparisonStage

/** Every stage in the order it runs, so progress can say "step 3 of 9". */
export const COMPARE_STAGES: ReadonlyArray<CompareStage> = [
  'loading',
  'vectors',
  ...COMPARISON_STAGES,
]

/**
 * Loads two articles and their word vectors (cached per article and pair, since ignore options do
 * not change them) and has the worker compare them.
 */
export class ComparisonSource {
  private readonly articles = new Map<string, Promise<Article>>()
  private readonly vectors = new Map<string, Promise<WordVectorSubset | null>>()
  /** Each article's lookup words, so a pair with an article seen before only scans the new one. */
  private readonly words = new Map<string, ReadonlyArray<string>>()
  private latest = 0

  constructor(
    private readonly api: Pick<RendererBridge, 'getArticle' | 'wordVectorsFor'>,
    private readonly client: Pick<
      CompareClient,
      'words' | 'compare' | 'cancel' | 'warmUp' | 'dispose'
    >,
  ) {}

  /** Starts the worker now, so the first comparison does not wait for it to load. */
  warmUp(): void {
    this.client.warmUp()
  }

  /** Stops the comparison in flight: it rejects with `StaleRequestError`. */
  cancel(): void {
    this.latest++
    this.client.cancel()
  }

  /** Stops the worker (the next comparison starts a new one). */
  dispose(): void {
    this.client.dispose()
  }

  /** Forgets what is cached about an article (after an edit, a delete or a restore). */
  forget(id: string): void {
    this.articles.delete(id)
    this.words.delete(id)
    for (const key of [...this.vectors.keys()]) {
      if (key.split('\u0000').includes(id)) this.vectors.delete(key)
    }
  }

  /**
   * Runs the pipeline, reporting each stage. A newer call makes this one stale: it rejects with
   * `StaleRequestError` at its next step, so it can never cancel the newer one in the worker.
   */
  async compare(
    leftId: string,
    rightId: string,
    options: CompareOptions,
    onStage: (stage: CompareStage) => void,
  ): Promise<{ readonly comparison: Comparison; readonly milliseconds: number }> {
    const ticket = ++this.latest
    const current = (): void => {
      if (ticket !== this.latest) throw new StaleRequestError()
    }
    onStage('loading')
    const [left, right] = await Promise.all([this.article(leftId), this.article(rightId)])
    current()
    onStage('vectors')
    const vectors = await this.vectorsFor(left, right)
    current()
    return this.client.compare(inputOf(left), inputOf(right), options, vectors, (stage) => {
      if (ticket === this.latest) onStage(stage)
    })
  }

  private article(id: string): Promise<Article> {
    const cached = this.articles.get(id)
    if (cached) return cached
    const loading = this.api.getArticle(id)
    loading.catch(() => this.articles.delete(id))
    this.articles.set(id, loading)
    return loading
  }

  private vectorsFor(left: Article, right: Article): Promise<WordVectorSubset | null> {
    const key = [left.id, right.id].sort().join('\u0000')
    const cached = this.vectors.get(key)
    if (cached) return cached
    const loading = this.wordsOf([left, right])
      .then((words) => this.api.wordVectorsFor(words))
      // Main answers with no dimensions when it has no vectors; the engine then goes without.
      .then((subset) => (subset.dimensions > 0 ? subset : null))
      // Without vectors the engine still aligns by words alone, so a lookup failure is not fatal.
      .catch((error: unknown) => {
        this.vectors.delete(key)
        if (error instanceof Error && error.name === 'StaleRequestError') throw error
        return null
      })
    this.vectors.set(key, loading)
    return loading
  }

  /** The union of the articles' lookup words, asking the worker only for those not cached. */
  private async wordsOf(articles: ReadonlyArray<Article>): Promise<ReadonlyArray<string>> {
    const missing = articles.filter((article) => !this.words.has(article.id))
    if (missing.length > 0) {
      const lists = await this.client.words(missing.map((article) => article.text))
      missing.forEach((article, i) => this.words.set(article.id, lists[i] ?? []))
    }
    return [...new Set(articles.flatMap((article) => this.words.get(article.id) ?? []))]
  }
}

function inputOf(article: Article): ArticleInput {
  return { path: article.id, title: article.title, text: article.text }
}
