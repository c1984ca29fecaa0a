import { describe, expect, it } from 'vitest'
import type { DiffToken } from '../../../core'
import { applyMarks, inlinePieces, rowMarks, serializePieces, sidePieces } from './row-pieces'
import type { ParagraphPieces, TextMark } from './row-pieces'

const eq = (text: string, rightText?: string): DiffToken =>
  rightText === undefined ? { type: 'equal', text } : { type: 'equal', text, rightText }
const add = (text: string): DiffToken => ({ type: 'added', text })
const del = (text: string): DiffToken => ({ type: 'removed', text })

function show(blocks: ReadonlyArray<ParagraphPieces>): ReadonlyArray<string> {
  return blocks.map((block) => `${block.paragraph}: ${serializePieces(block.pieces)}`)
}

describe('sidePieces', () => {
  const tokens = [eq('Russia sent '), del('positive messages'), add('positive signals'), eq('.')]

  it('keeps removed words on the left and added words on the right', () => {
    expect(show(sidePieces(tokens, 'left', [3]))).toEqual(['3: Russia sent [-positive messages-].'])
    expect(show(sidePieces(tokens, 'right', [4]))).toEqual(['4: Russia sent {+positive signals+}.'])
  })

  it('splits a merged row at the newlines of its left side', () => {
    const merged = [eq('One.'), del('\n'), add(' '), eq('Two.')]
    expect(show(sidePieces(merged, 'left', [0, 1]))).toEqual(['0: One.', '1: Two.'])
    expect(show(sidePieces(merged, 'right', [0]))).toEqual(['0: One.{+ +}Two.'])
  })

  it('shows the right spelling of words that compare equal under the options', () => {
    const typographic = [eq('“Yes,” he said', '"Yes," he said')]
    expect(show(sidePieces(typographic, 'left', [0]))).toEqual(['0: “Yes,” he said'])
    expect(show(sidePieces(typographic, 'right', [0]))).toEqual(['0: "Yes," he said'])
  })

  it('keeps text past the last expected paragraph instead of dropping it', () => {
    expect(show(sidePieces([eq('A\nB\nC')], 'left', [0, 1]))).toEqual(['0: A', '1: B C'])
  })

  it('gives an empty side no paragraphs', () => {
    expect(sidePieces([add('New paragraph.')], 'left', [])).toEqual([])
  })
})

describe('inlinePieces', () => {
  it('interleaves removed and added words in one column', () => {
    const tokens = [eq('The '), del('old'), add('new'), eq(' text')]
    expect(show(inlinePieces(tokens))).toEqual(['-1: The [-old-] {+new+} text'])
  })

  it('marks removed words with the left side’s marks and the rest with the right side’s', () => {
    const tokens = [eq('He said “'), del('positive messages'), add('positive signals'), eq('”.')]
    const quote = (start: number, end: number): TextMark => ({
      kind: 'quote',
      start,
      end,
      detail: 'altered',
      item: 0,
    })
    expect(show(inlinePieces(tokens, [quote(9, 26)], [quote(9, 25)]))).toEqual([
      '-1: He said “<quote:[-positive messages-]> <quote:{+positive signals+}>”.',
    ])
  })

  it('breaks lines at newlines on either side', () => {
    expect(show(inlinePieces([eq('A.'), add('\n'), eq('B.')]))).toEqual(['-1: A.', '-1: B.'])
  })
})

describe('applyMarks', () => {
  const quote: TextMark = { kind: 'quote', start: 13, end: 30, detail: 'altered', item: 0 }

  it('cuts pieces at the mark boundaries and tags the inside', () => {
    const [block] = sidePieces(
      [eq('Russia sent “'), del('positive messages'), eq('” today')],
      'left',
      [0],
    )
    const marked = applyMarks(block?.pieces ?? [], [quote])
    expect(serializePieces(marked)).toBe('Russia sent “<quote:[-positive messages-]>” today')
  })

  it('marks part of an equal run', () => {
    const marked = applyMarks(
      [{ text: 'It cost 30 dollars', change: 'equal' }],
      [{ kind: 'fact', start: 8, end: 10, detail: 'number', item: 2 }],
    )
    expect(serializePieces(marked)).toBe('It cost <fact:30> dollars')
  })
})

describe('rowMarks', () => {
  it('shifts each paragraph’s marks by the text of the paragraphs before it', () => {
    const mark: TextMark = { kind: 'fact', start: 0, end: 2, detail: 'number', item: 0 }
    const lengths = new Map([
      [4, 10],
      [5, 7],
    ])
    const marks = rowMarks(
      [4, 5],
      (paragraph) => lengths.get(paragraph) ?? 0,
      (paragraph) => (paragraph === 5 ? [mark] : []),
    )
    expect(marks.map((m) => `${m.start}-${m.end}`)).toEqual(['11-13'])
  })
})
