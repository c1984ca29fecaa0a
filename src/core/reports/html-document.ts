import { escapeHtml } from './html-escape'

/** What every inert HTML report page declares in its head. */
export interface HtmlDocumentHead {
  readonly title: string
  readonly appVersion: string
  readonly styles: string
}

/**
 * A whole HTML report page around `body` (lines of markup). The policy forbids every load and
 * script, so the untrusted article text inside stays inert whatever it contains.
 */
export function renderHtmlDocument(head: HtmlDocumentHead, body: ReadonlyArray<string>): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Rewrite Lens ${escapeHtml(head.appVersion)}">`,
    `<title>${escapeHtml(head.title)}</title>`,
    `<style>${head.styles}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
