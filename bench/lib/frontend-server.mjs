import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN, ROOT, startProductionApi } from './api-process.mjs';

export const FRONTEND_ROOT = ROOT;
export const WEB_ROOT = join(FRONTEND_ROOT, 'dist/apps/web/browser');

/**
 * Starts the production build (dist/apps/api/main.js, which serves the built web app from the same origin)
 * with a fresh embedded database and the demo programme, as `npm start` runs it, and waits for its health check.
 */
export async function startFrontendServer({ env = {} } = {}) {
  for (const [what, path] of [
    ['API', API_MAIN],
    ['web app', join(WEB_ROOT, 'index.html')],
  ]) {
    if (!existsSync(path)) {
      throw new Error(`No production build of the ${what} at ${path}: run npx nx run-many -t build -p api web first`);
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'epm-bench-frontend-'));
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    const server = await startProductionApi({
      name: 'The server',
      cwd: dataDir,
      timeoutMs: 60_000,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        DEMO_DATA: 'true',
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
        ...env,
      },
    });
    return {
      baseUrl: server.baseUrl,
      output: server.output,
      stop: async () => {
        await server.stop();
        removeData();
      },
    };
  } catch (error) {
    removeData();
    throw error;
  }
}
