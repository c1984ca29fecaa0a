import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { createServer } from 'vite'
import type { PluginOption } from 'vite'
import { describe, expect, it } from 'vitest'
import { allowDevInlineScripts, allowInlineScriptsByHash } from './dev-csp'

const RENDERER_ROOT = join(__dirname, '..', '..', 'src', 'renderer')

/** What the browser checks: each inline script's hash must be listed in the meta CSP's script-src. */
function blockedInlineScripts(html: string): ReadonlyArray<string> {
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? ''
  const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? []
  if (scriptSrc.includes("'unsafe-inline'")) return []
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/i.test(attributes ?? '') && body !== '')
    .map(([, , body]) => body ?? '')
    .filter((body) => {
      const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`
      return !scriptSrc.includes(hash)
    })
}

/** index.html as the dev server (`npm run dev`) sends it to the window, with the given plugins. */
async function devIndexHtml(plugins: PluginOption[]): Promise<string> {
  const server = await createServer({
    configFile: false,
    root: RENDERER_ROOT,
    plugins,
    logLevel: 'silent',
    server: { middlewareMode: true, ws: false },
  })
  try {
    const html = await readFile(join(RENDERER_ROOT, 'index.html'), 'utf8')
    return await server.transformIndexHtml('/index.html', html)
  } finally {
    await server.close()
  }
}

describe('the renderer in the dev server', () => {
  it('lets plugin-react’s inline preamble run under the page’s CSP', async () => {
    const html = await devIndexHtml([react(), allowDevInlineScripts()])
    expect(html).toContain('injectIntoGlobalHook')
    expect(blockedInlineScripts(html)).toEqual([])
    expect(html).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  })

  it('would be blank without it: the strict CSP blocks the preamble', async () => {
    const html = await devIndexHtml([react()])
    expect(blockedInlineScripts(html)).toHaveLength(1)
  })
})

describe('allowInlineScriptsByHash', () => {
  const page = (scripts: string) =>
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">${scripts}`

  it('adds the hash of each inline script, and none for scripts loaded by src', () => {
    const html = allowInlineScriptsByHash(
      page('<script type="module">run()</script><script src="/x.js"></script>'),
    )
    const hash = createHash('sha256').update('run()').digest('base64')
    expect(html).toContain(`script-src 'self' 'sha256-${hash}'; style-src 'self'`)
    expect(blockedInlineScripts(html)).toEqual([])
  })

  it('leaves a page without inline scripts as it is', () => {
    expect(allowInlineScriptsByHash(page('<script src="/x.js"></script>'))).toBe(
      page('<script src="/x.js"></script>'),
    )
  })
})
