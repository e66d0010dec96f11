import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const API_MAIN = join(ROOT, 'dist/apps/api/main.js');

export const BENCH_ADMIN = { email: 'bench.admin@example.org', password: 'benchmark administrator passphrase' };

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the production build of the API (`dist/apps/api/main.js`) as its own process, on a free port of
 * 127.0.0.1 with exactly the environment given, and waits for its health check.
 */
export async function startProductionApi({ env, cwd = ROOT, name = 'api', timeoutMs = 90_000 }) {
  if (!existsSync(API_MAIN)) throw new Error(`No production build at ${API_MAIN}: run npx nx build api first`);
  const port = await freePort();
  // BENCH_NODE_ARGS passes Node options NODE_OPTIONS refuses, such as --cpu-prof, to the API processes.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, API_MAIN], {
    cwd,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not become healthy in ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { name, baseUrl, pid: child.pid, output: () => output, stop };
}

/** The API on the benchmark's MySQL database, as it runs in production (JSON logs, migrations at start). */
export function startApi({ databaseUrl, env = {}, name = 'api' }) {
  return startProductionApi({
    name,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'false',
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      // Each simulated person comes from their own address (X-Forwarded-For), as behind a load balancer.
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      ...env,
    },
  });
}
