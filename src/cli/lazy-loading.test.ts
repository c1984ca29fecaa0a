import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_CLI, builtCliSkipReason } from './built-cli.test-helper'

const RECORDER = resolve('src/cli/fixtures/record-imports.mjs')
const FIXTURES = resolve('src/node/importers/fixtures')
const SEED = resolve('seeds/000_cbc1d2b3e80d9033.txt')

const skipBuilt = builtCliSkipReason()
if (skipBuilt) console.info(`skipped "lazy loading": ${skipBuilt}`)

let dir = ''
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rewrite-lens-imports-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** The modules (other than Node's own) the built command line loads for these arguments. */
async function modulesLoadedBy(args: ReadonlyArray<string>): Promise<ReadonlyArray<string>> {
  const record = join(dir, `imports-${Math.random().toString(36).slice(2)}.txt`)
  await promisify(execFile)(process.execPath, ['--import', RECORDER, BUILT_CLI, ...args], {
    env: { ...process.env, RECORD_IMPORTS: record },
  })
  const urls = (await readFile(record, 'utf8')).split('\n').filter((url) => url !== '')
  return urls.filter((url) => !url.startsWith('node:') && !url.includes('record-imports'))
}

/** How many bytes of JavaScript those modules hold. */
async function bytesOf(urls: ReadonlyArray<string>): Promise<number> {
  const sizes = await Promise.all(urls.map(async (url) => (await stat(fileURLToPath(url))).size))
  return sizes.reduce((sum, size) => sum + size, 0)
}

// --help loads about 18 KB; the engine alone is over 500 KB, whatever its chunk is named.
const HELP_BYTES = 64 * 1024

const ENGINE = /compare-articles|\/compromise\/|\/diff\//
const WEB_PAGE_READERS = /\/linkedom\/|\/@mozilla\/readability\//
const WORD_READER = /\/mammoth\//

describe.skipIf(skipBuilt !== null)('lazy loading (built command line)', () => {
  it('answers --help and --version without loading the engine or any package', async () => {
    for (const flag of ['--help', '--version']) {
      const loaded = await modulesLoadedBy([flag])
      expect(loaded.some((url) => ENGINE.test(url))).toBe(false)
      expect(loaded.filter((url) => url.includes('/node_modules/'))).toEqual([])
      expect(loaded.length).toBeLessThanOrEqual(8)
      expect(await bytesOf(loaded)).toBeLessThan(HELP_BYTES)
    }
  })

  it('compares text files without loading the web page or Word readers', async () => {
    const loaded = await modulesLoadedBy(['compare', SEED, SEED, '--format', 'json'])
    expect(loaded.some((url) => ENGINE.test(url))).toBe(true)
    expect(loaded.some((url) => WEB_PAGE_READERS.test(url))).toBe(false)
    expect(loaded.some((url) => WORD_READER.test(url))).toBe(false)
    expect(loaded.some((url) => url.includes('/compromise/'))).toBe(false)
  })

  it('loads the web page readers for .html and mammoth only for .docx', async () => {
    const html = await modulesLoadedBy(['compare', join(FIXTURES, 'saved-page.html'), SEED])
    expect(html.some((url) => WEB_PAGE_READERS.test(url))).toBe(true)
    expect(html.some((url) => WORD_READER.test(url))).toBe(false)
    const docx = await modulesLoadedBy(['compare', join(FIXTURES, 'article.docx'), SEED])
    expect(docx.some((url) => WORD_READER.test(url))).toBe(true)
  })
})
