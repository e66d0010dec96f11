/** Browser tests: the production build, served by the real API process, driven in the system Chromium. */
module.exports = {
  ...require('../../tools/jest/api-preset.cjs'),
  displayName: 'web-e2e',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  testTimeout: 60_000,
};
