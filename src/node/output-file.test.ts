import { execFileSync } from 'node:child_process'
import { createReadStream } from 'node:fs'
import {
  chmod,
  lstat,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeOutputFile } from './output-file'

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rewrite-lens-output-'))
})
afterEach(() => rm(folder, { recursive: true, force: true }))

describe('writeOutputFile', () => {
  it('replaces a regular file whole, keeping its permissions and leaving no temp file', async () => {
    const path = join(folder, 'report.html')
    await writeFile(path, 'old')
    await chmod(path, 0o640)
    await writeOutputFile(path, 'new')
    expect(await readFile(path, 'utf8')).toBe('new')
    expect((await stat(path)).mode & 0o777).toBe(0o640)
    expect(await readdir(folder)).toEqual(['report.html'])
  })

  it('updates the file a symbolic link names and keeps the link', async () => {
    const real = join(folder, 'real.md')
    const link = join(folder, 'link.md')
    await writeFile(real, 'old')
    await symlink(real, link)
    await writeOutputFile(link, 'new')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readlink(link)).toBe(real)
    expect(await readFile(real, 'utf8')).toBe('new')
  })

  it.skipIf(process.platform === 'win32')(
    'writes into a pipe in place instead of renaming over it',
    async () => {
      const fifo = join(folder, 'report.fifo')
      execFileSync('mkfifo', [fifo])
      const received = new Promise<string>((resolve, reject) => {
        let text = ''
        createReadStream(fifo, 'utf8')
          .on('data', (chunk) => (text += chunk))
          .on('end', () => resolve(text))
          .on('error', reject)
      })
      await writeOutputFile(fifo, 'through the pipe')
      expect(await received).toBe('through the pipe')
      expect((await lstat(fifo)).isFIFO()).toBe(true)
    },
  )

  it('keeps the error code for the caller to explain', async () => {
    await expect(writeOutputFile(join(folder, 'missing', 'r.html'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    })
    await expect(writeOutputFile(folder, 'x')).rejects.toMatchObject({ code: 'EISDIR' })
    expect(await readdir(folder)).toEqual([])
  })
})
