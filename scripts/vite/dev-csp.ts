import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const CSP_SCRIPT_SRC = /(http-equiv="Content-Security-Policy"\s+content="[^"]*?script-src 'self')/

/**
 * The page's CSP with the SHA-256 of each inline script added to `script-src`, so exactly those
 * scripts run and nothing else inline does ('unsafe-inline' stays out).
 */
export function allowInlineScriptsByHash(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/i.test(attributes ?? '') && body !== '')
    .map(
      ([, , body]) =>
        `'sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}'`,
    )
  if (hashes.length === 0) return html
  if (!CSP_SCRIPT_SRC.test(html))
    throw new Error(
      "dev-csp: index.html has no Content-Security-Policy meta with script-src 'self'",
    )
  return html.replace(CSP_SCRIPT_SRC, `$1 ${[...new Set(hashes)].join(' ')}`)
}

/**
 * For `npm run dev` only: plugin-react's dev server injects its Fast Refresh preamble as an inline
 * script, which the page's strict CSP (`script-src 'self'`) blocks, leaving a blank window. This
 * allows the inline scripts the dev server put into the page by their hashes; builds are untouched.
 */
export function allowDevInlineScripts(): Plugin {
  return {
    name: 'rewrite-lens:dev-inline-script-hashes',
    apply: 'serve',
    // 'post' runs after plugin-react has injected its preamble tag.
    transformIndexHtml: { order: 'post', handler: allowInlineScriptsByHash },
  }
}
