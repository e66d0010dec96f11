/**
 * Jest settings shared by the NestJS projects. @swc/jest compiles TypeScript
 * with the legacy decorators and emitted metadata that Nest and TypeORM rely
 * on. NestJS 12 is ESM-only; Jest loads it through require(esm), which needs
 * NODE_OPTIONS=--experimental-vm-modules, set in each project's test target.
 */
const { join } = require('node:path');

module.exports = {
  testEnvironment: 'node',
  resolver: '@nx/jest/plugins/resolver',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json', 'csv'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
    '^.+\\.csv$': join(__dirname, 'text-transform.cjs'),
  },
  reporters: ['default', join(__dirname, 'summary-reporter.cjs')],
};
