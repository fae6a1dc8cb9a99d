import { href } from '../lib/paths.ts';

/**
 * A reader who arrives from a search result (`?highlight=term`) sees the matched words marked on
 * the page. Pagefind's highlighter is loaded only then, so ordinary visits cost nothing.
 */
declare global {
  interface Window {
    PagefindHighlight?: new (options: { highlightParam: string; markContext?: string; addStyles?: boolean }) => unknown;
  }
}

if (new URLSearchParams(window.location.search).has('highlight')) {
  const script = href('pagefind/pagefind-highlight.js');
  void import(/* @vite-ignore */ script).then(() => {
    if (window.PagefindHighlight) {
      // Its own styles arrive as an inline <style>, which the site's CSP refuses; ours are in the stylesheet.
      new window.PagefindHighlight({ highlightParam: 'highlight', markContext: '.briefing', addStyles: false });
    }
  });
}
export {};
