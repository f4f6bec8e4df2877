import {defineConfig} from 'vitest/config'

// Two projects: `pnpm test` runs `unit` first, then `growth` on its own. The growth tests compare
// linting times at n and 8n characters; sharing the machine's two cores with other test files made
// the large input's single run slower than the small input's best of three, and failed linear families.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'rules/**/*.test.ts', 'examples/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', 'test/vscode-e2e/**', 'test/growth/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'growth',
          include: ['test/growth/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
          fileParallelism: false,
          pool: 'forks',
          poolOptions: {forks: {execArgv: ['--expose-gc']}},
        },
      },
    ],
  },
})
