import type { IncomingMessage } from 'node:http';
import { BRIEFING_FOLDER } from '../checker/check-project.ts';

// Which briefing a request of `astro dev` is for: the dev server's middlewares that act on a
// briefing's page (the check's warm-up, the wait for a save on its way) ask it the same way.

/** The briefing file a page of the site shows, by the page's path below the site's base; undefined for other pages. */
export function briefingOfPage(pathname: string, base: string): string | undefined {
  const page = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
  const slug = page === undefined ? undefined : /^briefings\/([^/]+)\/?$/.exec(page)?.[1];
  return slug === undefined ? undefined : `${BRIEFING_FOLDER}${decodeURIComponent(slug)}.mdx`;
}

/** The briefing file a request of `astro dev` asks for the page of; undefined for other pages and malformed addresses. */
export function briefingOfRequest(request: IncomingMessage, base: string): string | undefined {
  try {
    return briefingOfPage(new URL(request.url ?? '/', 'http://localhost').pathname, base);
  } catch {
    // A malformed escape in the address: Astro answers it.
    return undefined;
  }
}
