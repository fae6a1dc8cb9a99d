/** One rule of a `_headers` file: a path pattern and the headers sent for the paths it matches. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Reads a `_headers` file the way Netlify and Cloudflare Pages do: a path pattern on a line of its
 * own, then its headers indented below it as `Name: value`; `#` starts a comment line.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${index + 1} is neither a path nor "Name: value": ${line}`);
    rule.headers[header[1]!.toLowerCase()] = header[2]!.trim();
  }
  return rules;
}

/** Whether a pattern (`/*`, `/_astro/*`, an exact path) matches a path; `*` matches anything. */
export function matches(pattern: string, path: string): boolean {
  const expression = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${expression}$`).test(path);
}

/** The headers a host would send for a path: every matching rule's, later rules adding to earlier. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) (headers[name] ??= []).push(value);
  }
  return headers;
}
