import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { TZ: 'Asia/Bishkek', LANG: 'C', BULLETIN_TEST: '1' },
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-tmp.ts'],
  },
});
