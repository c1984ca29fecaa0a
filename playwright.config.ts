import { defineConfig } from '@playwright/test'
import type { AppTarget } from './e2e/harness/app-fixture'

// One worker locally (the machine's two cores are shared); CI machines get two.
export default defineConfig<object, { appTarget: AppTarget }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './e2e/harness/global-setup.ts',
  workers: process.env.CI ? 2 : 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    { name: 'chromium', use: { appTarget: 'chromium' } },
    // The handler bridge is the Chromium project's stand-in for the preload; Electron has the real one.
    { name: 'electron', use: { appTarget: 'electron' }, testIgnore: 'bridge.spec.ts' },
  ],
})
