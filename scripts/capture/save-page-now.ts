import { USER_AGENT, describeFailure } from './fetch-document.ts';

/** The Internet Archive's address; tests point the command at a loopback server instead. */
export const DEFAULT_ARCHIVE_ENDPOINT = 'https://web.archive.org';

/** A copy the Wayback Machine made, as a source's `archive` field records it. */
export interface ArchiveCopy {
  url: string;
  /** The day of the copy, from its timestamp: `YYYY-MM-DD`. */
  date: string;
}

export type SavePageNowResult = { saved: true; archive: ArchiveCopy } | { saved: false; reason: string };

const SNAPSHOT_PATH = /\/web\/(\d{14})\//;

function copyAt(location: string, endpoint: string): ArchiveCopy | undefined {
  const absolute = new URL(location, endpoint);
  const stamp = SNAPSHOT_PATH.exec(absolute.pathname)?.[1];
  if (stamp === undefined) return undefined;
  return { url: absolute.href, date: `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}` };
}

/**
 * Asks the Wayback Machine's Save Page Now for a copy of a page (`GET /save/<url>`, which needs
 * no account). It answers with a redirect to, or a `Content-Location` naming, the new copy
 * `/web/<timestamp>/<url>`. Without an account it allows a few captures a minute, so the command
 * asks once per source and never retries. Never throws: an archive that cannot be reached is
 * reported so the capture carries on without it.
 */
export async function savePageNow(
  pageUrl: string,
  options: { endpoint: string; timeout: number },
): Promise<SavePageNowResult> {
  const request = `${options.endpoint.replace(/\/+$/, '')}/save/${pageUrl}`;
  try {
    const response = await fetch(request, {
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeout),
      headers: { 'user-agent': USER_AGENT },
    });
    await response.body?.cancel();
    if (response.status === 429)
      return {
        saved: false,
        reason: 'Save Page Now asks to slow down (a few captures a minute without an account); try again in a minute',
      };
    const location = response.headers.get('location') ?? response.headers.get('content-location');
    const copy = location ? copyAt(location, options.endpoint) : undefined;
    if (copy && response.status < 400) return { saved: true, archive: copy };
    return { saved: false, reason: `Save Page Now answered ${response.status} without naming a copy` };
  } catch (error) {
    return { saved: false, reason: `Save Page Now ${describeFailure(error, options.timeout).message}` };
  }
}
