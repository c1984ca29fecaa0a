import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { Comparison } from '../core'
import { BUILT_CLI, builtCliSkipReason } from './built-cli.test-helper'
import { looksLikeHtml } from './read-article'
import { runCli } from './run-cli'

const SEED_A = 'seeds/000_cbc1d2b3e80d9033.txt'
const SEED_B = 'seeds/003_b01608b6cce9594e.txt'

async function compare(argv: ReadonlyArray<string>, stdin: Iterable<string | Uint8Array>) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['compare', ...argv], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: false,
    env: {},
    stdin: (async function* () {
      yield* stdin
    })(),
  })
  return { code, stdout, stderr }
}

describe('rewrite-lens compare with - (standard input)', () => {
  it('reads the article from standard input, as the same file would be read', async () => {
    const text = await readFile(SEED_B)
    const piped = await compare(
      [SEED_A, '-', '--format', 'json'],
      [text.subarray(0, 100), text.subarray(100)],
    )
    const fromFile = await compare([SEED_A, SEED_B, '--format', 'json'], [])
    expect(piped.code).toBe(0)
    const [a, b] = [piped, fromFile].map((run) => JSON.parse(run.stdout) as Comparison)
    expect(a?.right.path).toBe('-')
    expect(a?.rows).toEqual(b?.rows)
    expect(a?.stats).toEqual(b?.stats)
  })

  it('reads the original from standard input too', async () => {
    const result = await compare(
      ['-', SEED_B, '--format', 'json'],
      [await readFile(SEED_A, 'utf8')],
    )
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as Comparison).left.path).toBe('-')
  })

  it('says what to do when standard input is empty, too large, or asked for twice', async () => {
    const empty = await compare([SEED_A, '-'], [])
    expect(empty).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'rewrite-lens: standard input has no article text; check that it is the right file.\n',
    })
    const huge = await compare([SEED_A, '-'], Array(6).fill('x'.repeat(1024 * 1024)))
    expect(huge.code).toBe(2)
    expect(huge.stderr).toBe(
      "rewrite-lens: standard input holds more than 5 MB; pipe in just the article's text.\n",
    )
    const twice = await compare(['-', '-'], ['text'])
    expect(twice.code).toBe(2)
    expect(twice.stderr).toMatch(/only one article can come from standard input/)
  })
})

const skipBuilt =
  process.platform === 'win32' ? 'no bash process substitution' : builtCliSkipReason()
if (skipBuilt) console.info(`skipped "process substitution": ${skipBuilt}`)

describe('rewrite-lens compare with pipes', () => {
  it('reads an HTML page piped in as HTML, not as text with its tags', async () => {
    const page = [
      '<!DOCTYPE html><html><head><title>Piped page</title></head><body><article>',
      '<h1>Trump dispatches US officials to Moscow</h1>',
      '<p>The US president said talks were going well.</p>',
      '<p>Russian forces pushed against Ukraine in Kursk.</p>',
      '</article></body></html>',
    ].join('\n')
    const result = await compare([SEED_A, '-', '--format', 'json'], [page])
    expect(result.stderr).toBe('')
    const right = (JSON.parse(result.stdout) as Comparison).right
    const text = right.paragraphs.map((paragraph) => paragraph.text).join('\n')
    expect(text).toContain('Russian forces pushed against Ukraine in Kursk.')
    expect(text).not.toMatch(/<p>|<\/?article>|<!DOCTYPE/i)
    // Plain text that merely mentions a tag stays text.
    expect(looksLikeHtml(Buffer.from('The <html> tag opens a page.'))).toBe(false)
    expect(looksLikeHtml(Buffer.from('\uFEFF  <html lang="en"><body>x</body></html>'))).toBe(true)
  })

  it.skipIf(skipBuilt !== null)(
    'reads the pipe of a shell’s process substitution, as in <(git show HEAD~1:story.txt)',
    () => {
      const script = `"$0" "$1" compare "$2" <(cat "$3") --format json`
      const piped = spawnSync('bash', ['-c', script, process.execPath, BUILT_CLI, SEED_A, SEED_B], {
        encoding: 'utf8',
      })
      expect(piped.stderr).toBe('')
      expect(piped.status).toBe(0)
      const fromFile = spawnSync(
        process.execPath,
        [BUILT_CLI, 'compare', SEED_A, SEED_B, '--format', 'json'],
        {
          encoding: 'utf8',
        },
      )
      const [a, b] = [piped, fromFile].map((run) => JSON.parse(run.stdout) as Comparison)
      expect(a?.right.path).toMatch(/^\/(dev|proc\/self)\/fd\/\d+$/)
      expect(a?.rows).toEqual(b?.rows)
    },
  )
})
