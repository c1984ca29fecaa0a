import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const LAUNCHER = new URL('../../bin/rewrite-lens.mjs', import.meta.url)

describe('bin/rewrite-lens.mjs', () => {
  it('is an executable node script', async () => {
    const info = await stat(LAUNCHER)
    expect(info.mode & 0o111).not.toBe(0)
  })

  it('says to build first, in one line, when the built CLI is missing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'rewrite-lens-bin-'))
    try {
      await mkdir(join(root, 'bin'))
      await copyFile(LAUNCHER, join(root, 'bin', 'rewrite-lens.mjs'))
      const result = await promisify(execFile)(process.execPath, [
        join(root, 'bin', 'rewrite-lens.mjs'),
        '--help',
      ]).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      )
      expect(result).toEqual({ code: 2, stderr: 'rewrite-lens: run `npm run build` first.\n' })
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
