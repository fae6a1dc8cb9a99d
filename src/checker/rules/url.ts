import { sourcePoint } from './locate.ts';
import { defineRule } from './define-rule.ts';
import { lines, WIRE_SOURCE_LINES, wireOnly } from './example-files.ts';

/** Why a URL may not be published, or `undefined` when it may; `warning` marks plain http. */
export function judgeUrl(text: string): { message: string; warning?: true } | undefined {
  // Browsers strip tabs and newlines inside URLs; an editor never means them, and they hide schemes.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  const spaced = /[\u0000-\u0020\u007F]/.test(text);
  const spacedMessage = `URL ${JSON.stringify(text)} contains white space or control characters; write the address on one line without spaces (encode a space as %20)`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    if (spaced) return { message: spacedMessage };
    const hint = text.startsWith('//')
      ? '; add the scheme: https:' + text
      : '; write an absolute address starting with https://';
    return { message: `"${text}" is not an absolute URL${hint}` };
  }
  // The URL parser sees through spaces, tabs and newlines as browsers do, so a forbidden scheme is
  // named first: encoding the spaces of a file: address would not make it publishable.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      message: `URL scheme "${url.protocol}" is not allowed; only http: and https: addresses are published as links`,
    };
  }
  if (spaced) return { message: spacedMessage };
  if (!url.hostname) return { message: `URL "${text}" has no host; write an address such as https://example.org/page` };
  if (url.protocol === 'http:') {
    return { message: `"${text}" uses plain http:; use https: if the site offers it`, warning: true };
  }
  return undefined;
}

export const urlRule = defineRule({
  id: 'url',
  severity: 'error',
  summary: 'a URL that is not http(s) (plain http is a warning)',
  examples: {
    fails: wireOnly(lines(...WIRE_SOURCE_LINES, 'url: javascript:alert(1)')),
    passes: wireOnly(lines(...WIRE_SOURCE_LINES, 'url: https://wire.example.org/2019/08/05/hackers')),
  },
  check({ sources }, report) {
    for (const source of sources.values()) {
      const fields: [readonly PropertyKey[], string | undefined][] = [
        [['url'], source.data.url],
        [['archive', 'url'], source.data.archive?.url],
      ];
      for (const [path, value] of fields) {
        if (value === undefined) continue;
        const verdict = judgeUrl(value);
        if (!verdict) continue;
        report({
          file: source.file.path,
          point: sourcePoint(source, path),
          message: verdict.message,
          ...(verdict.warning ? { maxSeverity: 'warning' as const } : {}),
        });
      }
    }
  },
});
