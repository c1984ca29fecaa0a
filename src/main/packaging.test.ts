import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppInfo } from 'app-builder-lib'
import FpmTarget from 'app-builder-lib/out/targets/FpmTarget'
import { getConfig } from 'app-builder-lib/out/util/config/config'
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json'

// `npm run package` needs Electron's binary, which cannot be downloaded here; these run the parts
// of electron-builder that refuse a configuration before anything is built.

const REPO_ROOT = join(__dirname, '..', '..')
const builderConfig = () => getConfig(REPO_ROOT, join(REPO_ROOT, 'electron-builder.yml'), null)

describe('packaging', () => {
  it('states no homepage or e-mail address the project has not published in its README', async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
    const config = readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8')
    const contacts = [JSON.stringify(packageJson), config].flatMap((text) => [
      ...text.matchAll(/https?:\/\/[^\s"'<>)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g),
    ])
    expect(
      contacts.map((match) => match[0]).filter((contact) => !readme.includes(contact)),
    ).toEqual([])
  })

  it('builds a deb only with the homepage and maintainer e-mail that target requires', async () => {
    const config = await builderConfig()
    const targets = [config.linux?.target ?? []]
      .flat()
      .map((target) => (typeof target === 'string' ? target : target.target))
    expect(targets).toContain('AppImage')
    if (!targets.includes('deb')) {
      expect(packageJson).not.toHaveProperty('homepage')
      return
    }
    // electron-builder's own AppInfo and FpmTarget checks, over our package.json and config.
    const appInfo = Object.create(AppInfo.prototype, {
      info: { value: { metadata: packageJson, repositoryInfo: Promise.resolve(null) } },
      notNullDevMetadata: { value: packageJson },
      linuxPackageName: { value: packageJson.name },
    }) as AppInfo
    const target = { packager: { appInfo, info: { metadata: packageJson } }, options: config.linux }
    const meta = await (
      FpmTarget.prototype as unknown as {
        computeFpmMetaInfoOptions(this: unknown): Promise<Record<string, string>>
      }
    ).computeFpmMetaInfoOptions.call(target)
    expect(meta.url).toMatch(/^https:\/\//)
    expect(meta.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/)
  })

  it('names the app the same in development and when installed, so both share one library', async () => {
    const config = await builderConfig()
    // Electron names the user-data folder after package.json's productName (else its name);
    // electron-builder names the installed app after the config's productName.
    expect(packageJson.productName).toBe(config.productName)
  })
})
