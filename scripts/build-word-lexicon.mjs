// Snapshots compromise's word list into src/core/text/word-lexicon.json.
//
// The engine only looks words up in compromise's lexicon (names, places, organisations, parts of
// speech); it never runs compromise's tagger. Importing compromise expands that lexicon on every
// start (about 350 ms, most of a command-line compare), so the expanded result is stored once here
// and shipped as data. src/core/text/word-lexicon.test.ts fails when the snapshot no longer matches
// the installed compromise: rerun `node scripts/build-word-lexicon.mjs` after upgrading it.
//
// Format: { "compromise": VERSION, "parents": { TAG: [PARENT…] }, "words": { "TAG,TAG…": [WORD…] } }
// where each key of "words" is one lexicon entry's tags joined by commas, in compromise's order.
import { writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import nlp from 'compromise'

const outputPath = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src/core/text/word-lexicon.json',
)

const model = nlp.model()
const words = {}
for (const [word, entry] of Object.entries(model.one.lexicon).sort(([a], [b]) =>
  a < b ? -1 : a > b ? 1 : 0,
)) {
  const key = typeof entry === 'string' ? entry : entry.join(',')
  ;(words[key] ??= []).push(word)
}
const parents = {}
for (const [tag, info] of Object.entries(model.one.tagSet).sort(([a], [b]) => (a < b ? -1 : 1))) {
  parents[tag] = info.parents ?? []
}
await writeFile(
  outputPath,
  `${JSON.stringify({ compromise: nlp.version, parents, words }, null, 1)}\n`,
)
console.log(
  `build-word-lexicon: wrote ${Object.keys(model.one.lexicon).length} words to ${outputPath}.`,
)
