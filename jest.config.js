// ESM jest: Nest 12 is ESM-only, so jest runs under --experimental-vm-modules (see README "Tests").
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^#([a-z0-9-]+)$': '<rootDir>/libs/$1/src/index.ts' },
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
};
export default {
  // Integration suites wait for real services and catch-ups; per-project timeouts are not a jest option.
  testTimeout: 60000,
  projects: [
    // Pure logic: deciders, calendar, projections' evolve functions. No services.
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    // Talks to the real PostgreSQL and Redis.
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/libs/**/*.int-spec.ts', '<rootDir>/apps/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'] },
  ],
};
