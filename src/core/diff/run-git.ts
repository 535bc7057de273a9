import { execFile, spawn } from 'node:child_process';
import { CatalogError } from '../load-catalog.ts';

/** A git problem that stops `diff`, such as a base ref missing from a shallow clone; the message says how to fix it. */
export class GitRefError extends CatalogError {
  override name = 'GitRefError';
}

/** Runs git in `cwd` and returns its stdout as bytes; rejects on a non-zero exit. */
export function runGit(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}

/** Reads blobs through one `git cat-file --batch` process, in the order asked. */
export function catFiles(cwd: string, objects: readonly string[]): Promise<Uint8Array[]> {
  if (objects.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new GitRefError(`\`git cat-file\` failed (exit code ${code}).`));
      const out = Buffer.concat(chunks);
      const result: Uint8Array[] = [];
      let at = 0;
      for (const object of objects) {
        const headerEnd = out.indexOf(0x0a, at);
        const [id, type, size] = out.subarray(at, headerEnd).toString('utf8').split(' ');
        if (id !== object || type !== 'blob') return reject(new GitRefError(`\`git cat-file\` could not read ${object}.`));
        const start = headerEnd + 1;
        result.push(out.subarray(start, start + Number(size)));
        at = start + Number(size) + 1;
      }
      resolve(result);
    });
    child.stdin.end(`${objects.join('\n')}\n`);
  });
}

/** Lists blobs under `paths` at a commit, in subfolders too (`git ls-tree -r`), as repository path -> object id. */
export async function listBlobs(root: string, commit: string, paths: readonly string[]): Promise<Map<string, string>> {
  const listing = await runGit(root, ['--literal-pathspecs', 'ls-tree', '-r', '-z', commit, '--', ...paths]);
  const blobs = new Map<string, string>();
  for (const entry of listing.toString('utf8').split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (match) blobs.set(match[2]!, match[1]!);
  }
  return blobs;
}
