import { mergeBundles } from './merge-bundles.ts';

/**
 * The search page's state lives in its URL, so a search can be shared and bookmarked:
 * `/search/?q=bithumb&claim-status=Denied&sort=date:desc`. Reads it on load, writes it on every
 * search, and adds "sort by date", which Pagefind's Component UI does not offer.
 */
interface PagefindBackend {
  search(term: string | null, options?: Record<string, unknown>): Promise<unknown>;
}
interface PagefindInstance {
  applyOptions(options: { mergeIndex?: ({ bundlePath: string } & Record<string, unknown>)[] }): void;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  __pagefind__?: PagefindBackend;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

/** URL keys for the filter names readers see: "Claim status" travels as `claim-status`. */
const toKey = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

function readUrl(): { term: string; filters: Record<string, string[]>; sort: string } {
  const params = new URLSearchParams(window.location.search);
  const filters: Record<string, string[]> = {};
  for (const name of ['Type', 'Topic', 'Claim status', 'Source kind', 'Publisher', 'Year']) {
    const values = params.getAll(toKey(name));
    if (values.length) filters[name] = values;
  }
  return { term: params.get('q') ?? '', filters, sort: params.get('sort') ?? '' };
}

function writeUrl(term: string, filters: Record<string, string[]>, sort: string): void {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(toKey(name), value);
  if (sort) params.set('sort', sort);
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}

async function init(): Promise<void> {
  await customElements.whenDefined('pagefind-input');
  const manager = window.PagefindComponents?.getInstanceManager();
  if (!manager) return;
  const instance = manager.getInstance('default');
  // A site built in shards has a search bundle per shard; searched together, they are one index,
  // each merged one told the same addresses as the first (Pagefind keeps options per index).
  const config = document.querySelector('pagefind-config');
  const merged = mergeBundles(config);
  const options = {
    baseUrl: config?.getAttribute('base-url') ?? '/',
    highlightParam: config?.getAttribute('highlight-param') ?? 'highlight',
    excerptLength: Number(config?.getAttribute('excerpt-length') ?? 24),
  };
  if (merged.length) instance.applyOptions({ mergeIndex: merged.map((bundlePath) => ({ bundlePath, ...options })) });
  const state = readUrl();
  const select = document.querySelector<HTMLSelectElement>('#search-sort');
  let sort = state.sort;

  // The search page loads the engine at once: its filters, with their counts, are what a reader
  // browses first ("everything denied"), and they come from the index.
  const enableSort = async () => {
    await instance.triggerLoad();
    const backend = instance.__pagefind__;
    if (!backend || !select || select.dataset['ready']) return;
    select.dataset['ready'] = 'true';
    // Pagefind sorts by a tagged date when asked; the Component UI never asks, so ask for it.
    const search = backend.search.bind(backend);
    backend.search = (term, options) => {
      const [key, direction] = sort.split(':');
      return search(term, key && direction ? { ...options, sort: { [key]: direction } } : options);
    };
    select.value = sort;
    select.closest('label')?.removeAttribute('hidden');
    select.addEventListener('change', () => {
      sort = select.value;
      writeUrl(instance.searchTerm, instance.searchFilters, sort);
      instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
    });
  };
  await enableSort();

  instance.on('search', (term, filters) => {
    writeUrl(term, filters, sort);
  });
  if (state.term || Object.keys(state.filters).length) instance.triggerSearchWithFilters(state.term, state.filters);
}

void init();
export {};
