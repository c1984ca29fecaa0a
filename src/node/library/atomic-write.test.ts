import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomic } from './atomic-write'

// rename is wrapped so a test can make it fail, as a crash or a full disk would at that step.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof fs>()
  return { ...original, rename: vi.fn(original.rename) }
})

let folder = ''
beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'rewrite-lens-atomic-'))
})
afterEach(async () => {
  vi.mocked(fs.rename).mockReset()
  await fs.rm(folder, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('replaces the file and leaves nothing else behind', async () => {
    const path = join(folder, 'data.json')
    await writeFileAtomic(path, 'old')
    await writeFileAtomic(path, new TextEncoder().encode('new'))
    expect(await fs.readFile(path, 'utf8')).toBe('new')
    expect(await fs.readdir(folder)).toEqual(['data.json'])
  })

  it('keeps the old contents when the rename fails, and removes its temp file', async () => {
    const path = join(folder, 'data.json')
    await writeFileAtomic(path, 'old')
    vi.mocked(fs.rename).mockRejectedValueOnce(
      Object.assign(new Error('no space'), { code: 'ENOSPC' }),
    )
    await expect(writeFileAtomic(path, 'new')).rejects.toThrow('no space')
    expect(await fs.readFile(path, 'utf8')).toBe('old')
    expect(await fs.readdir(folder)).toEqual(['data.json'])
  })
})
