import { existsSync, readFileSync } from 'node:fs';

/**
 * What the initial JavaScript is made of, from the build's esbuild metafile (`dist/apps/web/stats.json`, written
 * by `npx nx run web:build:production --stats-json`). Returns null when the build wrote none.
 *
 * - `entryFiles`: the files the app's entry (main-*.js) imports statically, which every page loads;
 * - `bySource`: for the given output files (a page's JavaScript), the bytes each package (node_modules) or
 *   workspace folder contributes, largest first (esbuild's bytesInOutput: before the final minification, so the
 *   proportions count, not the totals);
 * - `whyIncluded(module)`: the chain of static imports from the entry to a module, to find a barrel file or an
 *   eager import that drags it into the entry.
 */
export function readBuildStats(statsPath) {
  if (!existsSync(statsPath)) return null;
  const meta = JSON.parse(readFileSync(statsPath, 'utf8'));
  const outputs = meta.outputs ?? {};
  const entry = Object.keys(outputs).find((path) => /(^|\/)main-[^/]*\.js$/.test(path));
  const entryFiles = new Set();
  const stack = entry ? [entry] : [];
  while (stack.length > 0) {
    const file = stack.pop();
    if (entryFiles.has(file)) continue;
    entryFiles.add(file);
    for (const imported of outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement') stack.push(imported.path);
    }
  }

  const bySource = (files) => {
    const totals = new Map();
    for (const file of files) {
      const output = Object.entries(outputs).find(([path]) => path === file || path.endsWith(`/${file}`))?.[1];
      for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
        const key = sourceGroup(input);
        totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
      }
    }
    return [...totals].sort((a, b) => b[1] - a[1]).map(([source, bytes]) => ({ source, bytes }));
  };

  const whyIncluded = (module) => {
    const inputs = meta.inputs ?? {};
    const start = Object.keys(inputs).find((path) => path.endsWith('apps/web/src/main.ts'));
    const parent = new Map([[start, null]]);
    const queue = [start];
    while (queue.length > 0) {
      const file = queue.shift();
      for (const imported of inputs[file]?.imports ?? []) {
        if (imported.kind === 'import-statement' && !parent.has(imported.path)) {
          parent.set(imported.path, file);
          queue.push(imported.path);
        }
      }
    }
    const target = [...parent.keys()].find((path) => path?.includes(module));
    if (!target) return null;
    const chain = [];
    for (let at = target; at; at = parent.get(at)) chain.unshift(at);
    return chain;
  };

  return { entryFiles: [...entryFiles], bySource, whyIncluded };
}

/** "@angular/forms", "rxjs", or a workspace folder such as "libs/web/ui". */
function sourceGroup(input) {
  const inPackage = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return inPackage[1];
  const inWorkspace = input.match(/^((?:libs\/[^/]+\/[^/]+)|(?:apps\/[^/]+))/);
  return inWorkspace ? inWorkspace[1] : input;
}
