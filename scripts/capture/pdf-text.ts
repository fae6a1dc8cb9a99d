import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pageMark } from '../../src/lib/quotes/snapshot-pages.ts';

/** A PDF's text as a snapshot keeps it. */
export interface PdfText {
  /** The document's title from its metadata, when it has one. */
  title?: string;
  /** Each page's text after a `[page N]` line, pages apart by a blank line. */
  text: string;
  pages: number;
}

interface Line {
  text: string;
  /** Distance from the page's bottom edge, in PDF units, of the line's baseline. */
  y: number;
  /** The font size, to tell a paragraph break from ordinary line spacing. */
  height: number;
}

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL: boolean;
}

/** Groups a page's text items into lines: pdf.js marks line ends, and a change of baseline is one too. */
function pageLines(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (current && Math.abs(current.y - y) > Math.max(1, current.height / 2)) {
      lines.push(current);
      current = undefined;
    }
    if (!current) current = { text: '', y, height: item.height || 10 };
    current.text += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

/** Digits vary from page to page in a running header ("Page 3 of 40"); the rest stays. */
function shape(text: string): string {
  return text.replace(/\d+/g, '#').toLowerCase();
}

/**
 * Running headers and footers repeat on most pages, with at most the page number changing; a line
 * that is only a page number is one too. Looked for only at the top and bottom two lines of a page
 * and only in documents of three pages or more, where repetition can be told from coincidence.
 */
function runningLines(pages: readonly Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((line) => shape(line.text)));
    for (const edge of edges) counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  const running = new Set<string>();
  if (pages.length < 3) return running;
  for (const [edge, count] of counts) if (count > pages.length / 2) running.add(edge);
  return running;
}

function isRunning(line: Line, index: number, count: number, running: ReadonlySet<string>): boolean {
  const atEdge = index < 2 || index >= count - 2;
  if (!atEdge) return false;
  return running.has(shape(line.text)) || /^(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?$/i.test(line.text);
}

/**
 * A page's lines as paragraphs: a word broken by a hyphen at a line's end is joined again, and a
 * gap between lines wider than the usual spacing starts a new paragraph.
 */
function pageParagraphs(lines: readonly Line[]): string {
  const gaps = lines.slice(1).map((line, index) => Math.abs(lines[index]!.y - line.y));
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor((gaps.length - 1) / 2)] ?? 0;
  let text = '';
  lines.forEach((line, index) => {
    if (index === 0) {
      text = line.text;
      return;
    }
    const gap = gaps[index - 1] ?? 0;
    if (usual > 0 && gap > usual * 1.4) {
      text += `\n\n${line.text}`;
    } else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line.text)) {
      text = text.slice(0, -1) + line.text;
    } else {
      text += ` ${line.text}`;
    }
  });
  return text;
}

/**
 * A PDF's text page by page, each page after its own `[page N]` line, so that quotes can be located
 * and locators checked. Hyphenation at line ends and running headers and footers are removed.
 * Nothing in the document is run: pdf.js reads text only, without scripts, fonts or images.
 *
 * @param bytes - the PDF file, untrusted.
 */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const document = await getDocument({
    // pdf.js takes ownership of the buffer it is given, and refuses a Node Buffer; a plain copy
    // leaves the caller's bytes intact.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: Line[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.flatMap((item) => ('str' in item ? [item] : []))));
      page.cleanup();
    }
    const running = runningLines(pages);
    const text = pages
      .map((lines, index) => {
        const kept = lines.filter((line, at) => !isRunning(line, at, lines.length, running));
        const body = pageParagraphs(kept);
        return body === '' ? pageMark(index + 1) : `${pageMark(index + 1)}\n\n${body}`;
      })
      .join('\n\n');
    const metadata = await document.getMetadata().catch(() => undefined);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
    return { ...(title ? { title } : {}), text, pages: document.numPages };
  } finally {
    await document.destroy();
  }
}
