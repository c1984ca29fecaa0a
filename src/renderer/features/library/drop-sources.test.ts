import { describe, expect, it } from 'vitest'
import { isImportableName, sourcesFromDrop, summarizeImport } from './drop-sources'

describe('sourcesFromDrop', () => {
  it('sends paths when the shell knows them and bytes otherwise', async () => {
    const known = new File(['x'], 'a.txt')
    const pathless = new File(['hello'], 'b.md')
    const sources = await sourcesFromDrop(
      [
        { file: known, entry: null },
        { file: pathless, entry: null },
      ],
      (file) => (file === known ? '/home/me/a.txt' : ''),
    )
    expect(sources).toEqual([
      { fileName: 'a.txt', path: '/home/me/a.txt' },
      { fileName: 'b.md', bytes: new TextEncoder().encode('hello') },
    ])
  })
})

describe('isImportableName', () => {
  it('accepts the importers’ formats and skips hidden and other files', () => {
    expect(['a.TXT', 'b.md', 'c.htm', 'd.html', 'e.docx'].every(isImportableName)).toBe(true)
    expect(['.DS_Store', 'photo.jpg', 'notes.txt.bak'].some(isImportableName)).toBe(false)
  })
})

describe('summarizeImport', () => {
  const summary = { id: 'x', title: 'T' } as never
  it('sums up imports, duplicates and failures in one sentence', () => {
    expect(summarizeImport({ imported: [summary], duplicates: [], failed: [] })).toBe(
      'Imported 1 article.',
    )
    expect(
      summarizeImport({
        imported: [],
        duplicates: [{ fileName: 'a.txt', existingTitle: 'A' }],
        failed: [
          { fileName: 'b.pdf', reason: 'x' },
          { fileName: 'c.pdf', reason: 'y' },
        ],
      }),
    ).toBe('Imported 0 articles; 1 file was already in the library; 2 files could not be imported.')
  })
})
