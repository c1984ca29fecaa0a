/** How the bytes of a text file were decoded. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** The outcome of decoding: the text, or why the bytes are not text. */
export type DecodedText =
  | { readonly status: 'text'; readonly text: string; readonly encoding: TextEncoding }
  | { readonly status: 'binary' }
  | { readonly status: 'undecodable' }

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. Node 20's TextDecoder('windows-1252')
// decodes these as C1 controls (Latin-1), which would turn smart quotes into invisible characters,
// so the 27 assigned code points are mapped here (WHATWG Encoding, index-windows-1252).
const WINDOWS_1252_HIGH: ReadonlyArray<number | null> = [
  0x20ac,
  null,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  null,
  0x017d,
  null,
  null,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  null,
  0x017e,
  0x0178,
]

/**
 * Decodes the bytes of a text file: a UTF-8 or UTF-16 byte order mark wins, then strict UTF-8,
 * then Windows-1252 (what older Word and Windows editors save), refusing binary data.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return decodeWith('utf-8', bytes.subarray(3), 'utf-8-bom')
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes.subarray(2), 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes.subarray(2), 'utf-16be')
  const utf16 = unmarkedUtf16Of(bytes)
  if (utf16) return decodeWith(utf16, bytes, utf16)
  if (looksBinary(bytes)) return { status: 'binary' }
  const utf8 = decodeWith('utf-8', bytes, 'utf-8')
  if (utf8.status === 'text') return utf8
  return decodeWindows1252(bytes)
}

/** Turns CRLF and lone CR line breaks into LF and drops a leading byte order mark. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

function startsWith(bytes: Uint8Array, prefix: ReadonlyArray<number>): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

function decodeWith(label: string, bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes)
    return hasControlCharacters(text) ? { status: 'binary' } : { status: 'text', text, encoding }
  } catch {
    return { status: 'undecodable' }
  }
}

function decodeWindows1252(bytes: Uint8Array): DecodedText {
  let text = ''
  for (const byte of bytes) {
    if (byte < 0x80 || byte > 0x9f) {
      text += String.fromCharCode(byte)
      continue
    }
    const codePoint = WINDOWS_1252_HIGH[byte - 0x80]
    if (codePoint === null || codePoint === undefined) return { status: 'undecodable' }
    text += String.fromCharCode(codePoint)
  }
  return hasControlCharacters(text)
    ? { status: 'binary' }
    : { status: 'text', text, encoding: 'windows-1252' }
}

// UTF-16 saved without a byte order mark (some Windows tools): text in Latin scripts then has a
// zero byte in every other position (the high byte of each code unit), which no other text
// encoding produces; binary files have zeros scattered over both positions.
function unmarkedUtf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, Math.min(bytes.byteLength, 8192) & ~1)
  if (head.byteLength < 4 || bytes.byteLength % 2 !== 0) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < head.byteLength; index += 2) {
    if (head[index] === 0) evenZeros += 1
    if (head[index + 1] === 0) oddZeros += 1
  }
  const pairs = head.byteLength / 2
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le'
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be'
  return null
}

// Text files never contain NUL; images, archives and PDFs almost always do within their first kB.
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192)
  return head.includes(0)
}

// Tab, LF, CR and form feed occur in real text; other C0 controls (and NUL) mean binary data.
function hasControlCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if ((code < 0x20 && !ALLOWED_CONTROLS.has(code)) || code === 0x7f) return true
  }
  return false
}

const ALLOWED_CONTROLS: ReadonlySet<number> = new Set([0x09, 0x0a, 0x0c, 0x0d])
