import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { STANCE_LABELS, STATUS_LABELS } from '../../src/lib/labels.ts';
import type { Stance } from '../../src/schemas/index.ts';
import { briefingPaths, EVERY_PAGE_TIMEOUT, pagePaths, SITES, useSession } from './built-site.ts';
import { sourceFiles } from './content.ts';

const session = useSession();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [1280, 360] as const;

/**
 * The axe rules whose verdict depends on colour. The dark scheme changes colours and nothing else
 * (`darkSchemeChangesOnlyColours` asserts that on every page audited), so in the dark scheme only
 * these can find anything the light scheme's full audit at the same width did not.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** CSS properties a colour scheme may set: custom properties (the palette) and colours. */
const COLOUR_PROPERTY =
  /^(--.+|color|color-scheme|background|background-color|border(-(top|right|bottom|left))?-color|outline-color|text-decoration-color|fill|stroke|caret-color|accent-color)$/;

/** Axe's findings on the page as it stands: every WCAG 2.2 AA rule, or only the colour rules. */
function violations(page: Page, rules: 'all' | 'colour' = 'all'): Promise<string[]> {
  return axeViolations(page, rules === 'all' ? { tags: WCAG_TAGS } : { rules: COLOUR_RULES });
}

/** Every declaration inside a dark-scheme media rule of the page's style sheets that is not a colour. */
async function darkSchemeNonColourDeclarations(page: Page): Promise<string[]> {
  const declarations = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (rules: CSSRuleList, dark: boolean) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSMediaRule)
          walk(rule.cssRules, dark || rule.conditionText.includes('prefers-color-scheme: dark'));
        else if (rule instanceof CSSStyleRule) {
          if (dark) for (const property of Array.from(rule.style)) found.push(`${rule.selectorText} { ${property} }`);
          walk(rule.cssRules, dark);
        } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, dark);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules, false);
    return found;
  });
  return declarations.filter((declaration) => !COLOUR_PROPERTY.test(/\{ (.+) \}$/.exec(declaration)?.[1] ?? ''));
}

/**
 * WCAG 2.2 AA on a page as loaded at each width, in both schemes: every rule in the light scheme,
 * the colour rules in the dark one. `prepare` runs after each load (to open disclosures, say).
 */
async function audit(
  open: (width: number) => Promise<Page>,
  prepare: (page: Page) => Promise<void>,
): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    const page = await open(width);
    await prepare(page);
    // Whatever the page's script adds (the search page's filters and results) is checked too.
    await session.settled(page);
    found.push(
      ...(await darkSchemeNonColourDeclarations(page)).map((line) => `dark scheme sets more than colour: ${line}`),
    );
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      const rules = colorScheme === 'light' ? 'all' : 'colour';
      found.push(...(await violations(page, rules)).map((line) => `${colorScheme} ${width}px: ${line}`));
    }
    await session.close(page);
  }
  return found;
}

/** Opens every disclosure: an open one shows everything a closed one hides, so one pass checks both states. */
async function openDisclosures(page: Page): Promise<void> {
  await page.$$eval('details', (all) => {
    for (const details of all) details.open = true;
  });
}

/** How far the page as it stands scrolls sideways, when it does. */
async function sidewaysScroll(page: Page): Promise<string[]> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  return overflow > 0 ? [`${page.viewportSize()?.width ?? '?'}px: ${overflow}px too wide`] : [];
}

describe.each(SITES)('every page of the %s site', (site) => {
  it.each(pagePaths(site))(
    '%s meets WCAG 2.2 AA in light and dark schemes at 1280 and 360 px, with every disclosure open, and never scrolls sideways',
    async (path) => {
      const wide: string[] = [];
      const found = await audit(
        (width) => session.open(site, path, { viewport: { width, height: 900 } }),
        async (page) => {
          // Reflow (WCAG 1.4.10) as the page loads and with everything open; one load serves both audits.
          await session.settled(page);
          wide.push(...(await sidewaysScroll(page)));
          await openDisclosures(page);
          wide.push(...(await sidewaysScroll(page)).map((line) => `${line} with every disclosure open`));
        },
      );
      expect(wide).toEqual([]);
      expect(found).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );
});

describe('the audit itself', () => {
  it('finds a planted low-contrast line and an unlabelled image, in the scheme the page shows', async () => {
    const page = await session.open('sample', '/404.html');
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<p class="planted">faint words</p><img src="/favicon.svg">');
      // A constructed sheet, since the page's policy refuses inline styles.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '.planted { color: #bbb; background: #fff } @media (prefers-color-scheme: dark) { .planted { color: #444; background: #000 } }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const light = await violations(page);
    expect(light.some((line) => line.startsWith('color-contrast:') && line.includes('.planted'))).toBe(true);
    expect(light.some((line) => line.startsWith('image-alt:'))).toBe(true);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await violations(page, 'colour');
    expect(dark.some((line) => line.startsWith('color-contrast:') && line.includes('.planted'))).toBe(true);
    expect(dark.some((line) => line.startsWith('image-alt:'))).toBe(false);
    await session.close(page);
  });
});

describe('the search page with results on it', () => {
  it(
    'meets WCAG 2.2 AA in light and dark schemes at 1280 and 360 px',
    async () => {
      const found: string[] = [];
      for (const [site, query] of [
        ['sample', 'north'],
        ['fixture', 'grain'],
      ] as const) {
        const open = (width: number) => session.open(site, `/search/?q=${query}`, { viewport: { width, height: 900 } });
        const resultsShown = async (page: Page) => {
          await expect.poll(() => page.locator('pagefind-results a').count()).toBeGreaterThan(0);
        };
        found.push(...(await audit(open, resultsShown)).map((line) => `${site} ${line}`));
      }
      expect(found).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );
});

describe('a briefing page for assistive technology', () => {
  it('passes axe with a marker focused and its card preview open at 360px, in both schemes', async () => {
    for (const colorScheme of SCHEMES) {
      const page = await session.open('fixture', '/briefings/crowded-claims/', {
        colorScheme,
        viewport: { width: 360, height: 800 },
      });
      await page.locator('.briefing-body a.marker').first().focus();
      await page.getByRole('tooltip').waitFor();
      expect(await violations(page), colorScheme).toEqual([]);
      await session.close(page);
    }
  });

  it(
    'names every citation marker, in Chromium, by its number and its source’s publisher',
    async () => {
      for (const site of SITES) {
        const publishers = new Map([...sourceFiles(site)].map(([id, source]) => [id, source.publisher]));
        for (const path of briefingPaths(site)) {
          const page = await session.open(site, path);
          // What the page says each marker is: its note's number and the source that note is for.
          const markers = await page.$$eval('.briefing-body a.marker, .ledger a.marker', (links) =>
            links.map((link) => {
              const note = document.querySelector(link.getAttribute('href') ?? '');
              const source = note?.querySelector('a[href^="/sources/"]')?.getAttribute('href') ?? '';
              return { number: link.textContent, source: source.split('/')[2] ?? '' };
            }),
          );
          expect(markers.length, path).toBeGreaterThan(0);
          const expected = markers.map(({ number, source }) => `source ${number}: ${publishers.get(source) ?? '?'}`);
          // Chromium's own accessibility tree, as a screen reader receives it.
          const cdp = await page.context().newCDPSession(page);
          const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
            nodes: { role?: { value?: string }; name?: { value?: string } }[];
          };
          const named = nodes
            .filter((node) => node.role?.value === 'link' && node.name?.value?.startsWith('source '))
            .map((node) => node.name?.value ?? '');
          expect(named.sort(), path).toEqual(expected.sort());
          await cdp.detach();
          await session.close(page);
        }
      }
    },
    EVERY_PAGE_TIMEOUT,
  );

  it('reads the UN panel’s marker as "source 3: United Nations Security Council"', async () => {
    const page = await session.open('sample', '/briefings/dprk-denies-un-cyber-theft-estimate/');
    const marker = page.getByRole('link', { name: 'source 3: United Nations Security Council', exact: true });
    expect(await marker.count()).toBeGreaterThan(0);
    expect(await marker.first().getAttribute('href')).toBe('#note-3');
    await session.close(page);
  });
});

describe('stance and status for a reader who cannot tell colours apart', () => {
  it(
    'writes the stance of every source card in words',
    async () => {
      for (const site of SITES) {
        for (const path of briefingPaths(site)) {
          const page = await session.open(site, path);
          const cards = await page.$$eval('.claim-sources .card', (all) =>
            all.map((card) => ({
              stance: (card as HTMLElement).dataset['stance'] ?? '',
              text: (card as HTMLElement).innerText,
            })),
          );
          expect(cards.length, path).toBeGreaterThan(0);
          for (const card of cards) expect(card.text, path).toContain(STANCE_LABELS[card.stance as Stance]);
          await session.close(page);
        }
      }
    },
    EVERY_PAGE_TIMEOUT,
  );

  it(
    'names the stance of every ledger cell in words, at 1280px by its column and at 360px in the cell',
    async () => {
      for (const site of SITES) {
        for (const path of briefingPaths(site)) {
          for (const width of WIDTHS) {
            const page = await session.open(site, path, { viewport: { width, height: 900 } });
            const cells = await page.$$eval('#ledger tbody td[class^="ledger-"]', (all) =>
              all.map((cell) => {
                const column = (cell as HTMLTableCellElement).cellIndex;
                const header = cell.closest('table')?.querySelectorAll('thead th')[column] as HTMLElement | undefined;
                const headerVisible = header ? header.getBoundingClientRect().width > 1 : false;
                return {
                  stance: (cell.getAttribute('class') ?? '').replace('ledger-', ''),
                  // What a sighted reader sees naming the column: its header, or the label drawn in the cell.
                  words: headerVisible ? (header?.innerText ?? '') : getComputedStyle(cell, '::before').content,
                };
              }),
            );
            expect(cells.length, path).toBeGreaterThan(0);
            for (const cell of cells)
              expect(cell.words, `${path} at ${width}px`).toContain(STANCE_LABELS[cell.stance as Stance]);
            await session.close(page);
          }
        }
      }
    },
    EVERY_PAGE_TIMEOUT,
  );

  it('writes every claim status in words wherever a badge shows it', async () => {
    const page = await session.open('fixture', '/briefings/crowded-claims/');
    const badges = await page.$$eval('.badge.status', (all) =>
      all.map((badge) => ({
        status: (badge.getAttribute('class') ?? '').replace(/.*status-/, ''),
        // Closed disclosures (the glossary) render nothing, so their words are read as text.
        text: badge.textContent.trim(),
      })),
    );
    expect(badges.length).toBeGreaterThan(5);
    for (const badge of badges)
      expect(badge.text.toLowerCase()).toBe(
        STATUS_LABELS[badge.status as keyof typeof STATUS_LABELS].label.toLowerCase(),
      );
    await session.close(page);
  });
});

describe('keyboard focus', () => {
  /** Presses Tab until the focused element matches, and returns its outline as computed. */
  async function tabTo(page: Page, selector: string): Promise<{ style: string; width: string }> {
    for (let presses = 0; presses < 80; presses += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate((wanted) => {
        const focused = document.activeElement;
        if (!focused?.matches(wanted)) return undefined;
        const style = getComputedStyle(focused);
        return { style: style.outlineStyle, width: style.outlineWidth };
      }, selector);
      if (outline) return outline;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('shows a visible outline on a citation marker reached with Tab, in both schemes and at both widths', async () => {
    for (const colorScheme of SCHEMES) {
      for (const width of WIDTHS) {
        const page = await session.open('sample', '/briefings/dprk-denies-un-cyber-theft-estimate/', {
          colorScheme,
          viewport: { width, height: 900 },
        });
        const outline = await tabTo(page, '.briefing-body a.marker');
        expect(outline.style, `${colorScheme} ${width}px`).not.toBe('none');
        expect(parseFloat(outline.width), `${colorScheme} ${width}px`).toBeGreaterThanOrEqual(2);
        await session.close(page);
      }
    }
  });

  it('shows a visible outline on an ordinary link reached with Tab', async () => {
    for (const colorScheme of SCHEMES) {
      const page = await session.open('sample', '/briefings/dprk-denies-un-cyber-theft-estimate/', { colorScheme });
      for (const selector of ['.skip-link', 'nav a', '.topics a', '.card-publisher']) {
        const outline = await tabTo(page, selector);
        expect(outline.style, `${colorScheme} ${selector}`).not.toBe('none');
        expect(parseFloat(outline.width), `${colorScheme} ${selector}`).toBeGreaterThanOrEqual(2);
      }
      await session.close(page);
    }
  });
});
