import type { parseHTML as parseHtml } from 'linkedom'
import { blockLines, treeShape } from './block-lines'
import type { DomNode } from './block-lines'

/** What a saved web page yields: the article's lines and the metadata the page declares. */
export interface HtmlArticle {
  readonly title: string
  readonly byline: string
  readonly siteName: string
  readonly url: string
  readonly publishedAt: string
  readonly lines: ReadonlyArray<string>
}

// Saved news pages hold a few thousand elements and nest a few dozen deep.
const MAX_READABILITY_ELEMENTS = 30_000
const MAX_READABILITY_DEPTH = 400

interface QueryableDocument extends DomNode {
  readonly body: DomNode | null
  querySelector(selector: string): { getAttribute(name: string): string | null } | null
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>
}

/**
 * Extracts the article from a saved web page with Mozilla Readability over linkedom. linkedom
 * neither runs scripts nor loads resources, and only text nodes are read, so the page stays inert.
 * Both are loaded on first use: they take a fifth of a second to load, which only web pages need.
 */
export async function extractHtmlArticle(html: string): Promise<HtmlArticle> {
  const [{ Readability }, { parseHTML }] = await Promise.all([
    import('@mozilla/readability'),
    import('linkedom'),
  ])
  const document = parsePage(html, parseHTML)
  // Readability rewrites the document, so the metadata it does not report is read first.
  const url = canonicalUrlOf(document)
  const fallbackDate = declaredDateOf(document)
  const shape = treeShape(document.body ?? document)
  // Readability is quadratic (and recursive) on pathological trees; a page that big or that deep
  // is not a news article anyway, so its plain text is taken instead of guessing at an article.
  const readable =
    shape.elements <= MAX_READABILITY_ELEMENTS && shape.depth <= MAX_READABILITY_DEPTH
  const parsed = readable
    ? new Readability(document as never, {
        serializer: (node: unknown) => node as DomNode,
        maxElemsToParse: MAX_READABILITY_ELEMENTS,
      }).parse()
    : null
  const contentLines = parsed?.content ? blockLines(parsed.content) : []
  const lines =
    contentLines.length > 0 ? contentLines : document.body ? blockLines(document.body) : []
  const title = clean(parsed?.title)
  return {
    title,
    byline: clean(parsed?.byline),
    siteName: clean(parsed?.siteName),
    url,
    publishedAt: isoDateOf(clean(parsed?.publishedTime)) || fallbackDate,
    lines: title !== '' && lines[0] !== title ? [title, ...lines] : lines,
  }
}

// linkedom builds a proper tree only when the page starts with `<html>`: for a page that starts
// with `<body>`, a doctype and `<title>`, or bare paragraphs it leaves `document.body` empty and
// the text beside it, so such a page is parsed again inside an explicit `<html><body>`.
function parsePage(html: string, parseHTML: typeof parseHtml): QueryableDocument {
  const { document } = parseHTML(html) as unknown as { document: QueryableDocument }
  if (document.body?.firstChild) return document
  const inner = html.replace(/<!doctype[^>]*>|<\/?(?:html|body)\b[^>]*>/gi, '')
  const wrapped = parseHTML(`<!doctype html><html><body>${inner}</body></html>`) as unknown as {
    document: QueryableDocument
  }
  return wrapped.document
}

function canonicalUrlOf(document: QueryableDocument): string {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]
  return candidates.map((candidate) => webUrlOf(candidate ?? '')).find((url) => url !== '') ?? ''
}

function declaredDateOf(document: QueryableDocument): string {
  const candidates = [
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    document.querySelector('meta[name="date"]')?.getAttribute('content'),
    document.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ]
  return (
    candidates.map((candidate) => isoDateOf(clean(candidate))).find((date) => date !== '') ?? ''
  )
}

/** Keeps only http(s) URLs: a `javascript:` or `data:` address must never reach the library. */
export function webUrlOf(candidate: string): string {
  try {
    const url = new URL(candidate.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : ''
  } catch {
    return ''
  }
}

/** An ISO 8601 date or timestamp as written, a parseable date converted to ISO, or ''. */
export function isoDateOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return value
  if (value === '' || !/\d{4}/.test(value)) return ''
  const time = Date.parse(value)
  return Number.isNaN(time) ? '' : new Date(time).toISOString()
}

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim()
}
