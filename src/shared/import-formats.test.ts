import { describe, expect, it } from 'vitest'
import { IMPORTABLE_EXTENSIONS, importFormatOf } from './import-formats'

describe('importFormatOf', () => {
  it('names the format of each importable ending, in any case', () => {
    expect(
      ['a.TXT', 'b.md', 'c.Markdown', 'd.html', 'e.HTM', 'f.docx'].map(importFormatOf),
    ).toEqual(['txt', 'md', 'md', 'html', 'html', 'docx'])
  })

  it('reads only the last ending of the base name, as Node’s extname does', () => {
    expect(importFormatOf('notes.txt.bak')).toBeNull()
    expect(importFormatOf('/home/me/story.d/plain')).toBeNull()
    expect(importFormatOf('C:\\Users\\me\\story.docx')).toBe('docx')
    expect(importFormatOf('.md')).toBeNull()
    expect(importFormatOf('photo.jpg')).toBeNull()
    expect(importFormatOf('odd.constructor')).toBeNull()
    expect(importFormatOf('odd.__proto__')).toBeNull()
  })

  it('accepts exactly the endings the Import… dialog offers', () => {
    expect(IMPORTABLE_EXTENSIONS.every((ending) => importFormatOf(`a${ending}`) !== null)).toBe(
      true,
    )
    expect(IMPORTABLE_EXTENSIONS).toEqual(['.txt', '.md', '.markdown', '.html', '.htm', '.docx'])
  })
})
