// Test projects: fast unit tests in parallel; integration and browser tests one file at a time against one real Neo4j.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          // One Neo4j for the run: files reset and load it, so they must not interleave.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // expect.poll waits for what the user waits for (a panel filled, a class set after an answer). Vitest's default
          // of 1 s is shorter than a reuse or cluster answer on a busy 2-core machine, which made those checks fail
          // there and pass on a quiet one; 20 s is how long a user would wait before calling it broken. Not a retry:
          // the poll passes the first time the state is there, and a state that never comes still fails.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
