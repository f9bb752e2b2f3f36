// Native ESM route (see CONVENTIONS.md §5): ts-jest emits ESM, node_modules ESM loads natively.
import { createDefaultEsmPreset } from 'ts-jest';

const preset = createDefaultEsmPreset({ tsconfig: 'tsconfig.json' });

export default {
  ...preset,
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/examples'],
  testMatch: ['**/*.test.ts'],
  // `npm run test:slow` only (CI runs both): the hostile-input suite spawns the built CLI about forty times (a minute
  // on 2 cores), the new user's path and the bin's own suite spawn it too (40 s of the 2 cores between them);
  // *.slow.test.ts files assert wall-time bounds, which a busy machine would turn red in `npm test`, or carry the
  // fuzzer's further models; the worst-input suites (pathological, mangled, random input) run there with their
  // time bounds (100 s of the cores here, as mere crash checks); the editors' page regression suites (honesty,
  // editors, inputs: 250 s of Chromium) too, while page.test.ts keeps the page's reading in `npm test`.
  testPathIgnorePatterns: process.env.REPORTLINT_SLOW_TESTS
    ? ['/node_modules/']
    : [
        '/node_modules/',
        '/test/robustness/hostile\\.test\\.ts$',
        '/test/robustness/(pathological|mangled-reports|random-input)\\.test\\.ts$',
        '/test/web/(honesty|editors|inputs)\\.test\\.ts$',
        '/test/cli-newuser\\.test\\.ts$',
        '/test/bin\\.test\\.ts$',
        '\\.slow\\.test\\.ts$',
      ],
  // The example plugin imports the published entry points; here they are the sources.
  moduleNameMapper: {
    '^reportlint$': '<rootDir>/src/index.ts',
    '^reportlint/testing$': '<rootDir>/src/testing.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  // A backstop against a hang, not a bound on work: at 30 s a test spawning the CLI failed under a load of 30 (six
  // processes on two cores), where the same work passes in 9 s on a quiet machine.
  testTimeout: 600000,
  // Jest's default is one worker fewer than the cores: on the 2-core machines CI and editors' offices have, one
  // worker, so `npm test` ran its suites one after another on one core. Every core takes a worker instead; the
  // work of each test is bounded by count, never timed, so a busy machine only makes the run longer. `npm run
  // test:slow` keeps one worker (--maxWorkers=1): its suites assert wall-time bounds and spawn worker threads.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
