import { segmentText } from '../text/segments'

/** One word, punctuation mark or whitespace run of a text, with its UTF-16 offset. */
export interface WordToken {
  readonly text: string
  readonly start: number
  readonly kind: 'word' | 'space' | 'other'
}

const WORD_SEGMENTER = new Intl.Segmenter('en', { granularity: 'word' })
// Word boundaries never join across whitespace (UAX #29), so each whitespace-free run can be
// segmented on its own. A run of letters and digits of an alphabetic script is one word by the
// same rules, which skips the segmenter (slow in V8) for most of an English text; runs with
// punctuation or in scripts written without spaces (Chinese, Japanese, Thai…) go through it.
const RUNS = /\s+|\S+/gu
const SPACE = /^\s/u
const PLAIN_WORD =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}\p{Mn}]*$/u
// Opening and closing marks around a plain word ("“positive", "Kursk,") are separate segments
// whatever follows them, as long as none sits inside the word (UAX #29 joins "5,000" and "U.S").
const PLAIN_WORD_WITH_MARKS =
  /^([(["“‘'«¿¡]*)([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}\p{Mn}]*)([.,;:!?)\]"”’'»…%]*)$/u

/**
 * Splits a text into word tokens at `Intl.Segmenter` word boundaries, so Chinese, Japanese, Thai
 * and other scripts written without spaces split into words too. Whitespace runs are one token;
 * punctuation marks are tokens of their own. The tokens' texts concatenate to the input exactly.
 */
export function tokenizeWords(text: string): ReadonlyArray<WordToken> {
  const tokens: WordToken[] = []
  const push = (token: WordToken): void => {
    const last = tokens[tokens.length - 1]
    // "..." and "--" are one mark typed in several keystrokes (an ellipsis, a dash), so they
    // compare as one token with "…" and "—".
    if (
      isRepeatableMark(token) &&
      last?.kind === 'other' &&
      last.text === token.text.repeat(last.text.length)
    ) {
      tokens[tokens.length - 1] = { ...last, text: last.text + token.text }
    } else {
      tokens.push(token)
    }
  }
  for (const run of text.matchAll(RUNS)) {
    const start = run.index
    if (SPACE.test(run[0])) {
      push({ text: run[0], start, kind: 'space' })
    } else if (PLAIN_WORD.test(run[0])) {
      push({ text: run[0], start, kind: 'word' })
    } else if (PLAIN_WORD_WITH_MARKS.test(run[0])) {
      const [, before = '', word = '', after = ''] = PLAIN_WORD_WITH_MARKS.exec(run[0]) ?? []
      let at = start
      for (const mark of before) push({ text: mark, start: at++, kind: 'other' })
      push({ text: word, start: at, kind: 'word' })
      at += word.length
      for (const mark of after) push({ text: mark, start: at++, kind: 'other' })
    } else {
      for (const segment of segmentText(WORD_SEGMENTER, run[0])) {
        const kind = segment.isWordLike ? 'word' : SPACE.test(segment.text) ? 'space' : 'other'
        push({ text: segment.text, start: start + segment.index, kind })
      }
    }
  }
  return tokens
}

function isRepeatableMark(token: WordToken): boolean {
  return token.kind === 'other' && (token.text === '.' || token.text === '-')
}
