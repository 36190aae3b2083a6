/* One jest run, four layers: unit (pure logic), integration (real PostgreSQL/Redis), e2e (HTTP), browser. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
// Nest 12's packages are ES modules. Node 20 requires them natively (require(esm)), but Jest's own
// module loader does so only on Node 24.9+, so under Jest they are compiled to CommonJS like our code.
const esmPackages = ['@nestjs', '@standard-schema'];
const swcEsm = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022', keepClassNames: true },
    module: { type: 'commonjs' },
  },
];
// The web app's components: TSX with React's automatic runtime, in jsdom.
const swcWeb = [
  '@swc/jest',
  {
    jsc: {
      // Decorators too: jest's global setup (server code) goes through the selected project's transform.
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: {
        react: { runtime: 'automatic' },
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
      },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  transform: { '^.+\\.ts$': swc, '^.+\\.m?js$': swcEsm },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@gru/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
  rootDir: __dirname,
};

module.exports = {
  // Process-level tests (worker, demo, SMTP) take seconds; unit tests finish in milliseconds anyway.
  // 90 s, not 30: late in a full in-band run (one process near 4 GB) booting an API or the worker
  // in a hook passed 30 s in clean-clone runs; the hang of a real failure still ends the test.
  testTimeout: 90000,
  // Two workers on two cores: most suites wait on PostgreSQL, Redis, Dovecot or Chromium, so a second
  // worker overlaps that waiting (every test file copies its own database, listens on port 0 and
  // prefixes its Redis keys, so files do not share state). A worker that grew past the limit after a
  // file is replaced: one in-band process used to reach 4 GB by the end of the run.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1536MB',
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{apps,libs,tools}/**/*.spec.ts',
        '<rootDir>/test/architecture/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.integration-spec.ts'],
    },
    // The web app's components with logic, rendered in jsdom by Testing Library (no server, no browser).
    {
      displayName: 'web',
      rootDir: __dirname,
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/src/**/*.test.{ts,tsx}'],
      moduleFileExtensions: ['tsx', 'ts', 'js', 'mjs', 'json'],
      transform: { '^.+\\.tsx?$': swcWeb, '^.+\\.m?js$': swcEsm },
      transformIgnorePatterns: [
        '/node_modules/(?!(@codegouvfr|tss-react|eventsource-parser|echarts|zrender)/)',
      ],
      moduleNameMapper: { '\\.css$': '<rootDir>/test/web/style-stub.ts' },
      setupFiles: ['<rootDir>/test/web/jsdom-setup.ts'],
    },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    // Debian's Chromium driven by playwright-core against the built web app served by the real API.
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};
