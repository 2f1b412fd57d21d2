import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // builds dist/ when the sources are newer (the end-to-end tests run the built command line)
    globalSetup: ['tests/global-setup.ts'],
    // Dates in the data are China local time; pin TZ so nothing depends on the host.
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
