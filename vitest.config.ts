import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Dates in the data are China local time; pin TZ so nothing depends on the host.
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
