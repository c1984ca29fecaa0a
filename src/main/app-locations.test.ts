import { isAbsolute, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDataDir, resolveSeedsDir } from './app-locations'

describe('resolveDataDir', () => {
  const userData = join('/home', 'me', '.config', 'Rewrite Lens')

  it('uses the user-data folder unless REWRITE_LENS_DATA_DIR is set', () => {
    expect(resolveDataDir({}, userData)).toBe(userData)
    expect(resolveDataDir({ REWRITE_LENS_DATA_DIR: '  ' }, userData)).toBe(userData)
    expect(resolveDataDir({ REWRITE_LENS_DATA_DIR: '/data/lens' }, userData, '/work')).toBe(
      join('/data', 'lens'),
    )
  })

  it('makes a relative REWRITE_LENS_DATA_DIR absolute, as app.setPath requires', () => {
    const dir = resolveDataDir({ REWRITE_LENS_DATA_DIR: 'my-library' }, userData, '/work/lens')
    expect(isAbsolute(dir)).toBe(true)
    expect(dir).toBe(join('/work', 'lens', 'my-library'))
    expect(isAbsolute(resolveDataDir({ REWRITE_LENS_DATA_DIR: './lib' }, userData))).toBe(true)
  })
})

describe('resolveSeedsDir', () => {
  it('reads the seeds from the app resources when packaged, the repository otherwise', () => {
    const where = { resourcesPath: '/opt/Rewrite Lens/resources', appPath: '/src/lens' }
    expect(resolveSeedsDir({ ...where, isPackaged: true })).toBe(
      join('/opt/Rewrite Lens/resources', 'seeds'),
    )
    expect(resolveSeedsDir({ ...where, isPackaged: false })).toBe(join('/src/lens', 'seeds'))
  })
})
