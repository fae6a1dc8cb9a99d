import { briefingSchema, claimSchema } from '../schemas/index.ts';
import { findClaimMarks } from '../reading/claim-marks.ts';
import { findFrontmatter } from '../reading/frontmatter.ts';
import { findEscapedHidden } from './hidden-text.ts';
import type { ClaimEntry, LoadedBriefing } from './model.ts';
import { parseMdx } from './parse-mdx.ts';
import { findDisallowedMarkup } from '../reading/html-policy.ts';
import { findUnsafeMdx, REFUSED_BY_SAFE_MODE, type UnsafeFinding } from './safe-mode.ts';
import type { TextFile } from './text-file.ts';
import { validateFields } from './validate-fields.ts';
import { parseYamlDocument } from './yaml-document.ts';

const FRONTMATTER_PROBLEMS = {
  missing:
    'the briefing has no frontmatter; start the file with a line "---", the fields (title, summary, published, claims), and another "---"',
  unclosed: 'the frontmatter is never closed; end it with a line holding only "---"',
  toml: 'the frontmatter is TOML (+++); briefings use YAML between two "---" lines',
} as const;

/**
 * Parses one briefing: frontmatter and body. What is wrong with either is kept as data for the
 * rules that own it (`yaml`, `schema`, `mdx-syntax`).
 */
export function loadBriefing(slug: string, file: TextFile): LoadedBriefing {
  const briefing: LoadedBriefing = { slug, file, data: {}, claims: [], marks: [], schemaProblems: [] };

  const frontmatter = findFrontmatter(file.text);
  if (frontmatter.kind === 'ambiguous') {
    briefing.frontmatterProblem = { point: file.pointAt(frontmatter.offset), message: frontmatter.message };
    // The renderer would compile part of what looks like frontmatter as the body: nothing of
    // either can be trusted, and the body is not parsed.
    return briefing;
  }
  if (frontmatter.kind !== 'found') {
    briefing.frontmatterProblem = { point: { line: 1, column: 1 }, message: FRONTMATTER_PROBLEMS[frontmatter.kind] };
  } else {
    const document = parseYamlDocument(file, frontmatter.span.start, frontmatter.span.end);
    briefing.document = document;
    if (document.errors.length === 0) {
      const value = document.value ?? {};
      const { data, problems } = validateFields(briefingSchema, value, document);
      const { claims: _claims, ...fields } = data;
      briefing.data = fields;
      briefing.schemaProblems = problems;
      briefing.claims = salvageClaims(value);
    }
  }

  // Without its closing fence the body's start is unknown, and the YAML parsed as MDX would only
  // report the frontmatter's braces and colons again.
  if (frontmatter.kind === 'unclosed') return briefing;
  // The frontmatter fences stay in the text so body positions are the file's own.
  const parsed = parseMdx(file.text);
  if ('error' in parsed) {
    briefing.syntaxError = parsed.error;
  } else {
    briefing.body = { unsafe: unsafeConstructs(parsed.tree), escapedHidden: findEscapedHidden(parsed.tree, file.text) };
    briefing.marks = findClaimMarks(parsed.tree);
  }
  return briefing;
}

/** What safe mode refuses: code, and raw HTML outside the allow-list, in document order. */
function unsafeConstructs(tree: Parameters<typeof findUnsafeMdx>[0]): UnsafeFinding[] {
  const markup = findDisallowedMarkup(tree, REFUSED_BY_SAFE_MODE).map(({ message, point }): UnsafeFinding => ({
    message,
    position: { start: point, end: point },
  }));
  return [...findUnsafeMdx(tree), ...markup];
}

/** Keeps every claim's id, and the claim itself when it is valid, so one bad claim hides nothing else. */
function salvageClaims(frontmatter: unknown): ClaimEntry[] {
  const claims = (frontmatter as { claims?: unknown } | null)?.claims;
  if (!Array.isArray(claims)) return [];
  return claims.map((raw: unknown, index) => {
    const entry: ClaimEntry = { index, citations: rawCitations(raw) };
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') entry.id = id;
    const result = claimSchema.safeParse(raw);
    if (result.success) entry.claim = result.data;
    return entry;
  });
}

function rawCitations(claim: unknown): ClaimEntry['citations'] {
  const citations = (claim as { citations?: unknown } | null)?.citations;
  if (!Array.isArray(citations)) return [];
  return citations.map((citation: unknown) => {
    const { source, via } = (citation ?? {}) as { source?: unknown; via?: unknown };
    const entry: ClaimEntry['citations'][number] = {};
    if (typeof source === 'string') entry.source = source;
    if (typeof via === 'string') entry.via = via;
    return entry;
  });
}
