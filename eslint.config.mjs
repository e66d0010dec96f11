import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * Dependency direction, enforced:
 * - shared code (contracts) imports nothing but shared code, and no framework;
 * - api code imports api and shared code, never web code; web code the reverse;
 * - presentational ui libraries import only ui and shared code;
 * - apps and e2e tests sit on top and import what they compose.
 */
const FRAMEWORKS = ['@angular/*', '@nestjs/*', 'typeorm', 'express', 'rxjs', 'class-validator', 'class-transformer'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/tmp', '**/coverage', '**/.angular'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$', '^(\\.\\./)+package\\.json$'],
          depConstraints: [
            {
              sourceTag: 'platform:shared',
              onlyDependOnLibsWithTags: ['platform:shared'],
              bannedExternalImports: FRAMEWORKS,
            },
            { sourceTag: 'platform:api', onlyDependOnLibsWithTags: ['platform:api', 'platform:shared'] },
            { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'] },
            { sourceTag: 'platform:e2e', onlyDependOnLibsWithTags: ['platform:shared'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:contracts'] },
            { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
            {
              sourceTag: 'scope:reference',
              onlyDependOnLibsWithTags: ['scope:reference', 'scope:platform', 'scope:shared'],
            },
            { sourceTag: 'scope:site', onlyDependOnLibsWithTags: ['scope:site', 'scope:ui', 'scope:shared'] },
            {
              sourceTag: 'scope:events',
              onlyDependOnLibsWithTags: [
                'scope:events',
                'scope:identity',
                'scope:audit',
                'scope:reference',
                'scope:platform',
                'scope:ui',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:registrations',
              onlyDependOnLibsWithTags: [
                'scope:registrations',
                'scope:events',
                'scope:identity',
                'scope:audit',
                'scope:reference',
                'scope:platform',
                'scope:ui',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:attendance',
              onlyDependOnLibsWithTags: [
                'scope:attendance',
                'scope:registrations',
                'scope:events',
                'scope:identity',
                'scope:audit',
                'scope:reference',
                'scope:platform',
                'scope:ui',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:notifications',
              onlyDependOnLibsWithTags: [
                'scope:notifications',
                'scope:feedback',
                'scope:attendance',
                'scope:registrations',
                'scope:events',
                'scope:identity',
                'scope:audit',
                'scope:reference',
                'scope:platform',
                'scope:ui',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:feedback',
              onlyDependOnLibsWithTags: [
                'scope:feedback',
                'scope:attendance',
                'scope:registrations',
                'scope:events',
                'scope:identity',
                'scope:audit',
                'scope:reference',
                'scope:platform',
                'scope:ui',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:reports',
              onlyDependOnLibsWithTags: [
                'scope:reports',
                'scope:outcomes',
                'scope:feedback',
                'scope:attendance',
                'scope:registrations',
                'scope:events',
                'scope:identity',
                'scope:audit',
                'scope:reference',
                'scope:platform',
                'scope:ui',
                'scope:shared',
              ],
            },
            {
              sourceTag: 'scope:outcomes',
              onlyDependOnLibsWithTags: [
                'scope:outcomes',
                'scope:events',
                'scope:registrations',
                'scope:identity',
                'scope:audit',
                'scope:reference',
                'scope:platform',
                'scope:ui',
                'scope:shared',
              ],
            },
            { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:audit', 'scope:platform', 'scope:shared'] },
            {
              sourceTag: 'scope:identity',
              onlyDependOnLibsWithTags: [
                'scope:identity',
                'scope:audit',
                'scope:reference',
                'scope:platform',
                'scope:ui',
                'scope:shared',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs', '**/*.cts'],
    ...tseslint.configs.disableTypeChecked,
  },
];
