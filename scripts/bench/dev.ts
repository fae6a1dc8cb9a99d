/**
 * `npm run bench:dev -- --n 1000 [--runs 3] [--seed 1]`: the editor's loop in `npm run dev`, ours
 * against bare Astro on the same corpus (`npm run bench` makes both): how long the dev server takes
 * to serve a briefing's page from its start, and, once it has, how long an edit saved to that
 * briefing takes to show on its page. The page is fetched over HTTP as the browser would after
 * Astro's reload. Three edits, each undone afterwards: a sentence appended to the body as soon as
 * the page is served (the first save after the server's start, which meets code and files no save
 * has used yet), a word added to the title in the frontmatter (where a briefing's claims are too),
 * which reaches a page by another way: through Astro's content store rather than the MDX module,
 * and another sentence appended to the body once the server has settled. Each edit is undone, the
 * page is seen without it, and the next edit waits `SETTLE` ms more, past Astro's write of its
 * content store and the reload that follows (seconds, at 1,000), so no edit is timed while the
 * server is still busy with the last one's undo. Then a burst of quick
 * saves, as an editor who saves on every pause makes: five sentences appended one at a time, each
 * saved 0.7 s after the last was seen, while Astro is still writing its content store for the last.
 * Last, the editor's own view: the page open in Chromium, a sentence saved, timed until the page
 * Astro reloads shows it (its text, not its HTML: the reload, the render and the browser's parse).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { baselineDir, corpusDir, NODE, REPO_ROOT } from './paths.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
  },
});
const n = Number(values.n);
const seed = Number(values.seed);
const runs = Number(values.runs);

/**
 * First page served, then the first body edit, a title edit, a later body edit and (median of) a
 * burst of quick saves seen over HTTP, and a body edit seen in Chromium, in ms.
 */
type Timings = [number, number, number, number, number, number];

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Starts `astro dev` on a free port and resolves to its address once it prints one. */
function startDev(root: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      detached: true,
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /https?:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+\/?/.exec(output);
      if (address) resolve({ child, url: address[0].replace(/\/$/, '') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`astro dev in ${root} exited (${String(code)}) before serving:\n${output}`));
    });
  });
}

/** Polls a page until its HTML satisfies `done`; resolves to the milliseconds it took from `since`. */
async function pollPage(url: string, done: (html: string) => boolean, since: number): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok && done(await response.text())) return performance.now() - since;
    } catch {
      // Not listening yet, or restarting its module graph: ask again.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The frontmatter's title line with `word` added at its end, for an edit a page shows. */
function editTitle(text: string, word: string): string {
  const edited = text.replace(/^title: "(.*)"$/m, (_line, title: string) => `title: "${title} ${word}"`);
  if (edited === text) throw new Error('the briefing has no title line of the form title: "…" to edit');
  return edited;
}

/**
 * How long after an undo is seen the next edit is saved (ms): Astro writes its content store half a
 * second after a change and then rebuilds the store's module, which takes bare Astro up to 4 s at
 * 1,000 briefings (its store holds every body).
 */
const SETTLE = 5000;

/** A burst of quick saves: how many, and how long after the last was seen each is saved (ms). */
const QUICK_SAVES = 5;
const QUICK_SAVE_GAP = 700;

/** Saves in a burst (`QUICK_SAVES`, each `QUICK_SAVE_GAP` ms after the last was seen); the median of their times seen. */
async function quickSaves(url: string, briefingFile: string, original: string): Promise<number> {
  const times: number[] = [];
  let text = original;
  for (let save = 1; save <= QUICK_SAVES; save++) {
    const marker = `Saved in a burst, number ${String(save)} at ${String(Date.now())}.`;
    text = `${text}\n${marker}\n`;
    const saved = performance.now();
    writeFileSync(briefingFile, text);
    times.push(await pollPage(url, (html) => html.includes(marker), saved));
    await new Promise((resolve) => setTimeout(resolve, QUICK_SAVE_GAP));
  }
  return median(times);
}

/** The longest a page in Chromium may take to show a save before the run fails (ms). */
const BROWSER_PATIENCE = 30_000;

/**
 * A body edit as the editor sees it: the page open in Chromium, a sentence saved once the page has
 * loaded and the server settled, timed until Astro's reload shows it in the page's text. Resolves
 * to the milliseconds from the save, with the edit undone and the undo shown.
 */
async function seenInBrowser(browser: Browser, page: string, briefingFile: string, original: string): Promise<number> {
  const tab = await browser.newPage();
  const text = () => tab.evaluate(() => document.body.textContent).catch(() => undefined);
  /** Waits until the page's text satisfies `done`, asking every 10 ms (a reload in between answers nothing). */
  const waitFor = async (done: (body: string) => boolean, what: string) => {
    const since = performance.now();
    for (;;) {
      const body = await text();
      if (body !== undefined && done(body)) return performance.now() - since;
      if (performance.now() - since > BROWSER_PATIENCE) throw new Error(`Chromium never showed ${what} on ${page}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  try {
    await tab.goto(page, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, SETTLE));
    const marker = `Edited in the browser at ${String(Date.now())}.`;
    writeFileSync(briefingFile, `${original}\n${marker}\n`);
    const seen = await waitFor((body) => body.includes(marker), 'the edit');
    writeFileSync(briefingFile, original);
    await waitFor((body) => !body.includes(marker), 'the undo');
    return seen;
  } finally {
    await tab.close();
  }
}

/** One run: the server's first page served, then edits to the body and to the frontmatter, and a burst of saves, seen on that page. */
async function loop(
  root: string,
  briefingFile: string,
  slug: string,
  label: string,
  browser: Browser,
): Promise<Timings> {
  const started = performance.now();
  const { child, url } = await startDev(root);
  try {
    const page = `${url}/briefings/${slug}/`;
    const firstPage = await pollPage(page, () => true, started);
    const original = readFileSync(briefingFile, 'utf8');
    /** Undoes an edit, waits until the page no longer shows `edit`, then `SETTLE` ms more, so each edit starts from a settled server. */
    const undo = async (edit: string) => {
      writeFileSync(briefingFile, original);
      await pollPage(page, (html) => !html.includes(edit), performance.now());
      await new Promise((resolve) => setTimeout(resolve, SETTLE));
    };
    const marker = `Edited for the dev benchmark at ${String(Date.now())}.`;
    try {
      const saved = performance.now();
      writeFileSync(briefingFile, `${original}\n${marker}\n`);
      const editSeen = await pollPage(page, (html) => html.includes(marker), saved);
      await undo(marker);
      const word = `Retitled${String(Date.now())}`;
      const retitled = performance.now();
      writeFileSync(briefingFile, editTitle(original, word));
      const titleSeen = await pollPage(page, (html) => html.includes(word), retitled);
      await undo(word);
      const later = `Edited again for the dev benchmark at ${String(Date.now())}.`;
      const savedLater = performance.now();
      writeFileSync(briefingFile, `${original}\n${later}\n`);
      const laterSeen = await pollPage(page, (html) => html.includes(later), savedLater);
      await undo(later);
      const burstSeen = await quickSaves(page, briefingFile, original);
      await undo('Saved in a burst');
      const browserSeen = await seenInBrowser(browser, page, briefingFile, original);
      process.stdout.write(
        `  ${label.padEnd(10)} first page ${(firstPage / 1000).toFixed(1)} s, body edit seen ${(editSeen / 1000).toFixed(2)} s, ` +
          `title edit seen ${(titleSeen / 1000).toFixed(2)} s, later body edit seen ${(laterSeen / 1000).toFixed(2)} s, ` +
          `quick saves seen ${(burstSeen / 1000).toFixed(2)} s (median), in Chromium ${(browserSeen / 1000).toFixed(2)} s\n`,
      );
      return [firstPage, editSeen, titleSeen, laterSeen, burstSeen, browserSeen];
    } finally {
      writeFileSync(briefingFile, original);
    }
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const corpus = corpusDir(n, seed);
const folder = join(corpus, 'content/briefings');
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .sort();
const name = files[Math.floor(files.length / 2)]!;
const slug = name.replace(/\.mdx$/, '');
process.stdout.write(`npm run dev on ${String(n)} briefings (seed ${String(seed)}), editing ${name}\n`);
const results = { ours: [] as Timings[], baseline: [] as Timings[] };
const browser = await launchBrowser();
try {
  for (let run = 1; run <= runs; run++) {
    results.ours.push(await loop(corpus, join(folder, name), slug, `ours ${String(run)}`, browser));
    results.baseline.push(await loop(baselineDir(n, seed), join(folder, name), slug, `bare ${String(run)}`, browser));
  }
} finally {
  await browser.close();
}
for (const [index, what] of [
  'first page served',
  'body edit seen on its page (the first save after the start)',
  'frontmatter (title) edit seen on its page',
  'a later body edit seen on its page (the server settled)',
  `quick saves (${String(QUICK_SAVES)} body edits, each ${String(QUICK_SAVE_GAP)} ms after the last was seen) seen on its page`,
  'a body edit seen on its page open in Chromium, which Astro reloads (the server settled)',
].entries()) {
  const ours = median(results.ours.map((timings) => timings[index]!));
  const bare = median(results.baseline.map((timings) => timings[index]!));
  process.stdout.write(
    `${what}: ours ${(ours / 1000).toFixed(2)} s, bare Astro ${(bare / 1000).toFixed(2)} s, ${(ours / bare).toFixed(2)} × (medians of ${String(runs)})\n`,
  );
}
process.exit(0);
