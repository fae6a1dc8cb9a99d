import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The main text of a web page, as a snapshot keeps it. */
export interface PageText {
  /** The article's title as Readability read it, when it found one. */
  title?: string;
  /** Paragraphs separated by one blank line, white space inside each collapsed. */
  text: string;
}

/**
 * Blocks that stand as paragraphs of their own. A block inside another (a `<p>` inside an `<li>`)
 * is taken once, by the outermost.
 */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TD',
  'TH',
  'DT',
  'DD',
  'CAPTION',
]);

/** Structural wrappers whose loose text (not inside a block) still forms a paragraph. */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'UL', 'OL', 'TABLE', 'TBODY', 'TR', 'DL']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * HTML's own white space (space, tab, line breaks), collapsed as a browser shows it; a no-break
 * space is text, and stays.
 */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/** Text of an inline run, keeping `<br>` as a space so words on two lines stay apart. */
function inlineText(node: DomNode): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeName === 'BR') return ' ';
  let text = '';
  for (const child of Array.from(node.childNodes)) text += inlineText(child);
  return text;
}

/** Walks the article's markup and gathers its paragraphs in reading order. */
function paragraphs(node: DomNode, into: string[]): void {
  let loose = '';
  const flush = (): void => {
    const text = collapse(loose);
    if (text !== '') into.push(text);
    loose = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 1 && BLOCKS.has(child.nodeName)) {
      flush();
      const text = collapse(inlineText(child));
      if (text !== '') into.push(text);
    } else if (child.nodeType === 1 && CONTAINERS.has(child.nodeName)) {
      flush();
      paragraphs(child, into);
    } else if (child.nodeType === 1 || child.nodeType === 3) {
      loose += inlineText(child);
    }
  }
  flush();
}

/**
 * The main text of a saved or fetched web page, without its navigation, footer, cookie banner or
 * advertising: Mozilla's Readability (what Firefox's Reader View uses) finds the article, and its
 * paragraphs are kept as paragraphs. When Readability finds no article, the whole body's text is
 * taken rather than nothing, so a short page still gets a snapshot.
 *
 * @param html - the page's markup, untrusted: nothing in it is run.
 */
export function htmlMainText(html: string): PageText {
  const { document } = parseHTML(html);
  const title = collapse(document.querySelector('title')?.textContent ?? '');
  // Readability changes the document it reads; the fallback reads a fresh copy.
  const article = new Readability(document, { keepClasses: false }).parse();
  const found: string[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    paragraphs(content.body, found);
  }
  if (found.length === 0) {
    const { document: whole } = parseHTML(html);
    for (const element of Array.from(whole.querySelectorAll('script, style, noscript, template'))) element.remove();
    paragraphs(whole.body, found);
  }
  const articleTitle = collapse(article?.title ?? '') || title;
  // Readability takes the headline and byline out of the article's body; they are part of what
  // the article says, so the snapshot starts with them, as the page does.
  const byline = collapse(article?.byline ?? '');
  const lead = [articleTitle, byline].filter((line) => line !== '' && !found.slice(0, 3).includes(line));
  return { ...(articleTitle ? { title: articleTitle } : {}), text: [...lead, ...found].join('\n\n') };
}
