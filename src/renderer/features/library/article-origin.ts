import type { ArticleSummary } from '../../../shared/api'

/** Where an article came from, as the library shows it: its file name, "pasted" or "starter". */
export function articleOrigin(article: Pick<ArticleSummary, 'format' | 'fileName'>): string {
  if (article.format === 'paste') return 'pasted'
  if (article.fileName !== '') return article.fileName
  return article.format === 'seed' ? 'starter library' : 'no file name'
}
