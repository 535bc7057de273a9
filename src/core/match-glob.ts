/**
 * Compiles a glob (`*`, `?`, `**`, `[abc]`) over `/`-separated relative paths into a matcher, for `check.ignore`:
 * small, dependency-free, and the same on Node 20, which has no `path.matchesGlob`.
 * A pattern without `/` matches a name at any depth, as in `.gitignore`; a trailing `/` matches a folder's contents.
 */
export function compileGlob(pattern: string): (path: string) => boolean {
  let glob = pattern.replace(/^\.\//, '');
  if (glob.endsWith('/')) glob += '**';
  if (!glob.includes('/')) glob = `**/${glob}`;
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` is zero or more folders; a `**` elsewhere is anything, separators included.
      if (glob[i + 2] === '/') { source += '(?:[^/]*/)*'; i += 2; } else { source += '.*'; i += 1; }
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) { source += '\\['; continue; }
      const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
      source += `[${body}]`;
      i = end;
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`);
  return (path) => regex.test(path);
}
