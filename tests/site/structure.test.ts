import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';
import { SOURCE_KIND_LABELS, STANCE_LABELS, STATUS_LABELS } from '../../src/lib/labels.ts';
import type { ClaimStatus, SourceKind } from '../../src/schemas/index.ts';
import { builtSite, type SiteName } from '../support/sites.ts';
import { builtFiles, EVERY_PAGE_TIMEOUT, pagePaths, SITES, useSession } from './built-site.ts';
import { citedSourceCount, publishedBriefings, sourceFiles, type BriefingFile } from './content.ts';

const session = useSession();
const SITE_URLS: Record<SiteName, string> = {
  sample: 'https://briefings.example.org',
  fixture: 'https://fixture.example.org',
};
const CONTESTED = ['disputed', 'denied', 'false'];

/** A page as built, script off: structure is the HTML's job. */
function openStatic(site: SiteName, path: string): Promise<Page> {
  return session.open(site, path, { javaScriptEnabled: false });
}

/** The publishers a ledger row lists under each stance, and the status it shows. */
async function ledgerRow(page: Page, claimId: string) {
  return page.locator(`#ledger-${claimId}`).evaluate((row) => {
    const publishers = (stance: string) =>
      [...row.querySelectorAll(`td.ledger-${stance} li`)].map((item) =>
        item.textContent.replace(/^\s*\d+\s*/, '').trim(),
      );
    return {
      status: (row.querySelector('td[data-label="Status"] .badge')?.textContent ?? '').trim(),
      supports: publishers('supports'),
      disputes: publishers('disputes'),
      context: publishers('context'),
    };
  });
}

describe('the claim ledger', () => {
  it('puts the UN estimate’s supporting sources on one side and KCNA under Disputes', async () => {
    const page = await openStatic('sample', '/briefings/dprk-denies-un-cyber-theft-estimate/');
    expect(await ledgerRow(page, 'un-estimate')).toEqual({
      status: 'Denied',
      supports: ['SC Media UK', 'United Nations Security Council'],
      disputes: ['Korean Central News Agency (KCNA)'],
      context: ['Associated Press (AP)', 'Reuters'],
    });
    await session.close(page);
  });

  it(
    'lists every claim of every briefing with its status and its sources by stance',
    async () => {
      for (const site of SITES) {
        const publishers = new Map([...sourceFiles(site)].map(([id, source]) => [id, source.publisher]));
        for (const briefing of publishedBriefings(site)) {
          const page = await openStatic(site, `/briefings/${briefing.slug}/`);
          // Claims in the order a reader meets them: marked in the body first, then the rest.
          const order = [
            ...briefing.marked,
            ...briefing.data.claims.map((claim) => claim.id).filter((id) => !briefing.marked.includes(id)),
          ];
          const rows = await page.$$eval('#ledger tbody tr', (all) => all.map((row) => row.id.replace(/^ledger-/, '')));
          expect(rows, briefing.slug).toEqual([...new Set(order)]);
          for (const claim of briefing.data.claims) {
            // One entry per source: two sources of one publisher are two entries.
            const bySide = (stance: string) =>
              [
                ...new Set(
                  claim.citations
                    .filter((citation) => (citation.stance ?? 'supports') === stance)
                    .map((citation) => citation.source),
                ),
              ].map((source) => publishers.get(source) ?? '?');
            expect(await ledgerRow(page, claim.id), `${briefing.slug} ${claim.id}`).toEqual({
              status: STATUS_LABELS[claim.status as ClaimStatus].label,
              supports: bySide('supports'),
              disputes: bySide('disputes'),
              context: bySide('context'),
            });
          }
          await session.close(page);
        }
      }
    },
    EVERY_PAGE_TIMEOUT,
  );

  it('shows a claim the body never marks, with markers that lead to its note and back', async () => {
    const page = await session.open('fixture', '/briefings/crowded-claims/');
    expect(await page.locator('[data-claim="never-marked"]').count()).toBe(0);
    const row = page.locator('#ledger-never-marked');
    expect(await row.locator('th').innerText()).toContain('A claim the body never marks');
    const marker = row.locator('a.marker');
    expect(await marker.count()).toBe(1);
    const note = (await marker.getAttribute('href')) ?? '';
    await marker.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(note);
    expect(await page.locator(`#notes ${note}`).innerText()).toContain('The Daily Example');
    // The note's way back leads to this marker.
    const markerId = (await marker.getAttribute('id')) ?? '';
    expect(await page.locator(`${note} .backlinks a[href="#${markerId}"]`).count()).toBe(1);
    await session.close(page);
  });
});

describe('a briefing page', () => {
  it('numbers editorial footnotes apart from citations, as notes in their own section', async () => {
    const page = await openStatic('sample', '/briefings/dprk-denies-un-cyber-theft-estimate/');
    const reference = page.locator('a[data-footnote-ref]').first();
    const marker = await reference.evaluate(
      (link) => `${getComputedStyle(link, '::before').content}${link.textContent}`,
    );
    expect(marker.replace(/["\u00a0]/g, ' ').replace(/\s+/g, ' ')).toBe(' note 1');
    expect(await reference.evaluate((link) => link.matches('.marker'))).toBe(false);
    const target = (await reference.getAttribute('href')) ?? '';
    expect(await page.locator(`section[data-footnotes] ${target}`).count()).toBe(1);
    expect(await page.locator(`#notes ${target}`).count()).toBe(0);
    // Citation 1 and footnote 1 are two different things in two different places.
    expect(await page.locator('#note-1').evaluate((note) => note.closest('section')?.id)).toBe('notes');
    await session.close(page);
  });

  it('shows every correction with its date, newest first, and says so at the top', async () => {
    for (const site of SITES) {
      for (const briefing of publishedBriefings(site).filter((candidate) => candidate.data.corrections?.length)) {
        const page = await openStatic(site, `/briefings/${briefing.slug}/`);
        const corrections = (briefing.data.corrections ?? [])
          .map((correction) => ({ date: String(correction.date), text: correction.text }))
          .sort((a, b) => b.date.localeCompare(a.date));
        const shown = await page.$$eval('#corrections li', (items) =>
          items.map((item) => ({
            date: item.querySelector('time')?.getAttribute('datetime'),
            text: item.textContent.replace(/\s+/g, ' ').trim(),
          })),
        );
        expect(shown, briefing.slug).toEqual(
          corrections.map((correction) => ({
            date: correction.date,
            text: `${formatDate(correction.date)}: ${correction.text}`,
          })),
        );
        expect(await page.locator('.correction-notice').innerText()).toContain(
          `Corrected ${formatDate(corrections[0]!.date)}`,
        );
        await session.close(page);
      }
    }
  });

  it('offers a plain-text citation and a BibTeX entry', async () => {
    const page = await openStatic('sample', '/briefings/dprk-denies-un-cyber-theft-estimate/');
    const url = `${SITE_URLS.sample}/briefings/dprk-denies-un-cyber-theft-estimate/`;
    expect(await page.locator('#cite .cite-plain').innerText()).toBe(
      `Briefings desk. “North Korea calls UN estimate of up to $2bn in cyber proceeds a "sheer lie"”. Corroborate Briefings, 20 November 2026. ${url}`,
    );
    const bibtex = (await page.locator('#cite pre code').textContent()) ?? '';
    expect(bibtex).toMatch(/^@online\{[a-z0-9-]+,\n/);
    expect(bibtex).toContain('title = {North Korea calls UN estimate of up to \\$2bn in cyber proceeds a "sheer lie"}');
    expect(bibtex).toContain('author = {Briefings desk}');
    expect(bibtex).toContain('date = {2026-11-20}');
    expect(bibtex).toContain(`url = {${url}}`);
    expect(await page.locator('#cite details summary').innerText()).toBe('BibTeX');
    await session.close(page);
  });
});

describe('the source pages', () => {
  it(
    'list every published claim that cites each source, with its stance',
    async () => {
      for (const site of SITES) {
        const briefings = publishedBriefings(site);
        for (const id of sourceFiles(site).keys()) {
          const expected = briefings.flatMap((briefing) =>
            briefing.data.claims.flatMap((claim) =>
              claim.citations
                .filter((citation) => citation.source === id)
                .map((citation) => {
                  const anchor = briefing.marked.includes(claim.id) ? `claim-${claim.id}` : `ledger-${claim.id}`;
                  return `/briefings/${briefing.slug}/#${anchor} ${STANCE_LABELS[citation.stance ?? 'supports']}`;
                }),
            ),
          );
          const page = await openStatic(site, `/sources/${id}/`);
          const heading = page.locator('h2', { hasText: 'Claims citing this source' });
          expect(await heading.innerText(), id).toBe(`Claims citing this source (${expected.length})`);
          const listed = await page.$$eval('h2 + ul.listing > li', (items) =>
            items
              .filter((item) => item.parentElement?.previousElementSibling?.textContent.startsWith('Claims citing'))
              .map(
                (item) =>
                  `${item.querySelector('a')?.getAttribute('href') ?? ''} ${(item.querySelector('.stance')?.textContent ?? '').trim()}`,
              ),
          );
          expect(listed.sort(), id).toEqual(expected.sort());
          await session.close(page);
        }
      }
    },
    EVERY_PAGE_TIMEOUT,
  );

  it('are gathered on /sources/ by kind, then by publisher in alphabetical order', async () => {
    for (const site of SITES) {
      const sources = sourceFiles(site);
      const expected = (Object.keys(SOURCE_KIND_LABELS) as SourceKind[]).flatMap((kind) => {
        const ofKind = [...sources].filter(([, source]) => source.kind === kind);
        if (ofKind.length === 0) return [];
        const publishers = [...new Set(ofKind.map(([, source]) => source.publisher))].sort((a, b) =>
          a.localeCompare(b),
        );
        return [
          {
            kind: `${SOURCE_KIND_LABELS[kind]} (${ofKind.length})`,
            publishers: publishers.map((publisher) => ({
              publisher,
              ids: ofKind
                .filter(([, source]) => source.publisher === publisher)
                .map(([id]) => id)
                .sort(),
            })),
          },
        ];
      });
      const page = await openStatic(site, '/sources/');
      const shown = await page.$$eval('main section', (sections) =>
        sections.map((section) => ({
          kind: (section.querySelector('h2')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          publishers: [...section.querySelectorAll('h3')].map((heading) => ({
            publisher: heading.textContent.trim(),
            ids: [...(heading.nextElementSibling?.querySelectorAll('li > a') ?? [])]
              .map((link) => link.getAttribute('href')?.split('/')[2] ?? '')
              .sort(),
          })),
        })),
      );
      expect(shown, site).toEqual(expected);
      await session.close(page);
    }
  });
});

describe('the home page', () => {
  it('lists the briefings newest first, each with its claim, source and contested counts', async () => {
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    for (const site of SITES) {
      const expected = [...publishedBriefings(site)]
        .sort((a, b) => String(b.data.published).localeCompare(String(a.data.published)))
        .map((briefing: BriefingFile) => {
          const contested = briefing.data.claims.filter((claim) => CONTESTED.includes(String(claim.status))).length;
          return [
            `/briefings/${briefing.slug}/`,
            formatDate(String(briefing.data.published)),
            plural(briefing.data.claims.length, 'claim'),
            plural(citedSourceCount(briefing), 'source'),
            ...(contested > 0 ? [`${contested} disputed or denied`] : []),
          ].join(' | ');
        });
      const page = await openStatic(site, '/');
      const shown = await page.$$eval('main .listing > li', (items) =>
        items.map((item) =>
          [
            item.querySelector('h2 a')?.getAttribute('href') ?? '',
            ...[...item.querySelectorAll('.meta > *')].map((part) => part.textContent.replace(/\s+/g, ' ').trim()),
          ].join(' | '),
        ),
      );
      expect(shown, site).toEqual(expected);
      await session.close(page);
    }
  });
});

describe('a draft', () => {
  const DRAFT_TRACES = ['draft-only', 'xylophonequartz', 'A draft that must never be published', 'drafts-only-topic'];

  it('gets no page, no listing entry, no topic page and no mention on a source page', () => {
    const site = builtSite('fixture');
    expect(existsSync(join(site, 'briefings/draft-only'))).toBe(false);
    expect(existsSync(join(site, 'topics/drafts-only-topic'))).toBe(false);
    expect(pagePaths('fixture').filter((path) => path.includes('draft'))).toEqual([]);
    const traces: string[] = [];
    for (const file of builtFiles('fixture')) {
      const content = readFileSync(file, 'latin1');
      for (const trace of DRAFT_TRACES) if (content.includes(trace)) traces.push(`${file}: ${trace}`);
    }
    expect(traces).toEqual([]);
  });
});

describe('the 404 page', () => {
  it('exists in both sites and is what a reader gets at an unknown address', async () => {
    for (const site of SITES) {
      expect(existsSync(join(builtSite(site), '404.html')), site).toBe(true);
      const context = await session.browser.newContext();
      const page = await context.newPage();
      const response = await page.goto(session.url(site, '/briefings/no-such-briefing/'));
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe('Page not found');
      expect(await page.locator('main a[href="/"]').count()).toBe(1);
      await context.close();
    }
  });
});
