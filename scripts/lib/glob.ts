/**
 * A small glob for choosing pages by path: `*` and `?` stay within one path
 * segment, `**` crosses segments, `{a,b}` picks either. A glob without a `/`
 * may also match the file's name alone, as in `--pages 'nasa*'`.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i]!;
    if (char === '*' && glob[i + 1] === '*') {
      // `**/` may match no directory at all.
      if (glob[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '{') {
      braces += 1;
      out += '(?:';
    } else if (char === '}' && braces > 0) {
      braces -= 1;
      out += ')';
    } else if (char === ',' && braces > 0) out += '|';
    else out += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function matchesGlob(path: string, glob: string): boolean {
  const pattern = globToRegExp(glob);
  if (pattern.test(path)) return true;
  return !glob.includes('/') && pattern.test(path.slice(path.lastIndexOf('/') + 1));
}
