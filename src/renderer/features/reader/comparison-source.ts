import type { Article, RendererBridge } from '../../../shared/api'
import { COMPARISON_STAGES } from '../../../core'
import type { ArticleInput, CompareOptions, Comparison, ComparisonStage } from '../../../core'
import { StaleRequestError } from '../../compare/compare-client'
import type { CompareClient } from '../../compare/compare-client'
import type { WordVectorFile } from '../../compare/word-vector-file'

/** Where a comparison is in its pipeline, for the progress line: the page's steps, then the engine's. */
export type CompareStage = 'loading' | 'vectors' | ComparisonStage

/** Every stage in the order it runs, so progress can say "step 3 of 9". */
export const COMPARE_STAGES: ReadonlyArray<CompareStage> = [
  'loading',
  'vectors',
  ...COMPARISON_STAGES,
]

/**
 * Loads two articles (cached per article) and has the worker compare them, with the word vectors
 * it was handed when the window opened.
 */
export class ComparisonSource {
  private readonly articles = new Map<string, Promise<Article>>()
  private latest = 0

  constructor(
    private readonly api: Pick<RendererBridge, 'getArticle'>,
    private readonly vectors: Pick<WordVectorFile, 'load'>,
    private readonly client: Pick<CompareClient, 'compare' | 'cancel' | 'warmUp' | 'dispose'>,
  ) {}

  /**
   * Starts the worker now and fetches the word vectors for it, so the first comparison waits for
   * neither: the engine warms up in the worker while main sends the vector file.
   */
  warmUp(): void {
    this.client.warmUp()
    void this.vectors.load().then((bytes) => this.client.warmUp(bytes))
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
  }

  /**
   * Runs the pipeline, reporting each stage and how far into it (0 to 1). A newer call makes this one stale: it rejects with
   * `StaleRequestError` at its next step, so it can never cancel the newer one in the worker.
   */
  async compare(
    leftId: string,
    rightId: string,
    options: CompareOptions,
    onStage: (stage: CompareStage, fraction: number) => void,
  ): Promise<{ readonly comparison: Comparison; readonly milliseconds: number }> {
    const ticket = ++this.latest
    const current = (): void => {
      if (ticket !== this.latest) throw new StaleRequestError()
    }
    onStage('loading', 0)
    // Fetched when the window opened; only a compare started in the first moments waits for it.
    const loadingVectors = this.vectors.load()
    const [left, right] = await Promise.all([this.article(leftId), this.article(rightId)])
    current()
    onStage('vectors', 0)
    const vectors = await loadingVectors
    current()
    return this.client.compare(
      inputOf(left),
      inputOf(right),
      options,
      vectors,
      (stage, fraction) => {
        if (ticket === this.latest) onStage(stage, fraction)
      },
    )
  }

  private article(id: string): Promise<Article> {
    const cached = this.articles.get(id)
    if (cached) return cached
    const loading = this.api.getArticle(id)
    loading.catch(() => this.articles.delete(id))
    this.articles.set(id, loading)
    return loading
  }
}

function inputOf(article: Article): ArticleInput {
  return { path: article.id, title: article.title, text: article.text }
}
