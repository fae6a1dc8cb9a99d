import { CLAIM_ANCHOR_PREFIX } from '../lib/anchors.ts';
import { href } from '../lib/paths.ts';
import { mergeBundles } from './merge-bundles.ts';

/**
 * The search field in every page's header. Without script it is a plain form that opens
 * `/search/?q=...`. With script, `/` focuses it, and the first focus (never before) loads
 * Pagefind so that quick results appear under the field as the reader types.
 */
interface PagefindResultData {
  url: string;
  meta: { title?: string };
  sub_results: { title: string; url: string }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    term: string,
    options?: object,
    wait?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 5;
const input = document.querySelector<HTMLInputElement>('#site-search-input');
const list = document.querySelector<HTMLUListElement>('#site-search-results');
const announcer = document.querySelector<HTMLElement>('#site-search-status');
let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  // A variable keeps the bundler from resolving a file that only exists after indexing.
  const bundle = href('pagefind/pagefind.js');
  pagefind ??= (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (module) => {
    // Result URLs are relative to the site's root, which may be a sub-path. A search of the index
    // takes milliseconds on this thread; a worker would cost one more script before the first result.
    const options = { highlightParam: 'highlight', baseUrl: href('') };
    await module.options({ ...options, noWorker: true });
    // A site built in shards has a search bundle per shard; searched together, they are one index,
    // each merged one told the same addresses as the first (Pagefind keeps options per index).
    for (const bundle of mergeBundles(input?.form)) await module.mergeIndex(bundle, options);
    return module;
  });
  return pagefind;
}

function close(): void {
  if (!list || !input) return;
  list.hidden = true;
  list.replaceChildren();
  if (announcer) announcer.textContent = '';
}

function option(href: string, text: string, className: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = className;
  const link = document.createElement('a');
  link.href = href;
  // Titles are editors' text: set as text, never as markup.
  link.textContent = text;
  item.append(link);
  return item;
}

async function show(term: string): Promise<void> {
  if (!list || !input) return;
  if (!term.trim()) {
    close();
    return;
  }
  const search = await (await load()).debouncedSearch(term, {}, 200);
  if (!search || input.value !== term) return;
  const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  const items = results.flatMap((result) => [
    option(result.url, result.meta.title ?? result.url, 'site-search-page'),
    ...result.sub_results
      .filter((sub) => sub.url.includes(`#${CLAIM_ANCHOR_PREFIX}`))
      .slice(0, 2)
      .map((sub) => option(sub.url, sub.title, 'site-search-claim')),
  ]);
  const all = new URL(href('search/'), window.location.href);
  all.searchParams.set('q', term);
  items.push(
    option(
      all.href,
      results.length ? 'All results and filters' : 'No quick results: open the search page',
      'site-search-all',
    ),
  );
  list.replaceChildren(...items);
  list.hidden = false;
  // The results are a list of links, not a listbox; a live region says they arrived.
  if (announcer)
    announcer.textContent = `${results.length} quick ${results.length === 1 ? 'result' : 'results'}; press the down arrow to reach them`;
}

if (input && list) {
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void show(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key === 'ArrowDown') list.querySelector('a')?.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Node) || !input.form?.contains(event.target)) close();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}
