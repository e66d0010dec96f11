#!/usr/bin/env node
/**
 * `npm start`: runs the production build with the embedded database under
 * ./var/, demo data and human-readable logs, unless the environment says otherwise.
 */
import { join } from 'node:path';

process.env.LOG_FORMAT ??= 'pretty';
process.env.DEMO_DATA ??= 'true';
await import(join(import.meta.dirname, '../dist/apps/api/main.js'));
