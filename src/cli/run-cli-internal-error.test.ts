import { describe, expect, it, vi } from 'vitest'
import { runCli } from './run-cli'

vi.mock('../core/compare-articles', () => ({
  compareArticles: () => {
    throw new TypeError('cannot read properties of undefined')
  },
}))

const SEEDS = ['compare', 'seeds/000_cbc1d2b3e80d9033.txt', 'seeds/001_f9530f5110897cd7.txt']

async function run(env: Record<string, string>) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(SEEDS, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: false,
    env,
  })
  return { code, stdout, stderr }
}

describe('rewrite-lens: internal errors', () => {
  it('exits 1 with one line and no stack trace', async () => {
    const result = await run({})
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'rewrite-lens: internal error (cannot read properties of undefined); please report it with the two files.\n',
    )
  })

  it('adds the stack trace when REWRITE_LENS_DEBUG is set', async () => {
    const result = await run({ REWRITE_LENS_DEBUG: '1' })
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n')[1]).toBe('TypeError: cannot read properties of undefined')
    expect(result.stderr).toMatch(/\n {4}at /)
  })
})
