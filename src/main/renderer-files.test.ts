import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readRendererFile } from './renderer-files'

describe('app scheme files', () => {
  let root = ''
  let renderer = ''
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'rewrite-lens-serve-'))
    renderer = join(root, 'renderer')
    await mkdir(join(renderer, 'assets'), { recursive: true })
    await writeFile(join(renderer, 'index.html'), '<!doctype html>')
    await writeFile(join(renderer, 'assets', 'app.js'), 'export {}')
    await writeFile(join(root, 'secret.txt'), 'outside the renderer')
    await writeFile(join(root, 'main.js'), 'outside the renderer')
  })
  afterEach(() => rm(root, { recursive: true, force: true }))

  const served = async (url: string): Promise<string> => {
    const file = await readRendererFile(url, renderer)
    return file ? `${file.mimeType}: ${new TextDecoder().decode(file.body)}` : '404'
  }

  it('serves the build, and nothing outside it however the path is spelled', async () => {
    expect(await served('app://rewrite-lens/')).toBe('text/html; charset=utf-8: <!doctype html>')
    expect(await served('app://rewrite-lens/assets/app.js')).toMatch(/^text\/javascript/)
    const escapes = [
      'app://rewrite-lens/../secret.txt',
      'app://rewrite-lens/%2e%2e/secret.txt',
      'app://rewrite-lens/.%2e/secret.txt',
      'app://rewrite-lens/..%2fsecret.txt',
      'app://rewrite-lens/..%5csecret.txt',
      `app://rewrite-lens/${encodeURIComponent(join(root, 'secret.txt'))}`,
      `app://rewrite-lens//${join(root, 'secret.txt')}`,
      'app://rewrite-lens/assets%00/app.js',
      'app://other-host/index.html',
      'app://rewrite-lens/assets',
      'app://rewrite-lens/missing.js',
    ]
    expect(await Promise.all(escapes.map(served))).toEqual(escapes.map(() => '404'))
  })

  it('refuses a symbolic link that leads out of the build', async () => {
    await symlink(join(root, 'secret.txt'), join(renderer, 'assets', 'leak.txt'))
    await symlink(root, join(renderer, 'up'))
    expect(await served('app://rewrite-lens/assets/leak.txt')).toBe('404')
    expect(await served('app://rewrite-lens/up/main.js')).toBe('404')
    // A link that stays inside the build is still served.
    await symlink(join(renderer, 'assets', 'app.js'), join(renderer, 'alias.js'))
    expect(await served('app://rewrite-lens/alias.js')).toMatch(/^text\/javascript.*: export \{\}$/)
  })
})
