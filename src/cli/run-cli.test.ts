import { execFileSync } from 'node:child_process'
import { createReadStream } from 'node:fs'
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { version } from '../../package.json'
import { COMPARISON_SCHEMA } from '../core'
import type { Comparison } from '../core'
import { buildZip, docxEntries, forgedDocx } from '../node/importers/fixtures/zip-builder'
import { LONG_INPUT_CHARS } from './heap-growth'
import { runCliCaptured } from './run-cli.test-helper'
import type { CliRun } from './run-cli.test-helper'

const SEED_A = 'seeds/000_cbc1d2b3e80d9033.txt'
const SEED_B = 'seeds/003_b01608b6cce9594e.txt'
const ESC = '\u001b'

const run = runCliCaptured

/** A user error: exit 2, nothing on stdout, one line on stderr, no stack trace. */
function expectUserError(result: CliRun, pattern: RegExp): void {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/^rewrite-lens: [^\n]+\n$/)
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/)
  expect(result.stderr).toMatch(pattern)
}

let dir = ''
let oldPath = ''
let newPath = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rewrite-lens-cli-'))
  oldPath = join(dir, 'old.txt')
  newPath = join(dir, 'new.txt')
  await writeFile(
    oldPath,
    'Talks in Moscow\nOfficials said the talks were urgent.\nThe truce lasts 30 days.\n',
  )
  await writeFile(
    newPath,
    'Talks in Moscow\r\nOfficials said the talks were VITAL.\r\nThe truce lasts 60 days.\r\n',
  )
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('rewrite-lens compare: formats', () => {
  it('prints a plain text report by default when stdout is not a terminal', async () => {
    const result = await run(['compare', SEED_A, SEED_B])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(
      /^Rewrite Lens comparison\nLeft: {2}Trump dispatches US officials/,
    )
    expect(result.stdout).toContain('(file: 000_cbc1d2b3e80d9033.txt)')
    expect(result.stdout).toMatch(/\n¶\d+.* → .*(changed|split|merged|moved|added|removed)/)
    expect(result.stdout).toContain('\nQuotes (')
    expect(result.stdout).not.toContain(ESC)
  })

  it('colours and wraps the text report on a terminal, unless NO_COLOR is set', async () => {
    const colored = await run(['compare', oldPath, newPath], { isTTY: true, columns: 40 })
    expect(colored.stdout).toContain(`${ESC}[31;9m`)
    expect(colored.stdout).not.toContain('[-')
    const plain = await run(['compare', oldPath, newPath], { isTTY: true, env: { NO_COLOR: '1' } })
    expect(plain.stdout).not.toContain(ESC)
    expect(plain.stdout).toContain('[-urgent-]{+VITAL+}')
  })

  it('prints the comparison@2 JSON with the paths as given and the options used', async () => {
    const result = await run(['compare', oldPath, newPath, '--format', 'json', '--ignore-case'])
    expect(result.code).toBe(0)
    const comparison = JSON.parse(result.stdout) as Comparison
    expect(comparison.schema).toBe(COMPARISON_SCHEMA)
    expect(comparison.left.path).toBe(oldPath)
    expect(comparison.right.path).toBe(newPath)
    expect(comparison.options).toEqual({
      ignoreCase: true,
      ignorePunctuation: false,
      ignoreTypography: true,
    })
    expect(comparison.right.paragraphs.map((paragraph) => paragraph.index)).toEqual([0, 1, 2])
  })

  it('passes --ignore-punctuation and --no-typography through', async () => {
    const result = await run([
      'compare',
      oldPath,
      newPath,
      '-f',
      'json',
      '--ignore-punctuation',
      '--no-typography',
    ])
    const { options } = JSON.parse(result.stdout) as Comparison
    expect(options).toEqual({ ignoreCase: false, ignorePunctuation: true, ignoreTypography: false })
  })

  it('prints a self-contained HTML report', async () => {
    const result = await run(['compare', oldPath, newPath, '--format=html'])
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(result.stdout).toContain(`default-src 'none'`)
    expect(result.stdout).toContain('<time datetime="2026-11-23T02:00:00.000Z">')
    expect(result.stdout).toContain(`Rewrite Lens ${version}`)
  })

  it('prints a Markdown report', async () => {
    const result = await run(['compare', oldPath, newPath, '-f', 'md'])
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('# Rewrite Lens comparison\n')).toBe(true)
    expect(result.stdout).toContain('<del>urgent</del>')
  })

  it('reads Markdown with a byte order mark and CR line ends', async () => {
    const markdown = join(dir, 'bom.md')
    await writeFile(markdown, '\uFEFF# Talks in Moscow\r\rOfficials said the talks were vital.\r')
    const result = await run(['compare', oldPath, markdown, '-f', 'json'])
    expect(result.code).toBe(0)
    const { right } = JSON.parse(result.stdout) as Comparison
    expect(right.paragraphs.map((paragraph) => paragraph.text).join('|')).toContain(
      'Officials said the talks were vital.',
    )
    expect(right.paragraphs[0]?.text).not.toContain('\uFEFF')
  })

  it('prints a CSV report', async () => {
    const result = await run(['compare', oldPath, newPath, '-f', 'csv'])
    expect(result.code).toBe(0)
    expect(result.stdout.split('\r\n')[0]).toBe(
      '\uFEFFcategory,status,left_paragraph,left_text,right_paragraph,right_text,kind,speaker,note,left_article,right_article',
    )
    expect(result.stdout).toContain(
      '\r\nparagraph,changed,1,Officials said the talks were urgent.,1,',
    )
  })
})

describe('rewrite-lens compare: a Hebrew pair', () => {
  const files = async () => {
    const left = join(dir, 'ynet-v1.txt')
    const right = join(dir, 'ynet-v2.txt')
    await writeFile(left, 'הגשר ייפתח מחר\nראש העירייה אמר: "הגשר ייפתח מחר בבוקר".\n')
    await writeFile(right, 'הגשר ייפתח מחר\nראש העירייה אמר: "הגשר ייפתח בשבוע הבא".\n')
    return [left, right] as const
  }

  it('writes a CSV that starts with a BOM and names both files', async () => {
    const [left, right] = await files()
    const { code, stdout } = await run(['compare', '--format', 'csv', left, right])
    expect(code).toBe(0)
    expect(stdout.startsWith('\uFEFFcategory,')).toBe(true)
    const [header, first] = stdout.split('\r\n')
    expect(header).toMatch(/,left_article,right_article$/)
    expect(first).toContain('file: ynet-v1.txt')
    expect(first).toContain('file: ynet-v2.txt')
    expect(stdout).not.toContain(dir)
  })

  it('writes HTML and Markdown that name both files and give article text a direction', async () => {
    const [left, right] = await files()
    const html = (await run(['compare', '--format', 'html', left, right])).stdout
    expect(html).toContain('file: <bdi>ynet-v1.txt</bdi>')
    expect(html).toContain('file: <bdi>ynet-v2.txt</bdi>')
    expect(html).toMatch(/<td class="side left" dir="auto">[^<]*ראש העירייה/)
    const markdown = (await run(['compare', '--format', 'md', left, right])).stdout
    expect(markdown).toContain('file: ynet-v1.txt')
    expect(markdown).toContain('file: ynet-v2.txt')
    expect(markdown).toContain('right-to-left')
    expect(markdown).toMatch(/<div dir="auto">\n\n[^\n]*ראש העירייה/)
  })

  it('gives each side of the JSON its direction and file name', async () => {
    const [left, right] = await files()
    const json = JSON.parse((await run(['compare', '--format', 'json', left, right])).stdout) as {
      left: { direction: string; fileName: string }
      right: { direction: string; fileName: string }
    }
    expect(json.left).toMatchObject({ direction: 'rtl', fileName: 'ynet-v1.txt' })
    expect(json.right).toMatchObject({ direction: 'rtl', fileName: 'ynet-v2.txt' })
  })

  it('says in the text report that the articles run right-to-left', async () => {
    const [left, right] = await files()
    const text = (await run(['compare', left, right])).stdout
    expect(text).toMatch(/^Left: {2}.+\(file: ynet-v1\.txt · right-to-left\)$/m)
    expect(text).toMatch(/^Right: .+\(file: ynet-v2\.txt · right-to-left\)$/m)
  })
})

describe('rewrite-lens compare --out', () => {
  it('writes the report to the file, without colour, leaving no temporary file', async () => {
    const target = join(dir, 'out', 'report.html')
    await mkdir(join(dir, 'out'), { recursive: true })
    const result = await run(['compare', oldPath, newPath, '-f', 'html', '--out', target], {
      isTTY: true,
    })
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    const written = await readFile(target, 'utf8')
    expect(written.startsWith('<!doctype html>')).toBe(true)
    expect(await readdir(join(dir, 'out'))).toEqual(['report.html'])
  })

  it('takes the format from the --out extension unless --format is given', async () => {
    const asCsv = join(dir, 'changes.csv')
    expect((await run(['compare', oldPath, newPath, '-o', asCsv])).code).toBe(0)
    expect(await readFile(asCsv, 'utf8')).toMatch(/^\uFEFFcategory,status,/)
    const asText = join(dir, 'forced.csv')
    expect((await run(['compare', oldPath, newPath, '-o', asText, '-f', 'text'])).code).toBe(0)
    expect(await readFile(asText, 'utf8')).toMatch(/^Rewrite Lens comparison\n/)
  })

  it('refuses to overwrite one of the articles', async () => {
    const result = await run(['compare', oldPath, newPath, '--out', oldPath])
    expectUserError(result, /--out .*old\.txt is one of the articles being compared/)
    expect(await readFile(oldPath, 'utf8')).toContain('Talks in Moscow')
  })

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'replace.txt')
    await writeFile(target, 'old content that is longer than nothing')
    const result = await run(['compare', oldPath, newPath, '-o', target], { isTTY: true })
    expect(result.code).toBe(0)
    const written = await readFile(target, 'utf8')
    expect(written.startsWith('Rewrite Lens comparison\n')).toBe(true)
    expect(written).not.toContain(ESC)
  })

  it('says when the folder does not exist', async () => {
    const result = await run(['compare', oldPath, newPath, '--out', join(dir, 'nowhere', 'r.txt')])
    expectUserError(result, /cannot write .*r\.txt: its folder does not exist; create the folder/)
  })

  it('says when --out is a folder, and leaves nothing behind', async () => {
    await mkdir(join(dir, 'folder-out'), { recursive: true })
    const result = await run(['compare', oldPath, newPath, '--out', join(dir, 'folder-out')])
    expectUserError(result, /cannot write .*folder-out: it is a folder; give a file name/)
    expect((await readdir(dir)).filter((name) => name.includes('tmp'))).toEqual([])
  })

  it('says when part of the path is a file', async () => {
    const result = await run(['compare', oldPath, newPath, '--out', join(oldPath, 'r.txt')])
    expectUserError(result, /part of the path is a file, not a folder/)
  })

  it.skipIf(process.platform === 'win32')(
    'writes into a pipe (as into /dev/stdout) instead of replacing it',
    async () => {
      const fifo = join(dir, 'out.fifo')
      execFileSync('mkfifo', [fifo])
      const received = new Promise<string>((resolve) => {
        let text = ''
        createReadStream(fifo, 'utf8')
          .on('data', (chunk) => (text += chunk))
          .on('end', () => resolve(text))
      })
      const result = await run(['compare', oldPath, newPath, '--out', fifo, '--format', 'md'])
      expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
      expect(await received).toMatch(/^# Rewrite Lens comparison/)
      expect((await lstat(fifo)).isFIFO()).toBe(true)
    },
  )

  it('says when the folder cannot be written', async (context) => {
    // Root may write anywhere, so the refusal can only be seen as another user.
    if (process.platform === 'win32' || process.getuid?.() === 0) {
      const reason = 'needs a non-root POSIX user: root may write into a read-only folder'
      console.info(`skipped "says when the folder cannot be written": ${reason}`)
      context.skip(reason)
    }
    const locked = join(dir, 'read-only')
    await mkdir(locked, { recursive: true })
    await chmod(locked, 0o555)
    try {
      const result = await run(['compare', oldPath, newPath, '--out', join(locked, 'r.txt')])
      expectUserError(result, /permission denied; choose a folder you can write to/)
    } finally {
      await chmod(locked, 0o755)
    }
  })
})

describe('rewrite-lens: help and version', () => {
  it('prints usage for --help, -h and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['compare', '--help']]) {
      const result = await run(argv)
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^Usage: rewrite-lens compare ORIGINAL REWRITE/)
      expect(result.stdout).toContain('--format FORMAT')
    }
  })

  it('prints the package version', async () => {
    expect(await run(['--version'])).toEqual({
      code: 0,
      stdout: `rewrite-lens ${version}\n`,
      stderr: '',
    })
  })
})

describe('rewrite-lens: bad input and arguments', () => {
  it('rejects a missing file', async () => {
    expectUserError(
      await run(['compare', join(dir, 'absent.txt'), newPath]),
      /absent\.txt was not found/,
    )
  })

  it('rejects a folder, naming it even when it is the root', async () => {
    expectUserError(await run(['compare', dir, newPath]), /is a folder/)
    expectUserError(
      await run(['compare', '/', newPath]),
      /^rewrite-lens: \/ is a folder; pick the article files inside it\.\n$/,
    )
  })

  it.skipIf(process.platform === 'win32')(
    'rejects a pipe, a device, and a file that vanished (a dangling link)',
    async () => {
      const fifo = join(dir, 'article-pipe.txt')
      execFileSync('mkfifo', [fifo])
      expectUserError(
        await run(['compare', fifo, newPath]),
        /article-pipe\.txt is not a regular file/,
      )
      expectUserError(
        await run(['compare', '/dev/zero', newPath]),
        /: \/dev\/zero is not a regular file; save the article to a file\.\n$/,
      )
      expectUserError(
        await run(['compare', '/dev/null', newPath]),
        /: \/dev\/null is not a regular file/,
      )
      const vanished = join(dir, 'vanished.txt')
      await symlink(join(dir, 'deleted-meanwhile.txt'), vanished)
      expectUserError(await run(['compare', vanished, newPath]), /vanished\.txt was not found/)
    },
  )

  it('rejects binary data', async () => {
    const path = join(dir, 'image.txt')
    await writeFile(
      path,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    )
    expectUserError(await run(['compare', path, newPath]), /image\.txt contains binary data/)
  })

  it('rejects text in an encoding it cannot read', async () => {
    const path = join(dir, 'latin.txt')
    await writeFile(path, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x81, 0x8d, 0x0a]))
    expectUserError(
      await run(['compare', oldPath, path]),
      /latin\.txt is not in a text encoding .*UTF-8/,
    )
  })

  it('rejects an empty file', async () => {
    const path = join(dir, 'empty.txt')
    await writeFile(path, '\n \n')
    expectUserError(await run(['compare', oldPath, path]), /empty\.txt has no article text/)
  })

  it('rejects a file over 5 MB', async () => {
    const path = join(dir, 'huge.txt')
    await writeFile(path, 'word '.repeat(1_100_000))
    expectUserError(await run(['compare', path, newPath]), /huge\.txt is larger than 5 MB/)
  })

  it('rejects an unknown option', async () => {
    expectUserError(
      await run(['compare', oldPath, newPath, '--colour']),
      /^rewrite-lens: unknown option --colour; run `rewrite-lens --help` for usage\.\n$/,
    )
  })

  it('rejects an unknown format and a format without a value', async () => {
    expectUserError(
      await run(['compare', oldPath, newPath, '--format', 'pdf']),
      /unknown format "pdf"; use text, json, html, md, csv\./,
    )
    expectUserError(await run(['compare', oldPath, newPath, '--format']), /--format needs a value/)
  })

  it('rejects a value given to a switch', async () => {
    expectUserError(
      await run(['compare', oldPath, newPath, '--ignore-case=yes']),
      /--ignore-case takes no value/,
    )
  })

  it('rejects missing arguments, extra arguments and unknown commands', async () => {
    expectUserError(await run([]), /missing command; try `rewrite-lens compare OLD NEW`/)
    expectUserError(await run(['compare', oldPath]), /compare needs two article files/)
    expectUserError(
      await run(['compare', oldPath, newPath, oldPath]),
      /compare takes two files but got 3/,
    )
    expectUserError(await run(['diff', oldPath, newPath]), /unknown command "diff"/)
  })
})

describe('rewrite-lens: word vectors', () => {
  it('compares without vectors when the file is missing, saying so only with --verbose', async () => {
    const missing = join(dir, 'no-vectors.bin')
    const quiet = await run(['compare', oldPath, newPath], { wordVectorsPath: missing })
    expect(quiet.code).toBe(0)
    expect(quiet.stderr).toBe('')
    const verbose = await run(['compare', oldPath, newPath, '--verbose'], {
      wordVectorsPath: missing,
    })
    expect(verbose.code).toBe(0)
    expect(verbose.stderr).toContain('no word vectors at')
    expect(verbose.stderr).toMatch(/compared \d+ with \d+ words in \d+ ms/)
  })

  it('warns in one line and goes on when the vector file is damaged', async () => {
    const damaged = join(dir, 'damaged.bin')
    await writeFile(damaged, 'not vectors at all')
    const result = await run(['compare', oldPath, newPath], { wordVectorsPath: damaged })
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(
      /^rewrite-lens: warning: .*damaged\.bin is not a word-vector file.*\n$/,
    )
    expect(result.stdout).toContain('Rewrite Lens comparison')
  })
})

describe('rewrite-lens compare: big and forged inputs', () => {
  it('compares a page of 8,000 paragraphs (the importer walks it in linear time)', async () => {
    const path = join(dir, 'long-page.html')
    await writeFile(path, `<body>${'<p>x</p>\n'.repeat(8000)}`)
    const result = await run(['compare', SEED_A, path, '--format', 'json'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const comparison = JSON.parse(result.stdout) as Comparison
    expect(comparison.right.paragraphs).toHaveLength(8000)
  }, 60_000)

  it('refuses a Word file of 51,000 paragraphs in one line, without converting it', async () => {
    const path = join(dir, 'book.docx')
    const paragraphs = Array.from({ length: 51_000 }, (_, n) => `Paragraph ${n} of the book.`)
    await writeFile(path, buildZip(docxEntries(paragraphs)))
    expectUserError(
      await run(['compare', SEED_A, path]),
      /^rewrite-lens: book\.docx has 51,000 paragraphs, more than the 10,000 an article can have; save just the article as a new \.docx\.\n$/,
    )
  })

  it('refuses a forged archive hiding 256 MB behind small declared sizes, in one line', async () => {
    const path = join(dir, 'forged.docx')
    await writeFile(path, await forgedDocx(['Headline', 'Text.'], 256 * 1024 * 1024))
    expectUserError(
      await run(['compare', SEED_A, path]),
      /^rewrite-lens: forged\.docx unpacks to more than 50 MB; save just the article's text as a new \.docx\.\n$/,
    )
  }, 30_000)
})

describe('heap growth on long inputs', () => {
  it('limits the heap’s growth when the articles together reach half a million characters, not before', async () => {
    const paragraph = 'The council met on Tuesday and voted to repair the old bridge by spring. '
    const longText = Array.from({ length: 3500 }, (_, n) => `${paragraph}Item ${n}.`).join('\n\n')
    // Each side holds half the threshold, so the two together reach it.
    expect(longText.length).toBeGreaterThan(LONG_INPUT_CHARS / 2)
    const longLeft = join(dir, 'long-left.txt')
    const longRight = join(dir, 'long-right.txt')
    await writeFile(longLeft, longText)
    await writeFile(longRight, longText.replaceAll('Tuesday', 'Monday'))
    let calls = 0
    const limitHeapGrowth = (): void => {
      calls++
    }

    const short = await run(['compare', SEED_A, SEED_B, '--format', 'json'], { limitHeapGrowth })
    expect(short.code).toBe(0)
    expect(calls).toBe(0)

    const long = await run(['compare', longLeft, longRight, '--format', 'json'], {
      limitHeapGrowth,
    })
    expect(long.code).toBe(0)
    expect(calls).toBe(1)

    const story = await run(['story', longLeft, longRight, SEED_A], { limitHeapGrowth })
    expect(story.code).toBe(0)
    expect(calls).toBe(2)
  })
})
