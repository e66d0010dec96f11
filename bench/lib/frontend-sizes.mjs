import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip (level 9) and brotli (quality 11) sizes in bytes of one file's contents. */
export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** The sizes of the built files a page loaded, by their path under the web root, each file and in total. */
export function sizesOfFiles(webRoot, paths) {
  const files = paths.map((path) => ({ path, ...compressedSizes(readFileSync(join(webRoot, path))) }));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) for (const key of Object.keys(total)) total[key] += file[key];
  return { files, ...total };
}

/** "117.3 kB": bytes in kB of 1,000 bytes, as Angular's budgets and build summary count them. */
export function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
