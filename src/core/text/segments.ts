/** One segment an `Intl.Segmenter` found, with its UTF-16 offset in the segmented text. */
export interface TextSegment {
  readonly text: string
  readonly index: number
  readonly isWordLike: boolean
}

// V8's Intl.Segmenter slows down quadratically with the length of the string it iterates
// (15k characters: 90 ms, 120k: 28 s, measured on Node 20), so long texts are fed in windows.
const WINDOW = 2048

/**
 * All segments of a text of any length. Each window but the last drops its final segment, which
 * the window edge may have cut short, and the next window starts where that segment began; a
 * single segment longer than a window (a 2k-character "word") is cut at the window edge.
 */
export function segmentText(segmenter: Intl.Segmenter, text: string): ReadonlyArray<TextSegment> {
  const segments: TextSegment[] = []
  let offset = 0
  while (offset < text.length) {
    let end = Math.min(text.length, offset + WINDOW)
    // Never cut a surrogate pair in two.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
    const first = segments.length
    for (const segment of segmenter.segment(text.slice(offset, end))) {
      segments.push({
        text: segment.segment,
        index: segment.index + offset,
        isWordLike: segment.isWordLike === true,
      })
    }
    const last = segments[segments.length - 1]
    if (end === text.length || last === undefined || segments.length - first <= 1) {
      offset = end
    } else {
      segments.pop()
      offset = last.index
    }
  }
  return segments
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
