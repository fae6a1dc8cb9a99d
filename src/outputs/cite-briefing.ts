import { formatDate } from '../lib/dates.ts';

/** What a citation of a briefing needs. */
export interface BriefingCitation {
  slug: string;
  title: string;
  authors: readonly string[];
  published: string;
  updated?: string;
  url: string;
  publication: string;
}

/** A plain-text citation in a common author-title-date style. */
export function plainCitation(citation: BriefingCitation): string {
  const authors = citation.authors.length ? `${citation.authors.join(', ')}. ` : '';
  const updated = citation.updated ? `, updated ${formatDate(citation.updated)}` : '';
  return `${authors}“${citation.title}”. ${citation.publication}, ${formatDate(citation.published)}${updated}. ${citation.url}`;
}

/**
 * BibTeX treats braces, backslashes and a few other characters as syntax; escape them so a title
 * can never break the entry (or the reference manager reading it), and write the angle brackets
 * as LaTeX names them.
 */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}&%$#_^~<>]/g, (character) => {
    switch (character) {
      // Text-mode LaTeX for the angle brackets, which some font encodings print as ¡ and ¿; it
      // also keeps markup out of the .bib file, which a browser may be shown.
      case '<':
        return '\\textless{}';
      case '>':
        return '\\textgreater{}';
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${character}`;
    }
  });
}

/** A BibTeX `@online` entry (biblatex style, which Zotero and Pandoc read). */
export function bibtexCitation(citation: BriefingCitation): string {
  const [year, month] = citation.published.split('-');
  const fields: [string, string][] = [
    ['title', `{${bibtexText(citation.title)}}`],
    ...(citation.authors.length
      ? ([['author', `{${citation.authors.map(bibtexText).join('} and {')}}`]] as [string, string][])
      : []),
    ['organization', `{${bibtexText(citation.publication)}}`],
    ['date', `{${citation.published}}`],
    ['year', `{${year ?? ''}}`],
    ['month', `{${month ?? ''}}`],
    ['url', `{${citation.url}}`],
  ];
  const key = `${citation.publication.toLowerCase().replace(/[^a-z0-9]+/g, '')}-${citation.slug}`;
  return `@online{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}
