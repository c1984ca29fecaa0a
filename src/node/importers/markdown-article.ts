/** A Markdown file's text as plain lines, with the metadata of its front matter. */
export interface MarkdownArticle {
  readonly title: string
  readonly byline: string
  readonly source: string
  readonly url: string
  readonly publishedAt: string
  readonly lines: ReadonlyArray<string>
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/

/**
 * Flattens Markdown to the plain lines a reader sees: headings without `#`, list items without
 * bullets, links as their text, images dropped, and hard-wrapped paragraphs joined into one line.
 */
export function extractMarkdownArticle(markdown: string): MarkdownArticle {
  const frontMatter = FRONT_MATTER.exec(markdown)
  const fields = frontMatter ? frontMatterFields(frontMatter[1] ?? '') : new Map<string, string>()
  const body = frontMatter ? markdown.slice(frontMatter[0].length) : markdown
  const lines = markdownLines(body)
  const title = field(fields, 'title')
  return {
    title,
    byline: field(fields, 'author', 'byline'),
    source: field(fields, 'source', 'site', 'publication', 'outlet'),
    url: field(fields, 'url', 'link', 'canonical'),
    publishedAt: field(fields, 'date', 'published', 'published_at', 'publishedat'),
    lines: title !== '' && lines[0] !== title ? [title, ...lines] : lines,
  }
}

function markdownLines(body: string): ReadonlyArray<string> {
  const lines: string[] = []
  let paragraph: string[] = []
  let fenced = false
  const flush = (): void => {
    const text = inlineText(paragraph.join(' '))
    if (text !== '') lines.push(text)
    paragraph = []
  }
  for (const raw of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush()
      fenced = !fenced
      continue
    }
    if (fenced) {
      if (raw.trim() !== '') lines.push(raw.trim())
      continue
    }
    const line = raw.replace(/^\s{0,3}(>\s?)+/, '')
    if (line.trim() === '' || /^\s*([-*_]\s*){3,}$/.test(line)) {
      flush()
      continue
    }
    if (/^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(line)) {
      flush()
      paragraph.push(line.replace(/^\s*(#{1,6}|[-*+]|\d+[.)])\s+/, '').replace(/\s+#+\s*$/, ''))
      flush()
      continue
    }
    // A setext underline turns the paragraph above it into a heading.
    if (/^\s*(=+|-+)\s*$/.test(line) && paragraph.length > 0) {
      flush()
      continue
    }
    paragraph.push(line.trim())
  }
  flush()
  return lines
}

function inlineText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][\w-]*(\s[^>]*)?\/?>/g, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

function frontMatterFields(block: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const line of block.split('\n')) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    if (match?.[1]) fields.set(match[1].toLowerCase(), unquote(match[2] ?? ''))
  }
  return fields
}

function unquote(value: string): string {
  const trimmed = value.trim()
  return /^(['"]).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed
}

function field(fields: ReadonlyMap<string, string>, ...names: ReadonlyArray<string>): string {
  return names.map((name) => fields.get(name) ?? '').find((value) => value !== '') ?? ''
}
