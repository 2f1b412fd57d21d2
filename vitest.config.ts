import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // builds dist/ when the sources are newer (the end-to-end tests run the built command line)
    globalSetup: ['tests/global-setup.ts'],
    // Dates in the data are China local time; pin TZ so nothing depends on the host.
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 60_000,
    // beforeAll hooks generate data or run whole reports: seconds alone, far more on a loaded machine
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
