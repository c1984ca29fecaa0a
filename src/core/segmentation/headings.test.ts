import { describe, expect, it } from 'vitest'
import { headingText, isMarkdownHeading, isTitleCase } from './headings'

const heading = (text: string) => ({ index: 0, text, kind: 'heading' as const })

describe('isMarkdownHeading', () => {
  it('accepts one to six # and a space', () => {
    expect(isMarkdownHeading('# Title')).toBe(true)
    expect(isMarkdownHeading('###### Deep')).toBe(true)
  })
  it('rejects hashtags, seven #, and a bare #', () => {
    expect(isMarkdownHeading('#Ukraine trends')).toBe(false)
    expect(isMarkdownHeading('####### Seven')).toBe(false)
    expect(isMarkdownHeading('#')).toBe(false)
  })
})

describe('headingText', () => {
  it('drops Markdown markers, closing hashes and a bold wrapper', () => {
    expect(headingText(heading('## What’s Next? ##'))).toBe('What’s Next?')
    expect(headingText(heading('**Trump Pressures Russia**'))).toBe('Trump Pressures Russia')
    expect(headingText(heading('Tensions Persist on the Ground'))).toBe(
      'Tensions Persist on the Ground',
    )
  })
})

describe('isTitleCase', () => {
  it('needs the first word and every word of four letters or more capitalised', () => {
    expect(isTitleCase('Who is Leading the Moscow Talks?')).toBe(true)
    expect(isTitleCase('Putin’s Visit to Kursk: A Show of Strength?')).toBe(true)
    expect(isTitleCase('But will it hold?')).toBe(false)
    expect(isTitleCase('what Next?')).toBe(false)
  })
})
