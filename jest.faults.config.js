// `npm run test:faults`: the long versions of the fault suites (and the input fuzzer at thousands of runs). The
// specs are the same files CI runs quickly; only the sizes differ, set here unless the caller already set them.
import base from './jest.config.js';

const integration = base.projects.find((project) => project.displayName === 'integration');

const long = {
  FAULT_EVENTS: '100000',
  FAULT_KILLS: '20',
  FAULT_PG_LOAD_SECONDS: '60',
  FAULT_PG_RESTARTS: '3',
  FAULT_REDIS_OUTAGE_SECONDS: '30',
  FAULT_TAKEOVERS: '5',
  FAULT_CONCURRENT: '100',
  FAULT_CONCURRENT_ROUNDS: '10',
  SOAK_SECONDS: '600',
  SOAK_RATE: '20',
  FUZZ_RUNS: '3000',
};
for (const [name, value] of Object.entries(long)) process.env[name] ??= value;

export default {
  ...integration,
  displayName: 'faults',
  rootDir: '.',
  // The soak alone runs ten minutes; the 100,000-event projection with its kills several.
  testTimeout: 3_600_000,
  testMatch: ['<rootDir>/test/faults/**/*.int-spec.ts', '<rootDir>/test/faults/**/*.fault-spec.ts', '<rootDir>/test/security/**/*.int-spec.ts'],
};
