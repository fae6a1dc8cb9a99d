declare namespace App {
  interface Locals {
    /**
     * The briefing a page is rendering, set before its MDX body renders so that the `Claim`
     * component (mapped without an import) can print its citation numbers.
     */
    briefing?: import('./lib/briefing-view.ts').BriefingView;
  }
}

declare module 'virtual:corroborate/shard' {
  /** The part of a sharded build being rendered (`src/integration/shard-module.ts`). */
  export const SHARD: import('./lib/shard.ts').Shard;
  /** How many bundles the site's search index is in: one per shard, or `searchBundles` when whole. */
  export const SEARCH_BUNDLES: number;
}
