/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Browser tests need Chromium and run separately: npm run test:e2e
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
  },
  // @microsoft/app-manifest needs the ESM-only strip-bom.
  transformIgnorePatterns: ['/node_modules/(?!strip-bom/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Tests import src and the shared test helpers by alias instead of four levels of ../ (tsconfig paths).
  moduleNameMapper: { '^@src/(.*)$': '<rootDir>/src/$1', '^@tests/(.*)$': '<rootDir>/tests/$1' },
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/tests/helpers/summaryReporter.js'],
};
