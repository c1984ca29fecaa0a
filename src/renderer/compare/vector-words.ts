import { segmentArticle } from '../../core/segmentation/segment-article'
import { wordsForVectors } from '../../core/word-vectors'

/** The words whose vectors the aligner may look up when comparing these article texts. */
export function vectorWords(texts: ReadonlyArray<string>): ReadonlyArray<string> {
  return wordsForVectors(texts.flatMap((text) => segmentArticle(text)))
}
