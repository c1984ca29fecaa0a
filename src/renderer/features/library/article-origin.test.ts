import { describe, expect, it } from 'vitest'
import { articleOrigin } from './article-origin'

describe('articleOrigin', () => {
  it('names the file an article was imported from', () => {
    expect(articleOrigin({ format: 'html', fileName: 'bbc-v2.html' })).toBe('bbc-v2.html')
  })

  it('says "pasted" for pasted text, whatever name it was given', () => {
    expect(articleOrigin({ format: 'paste', fileName: 'Pasted text' })).toBe('pasted')
  })

  it('names the starter library for a seed without a file name', () => {
    expect(articleOrigin({ format: 'seed', fileName: '' })).toBe('starter library')
  })
})
