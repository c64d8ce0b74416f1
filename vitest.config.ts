import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three tiers under one runner (STYLE.md): unit (node), dom (jsdom, saved pages), e2e (the built
// extension in Debian Chromium and Firefox ESR). File names pick the tier:
//   *.test.ts(x)        unit, node
//   *.dom.test.ts(x)    dom, jsdom
//   test/e2e/*.e2e.ts   e2e, node driving Chromium and Firefox (needs `npm run build` and `npm run build:firefox` first)
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts', '**/node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.dom.test.{ts,tsx}', 'test/**/*.dom.test.{ts,tsx}'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
