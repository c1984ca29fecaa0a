import { describe, expect, it } from 'vitest'
import { SEED_TEXTS } from '../segmentation/seed-texts.test-helper'
import type { CompareOptions, DiffToken } from '../types'
import { DEFAULT_COMPARE_OPTIONS } from '../types'
import { diffLeftText, diffRightText, formatDiff } from './format-diff'
import { diffText } from './word-diff'

const exact: CompareOptions = {
  ignoreCase: false,
  ignorePunctuation: false,
  ignoreTypography: false,
}

function diff(
  left: string,
  right: string,
  options: CompareOptions = DEFAULT_COMPARE_OPTIONS,
): string {
  return formatDiff(diffText(left, right, options))
}

/** Equal runs whose right spelling differs, as "left→right". */
function variants(tokens: ReadonlyArray<DiffToken>): ReadonlyArray<string> {
  return tokens.flatMap((token) =>
    token.type === 'equal' && token.rightText !== undefined
      ? [`${token.text}→${token.rightText}`]
      : [],
  )
}

function expectReconstruction(left: string, right: string, options: CompareOptions): void {
  const tokens = diffText(left, right, options)
  expect(diffLeftText(tokens)).toBe(left)
  expect(diffRightText(tokens)).toBe(right)
  tokens.forEach((token, index) => {
    expect(token.text !== '' || token.rightText !== undefined).toBe(true)
    const next = tokens[index + 1]
    // Runs of a kind are merged (equal runs stay apart only to isolate a variant spelling).
    if (next !== undefined && token.type !== 'equal') expect(next.type).not.toBe(token.type)
  })
}

describe('diffText', () => {
  it('shows a replaced word as one removed and one added run', () => {
    expect(diff('positive messages', 'positive signals')).toBe('positive [-messages-]{+signals+}')
  })

  it('shows insertions and deletions with the space that goes with them', () => {
    expect(diff('a ceasefire deal', 'a 30-day ceasefire deal')).toBe('a {+30-day +}ceasefire deal')
    expect(diff('a 30-day ceasefire deal', 'a ceasefire deal')).toBe('a [-30-day -]ceasefire deal')
  })

  it('gives nothing for two empty texts and one run for identical ones', () => {
    expect(diffText('', '', DEFAULT_COMPARE_OPTIONS)).toEqual([])
    expect(diffText('Same text.', 'Same text.', DEFAULT_COMPARE_OPTIONS)).toEqual([
      { type: 'equal', text: 'Same text.' },
    ])
    expect(diff('', 'New text.')).toBe('{+New text.+}')
    expect(diff('Old text.', '')).toBe('[-Old text.-]')
  })

  it('reads a rewritten phrase as one change instead of interleaving on stopwords', () => {
    expect(diff('The cat sat on the mat', 'A dog lay in the house')).toBe(
      '[-The cat sat on the mat-]{+A dog lay in the house+}',
    )
    expect(diff('Trump said on Wednesday', 'Trump announced on Thursday')).toBe(
      'Trump [-said on Wednesday-]{+announced on Thursday+}',
    )
  })

  it('keeps a shared phrase of three words or more between changes', () => {
    expect(
      diff(
        'Trump acknowledged that Russia had sent “positive messages” about a ceasefire but cautioned',
        'Trump mentioned receiving “positive signals” regarding the ceasefire but cautioned that optimism is not enough.',
      ),
    ).toBe(
      'Trump [-acknowledged that Russia had sent-]{+mentioned receiving+} “positive [-messages” about a-]{+signals” regarding the+} ceasefire but cautioned{+ that optimism is not enough.+}',
    )
  })

  it('ignores typography by default and keeps the right spelling on the equal run', () => {
    const tokens = diffText(
      'Russia’s “court” — now…',
      'Russia\'s "court" - now...',
      DEFAULT_COMPARE_OPTIONS,
    )
    expect(tokens.every((token) => token.type === 'equal')).toBe(true)
    expect(variants(tokens)).toEqual(["Russia’s→Russia's", '“→"', '”→"', '—→-', '…→...'])
  })

  it('treats spaced and unspaced dashes as typography', () => {
    const tokens = diffText(
      'Kryvyy Rih—Zelensky’s hometown',
      "Kryvyy Rih - Zelensky's hometown",
      DEFAULT_COMPARE_OPTIONS,
    )
    expect(formatDiff(tokens)).toBe('Kryvyy Rih—Zelensky’s hometown')
    expect(variants(tokens)).toEqual(["—Zelensky’s→ - Zelensky's"])
  })

  it('ignores NBSP and whitespace runs under typography, shows them otherwise', () => {
    expect(diff('30\u00A0days  later', '30 days later')).toBe('30\u00A0days  later')
    expect(diff('30 days  later', '30 days later', exact)).toBe('30 days[-  -]{+ +}later')
  })

  it('shows typography when it is not ignored', () => {
    expect(diff('Russia’s court', "Russia's court", exact)).toBe("[-Russia’s-]{+Russia's+} court")
  })

  it('honours ignoreCase', () => {
    expect(diff('The Kremlin said', 'the kremlin said')).toBe('[-The Kremlin-]{+the kremlin+} said')
    const tokens = diffText('The Kremlin said', 'the kremlin said', {
      ...DEFAULT_COMPARE_OPTIONS,
      ignoreCase: true,
    })
    expect(formatDiff(tokens)).toBe('The Kremlin said')
    expect(variants(tokens)).toEqual(['The→the', 'Kremlin→kremlin'])
  })

  it('honours ignorePunctuation: punctuation-only tokens never make a difference', () => {
    const options = { ...DEFAULT_COMPARE_OPTIONS, ignorePunctuation: true }
    expect(diff('Russia, Ukraine and the U.S.', 'Russia Ukraine and the US', options)).toBe(
      'Russia, Ukraine and the U.S.',
    )
    expect(
      diff('He left. She stayed', 'He left; she stayed', { ...options, ignoreCase: true }),
    ).toBe('He left. She stayed')
    expect(diff('Russia, Ukraine', 'Russia, Belarus', options)).toBe(
      'Russia, [-Ukraine-]{+Belarus+}',
    )
    expect(diff('Russia, Ukraine', 'Russia Ukraine')).toBe('Russia[-,-] Ukraine')
  })

  it('diffs Chinese, Japanese and Thai by word, not by whole line', () => {
    expect(diff('我们是中国人', '我们是美国人')).toBe('我们是[-中国人-]{+美国人+}')
    expect(diff('ภาษาไทยง่ายนิดเดียว', 'ภาษาไทยยากนิดเดียว')).toBe('ภาษาไทย[-ง่าย-]{+ยาก+}นิดเดียว')
  })

  it('diffs multi-paragraph rows joined by line breaks', () => {
    expect(diff('First paragraph.\nSecond one here.', 'First paragraph. Second one here.')).toBe(
      'First paragraph.\nSecond one here.',
    )
    expect(
      diff('First paragraph.\nSecond one here.', 'First paragraph. Second one here.', exact),
    ).toBe('First paragraph.[-\n-]{+ +}Second one here.')
  })

  it('keeps surrogate pairs and combining marks whole', () => {
    expect(diff('Fire 🔥 here', 'Fire 🌊 here')).toBe('Fire [-🔥-]{+🌊+} here')
    expect(diff('Micheál Martin', 'Michea\u0301l Martin', exact)).toBe('Micheál Martin')
  })
})

describe('diffText reconstructs both texts exactly', () => {
  const seeds = Object.values(SEED_TEXTS)
  const allOptions: ReadonlyArray<CompareOptions> = [false, true].flatMap((ignoreCase) =>
    [false, true].flatMap((ignorePunctuation) =>
      [false, true].map((ignoreTypography) => ({
        ignoreCase,
        ignorePunctuation,
        ignoreTypography,
      })),
    ),
  )

  it('for every pair of whole seed texts under every option combination', () => {
    for (const options of allOptions) {
      for (const left of seeds) {
        for (const right of seeds) expectReconstruction(left, right, options)
      }
    }
  })

  it('for random edits of the seeds', () => {
    const random = seededRandom(2026)
    const pieces = seeds.join('\n').split(/(\s+)/)
    const noise = [
      '’',
      '"',
      '—',
      '…',
      '\u00A0',
      '  ',
      '\r\n',
      'U.S.',
      '中国',
      '😀',
      'e\u0301',
      ',',
      'The',
    ]
    for (let round = 0; round < 60; round += 1) {
      const start = Math.floor(random() * pieces.length)
      const left = pieces.slice(start, start + 20 + Math.floor(random() * 400))
      const right = left.flatMap((piece) => {
        const roll = random()
        if (roll < 0.05) return []
        if (roll < 0.1) return [piece, noise[Math.floor(random() * noise.length)] ?? '']
        if (roll < 0.15) return [piece.toUpperCase()]
        return [piece]
      })
      const options = allOptions[round % allOptions.length] ?? DEFAULT_COMPARE_OPTIONS
      expectReconstruction(left.join(''), right.join(''), options)
      expectReconstruction(right.join(''), left.join(''), options)
    }
  })
})

describe('diffText on long rows', () => {
  const random = seededRandom(7)
  const vocabulary = Object.values(SEED_TEXTS).join(' ').split(/\s+/)
  const words = (count: number) =>
    Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(
      ' ',
    )

  it('diffs a 50,000-word paragraph with scattered edits word by word, quickly', () => {
    const left = words(50_000)
    const right = left
      .split(' ')
      .map((word, index) => (index % 97 === 0 ? 'CHANGED' : word))
      .join(' ')
    const started = performance.now()
    const tokens = diffText(left, right, DEFAULT_COMPARE_OPTIONS)
    const elapsed = performance.now() - started
    expect(diffLeftText(tokens)).toBe(left)
    expect(diffRightText(tokens)).toBe(right)
    expect(tokens.filter((token) => token.type === 'added')).toHaveLength(Math.ceil(50_000 / 97))
    // Generous: the machine is shared; the budget keeps it far below this.
    expect(elapsed).toBeLessThan(10_000)
  })

  it('falls back to whole runs, deterministically and quickly, for unrelated long rows', () => {
    const left = 'alpha beta gamma delta '.repeat(10_000)
    const right = 'gamma alpha delta beta '.repeat(10_000)
    const started = performance.now()
    const tokens = diffText(left, right, DEFAULT_COMPARE_OPTIONS)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(diffLeftText(tokens)).toBe(left)
    expect(diffRightText(tokens)).toBe(right)
    expect(diffText(left, right, DEFAULT_COMPARE_OPTIONS)).toEqual(tokens)
  })
})

/** mulberry32: a small deterministic generator, so the random tests replay exactly. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
