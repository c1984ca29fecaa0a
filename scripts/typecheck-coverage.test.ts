import { readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const PROJECTS = ['tsconfig.node.json', 'tsconfig.web.json']
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'release', '.git'])

/** Every TypeScript file in the repository, relative to its root. */
function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : typeScriptFiles(path)
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')
      ? [relative(ROOT, path)]
      : []
  })
}

/** The files a project checks by itself (its include minus exclude), before following imports. */
function rootFiles(project: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, project), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    },
  })
  if (!parsed) throw new Error(`${project} could not be read`)
  return parsed.fileNames.map((file) => relative(ROOT, file))
}

describe('npm run typecheck', () => {
  it('checks every TypeScript file, tests included', () => {
    const checked = new Set(PROJECTS.flatMap(rootFiles))
    const files = typeScriptFiles(ROOT)
    expect(files.filter((file) => file.endsWith('.test.ts')).length).toBeGreaterThan(100)
    expect(files.filter((file) => !checked.has(file))).toEqual([])
  })

  it('checks the renderer’s tests with the renderer’s settings (DOM, no Node types)', () => {
    const web = new Set(rootFiles('tsconfig.web.json'))
    const rendererTests = typeScriptFiles(join(ROOT, 'src/renderer')).filter((file) =>
      /\.test\.tsx?$/.test(file),
    )
    expect(rendererTests.length).toBeGreaterThan(0)
    expect(rendererTests.filter((file) => !web.has(file))).toEqual([])
  })
})
