import { sourcePoint } from './locate.ts';
import { defineRule } from './define-rule.ts';
import { lines, WIRE_SOURCE_LINES, wireOnly } from './example-files.ts';

/** What a known web archive's address says it holds. */
export interface ArchiveAddress {
  archive: string;
  /** The archived page's address as embedded in the archive URL. */
  target: string;
  /** The capture's day as far as the timestamp gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
}

const WAYBACK = /^https?:\/\/(?:web\.)?archive\.org\/web\/(\d{4,14})(?:[a-z]{2}_|\*)?\/(.+)$/i;
const ARCHIVE_TODAY =
  /^https?:\/\/(?:www\.)?archive\.(?:today|ph|is|li|vn|fo|md)\/(\d{14}|\d{4}\.\d{2}\.\d{2}-\d{6})\/(.+)$/i;

/** Reads a Wayback Machine or archive.today address; short archive.today ids say nothing and give `undefined`. */
export function readArchiveAddress(url: string): ArchiveAddress | undefined {
  const wayback = WAYBACK.exec(url);
  if (wayback) return { archive: 'Wayback Machine', target: wayback[2]!, date: timestampDate(wayback[1]!) };
  const today = ARCHIVE_TODAY.exec(url);
  if (today) return { archive: 'archive.today', target: today[2]!, date: timestampDate(today[1]!.replace(/\D/g, '')) };
  return undefined;
}

function timestampDate(digits: string): string {
  const parts = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)].filter(
    (part) => part.length === 2 || part.length === 4,
  );
  return parts.join('-');
}

/**
 * Archives rewrite the addresses they hold (scheme, `www.`, a trailing slash, `http:/` with one
 * slash), so compare what identifies the page rather than the characters.
 */
export function samePage(a: string, b: string): boolean {
  const normalise = (text: string): string | undefined => {
    const repaired = text.replace(/^(https?):\/(?!\/)/i, '$1://');
    try {
      const url = new URL(/^[a-z]+:\/\//i.test(repaired) ? repaired : `http://${repaired}`);
      const host = url.hostname.toLowerCase().replace(/^www\./, '');
      const path = url.pathname.replace(/\/+$/, '');
      return `${host}${url.port ? `:${url.port}` : ''}${path}${url.search}`;
    } catch {
      return undefined;
    }
  };
  const left = normalise(a);
  return left !== undefined && left === normalise(b);
}

/** `wire` at its address, with a Wayback Machine copy of the page at `archived`. */
function archivedAs(archived: string) {
  return wireOnly(
    lines(
      ...WIRE_SOURCE_LINES,
      'url: https://wire.example.org/2019/08/05/hackers',
      'archive:',
      `  url: https://web.archive.org/web/20190806093000/${archived}`,
      '  date: 2019-08-06',
    ),
  );
}

export const archiveMismatch = defineRule({
  id: 'archive-mismatch',
  severity: 'error',
  summary: 'an archive copy of another page or another day',
  examples: {
    fails: archivedAs('https://wire.example.org/2019/08/05/weather'),
    passes: archivedAs('https://wire.example.org/2019/08/05/hackers'),
  },
  check({ sources }, report) {
    for (const source of sources.values()) {
      const archive = source.data.archive;
      if (!archive) continue;
      const address = readArchiveAddress(archive.url);
      if (!address) continue;
      const file = source.file.path;
      if (source.data.url === undefined) {
        report({
          file,
          point: sourcePoint(source, ['archive', 'url']),
          message: `the ${address.archive} copy holds ${address.target}, but the source has no url; add url: ${address.target}`,
        });
      } else if (!samePage(address.target, source.data.url)) {
        report({
          file,
          point: sourcePoint(source, ['archive', 'url']),
          message: `the ${address.archive} copy holds ${address.target}, not the source's url ${source.data.url}; archive the right page or correct the url`,
        });
      }
      if (!archive.date.startsWith(address.date) && !address.date.startsWith(archive.date)) {
        report({
          file,
          point: sourcePoint(source, ['archive', 'date']),
          message: `archive.date is ${archive.date}, but the ${address.archive} timestamp says ${address.date}; use the capture's date`,
        });
      }
    }
  },
});
