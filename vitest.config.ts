import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Agenda and date rules are checked in a fixed zone unless a test says otherwise.
    env: { TZ: 'Asia/Shanghai' },
    // Under CI, also keep machine-readable results: .ci/run prints the "N passed, N failed" line from them.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.vitest/results.json' }]]
      : ['default'],
  },
});
