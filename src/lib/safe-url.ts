/**
 * The one gate through which a URL becomes a link: only absolute http(s) URLs pass. Anything else
 * (`javascript:`, `data:`, relative or malformed addresses) is shown as text or not at all.
 */
export function httpUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  // Browsers strip tabs and newlines inside URLs; refuse rather than guess what was meant.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0020\u007F]/.test(text)) return undefined;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}
