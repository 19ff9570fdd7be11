// The one definition of "compressed" for Attune's files: gzip -9 and brotli quality 11, as
// written beside each file at build time and as counted by the size budget and the benchmark.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const gzip = (bytes) => gzipSync(bytes, { level: 9 });

export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });

/** A file's size raw, gzipped and brotli-compressed; `name` is relative to `dir` and reported as is. */
export function measure(dir, name) {
  const bytes = readFileSync(join(dir, name));
  return { file: name, raw: bytes.length, gzip: gzip(bytes).length, brotli: brotli(bytes).length };
}

/** Writes `<path>.gz` and `<path>.br` beside the file at `path`, for servers that send them as they are. */
export function writeCompressed(path) {
  const bytes = readFileSync(path);
  writeFileSync(`${path}.gz`, gzip(bytes));
  writeFileSync(`${path}.br`, brotli(bytes));
}
