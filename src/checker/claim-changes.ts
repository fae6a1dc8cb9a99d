import { parse } from 'yaml';
import { claimSchema, type Claim } from '../schemas/index.ts';
import { findFrontmatter } from '../reading/frontmatter.ts';

/** How a claim differs between the base of a change and now. */
export type ClaimChangeKind = 'new' | 'changed' | 'removed';

export interface ClaimChange {
  kind: ClaimChangeKind;
  /** The briefing's slug. */
  briefing: string;
  claim: Claim;
}

/** The valid claims of a briefing's text; anything unreadable counts as no claims. */
export function claimsOf(text: string | undefined): Claim[] {
  if (text === undefined) return [];
  const body = text.replace(/^\uFEFF/, '');
  const frontmatter = findFrontmatter(body);
  if (frontmatter.kind !== 'found') return [];
  try {
    const data = parse(body.slice(frontmatter.span.start, frontmatter.span.end), { maxAliasCount: 50 }) as {
      claims?: unknown;
    } | null;
    if (!Array.isArray(data?.claims)) return [];
    return data.claims.flatMap((raw: unknown) => {
      const result = claimSchema.safeParse(raw);
      return result.success ? [result.data] : [];
    });
  } catch {
    return [];
  }
}

/** Claims added, edited or removed in one briefing, by id. */
export function diffClaims(briefing: string, before: readonly Claim[], after: readonly Claim[]): ClaimChange[] {
  const old = new Map(before.map((claim) => [claim.id, claim]));
  const current = new Set(after.map((claim) => claim.id));
  const changes: ClaimChange[] = [];
  for (const claim of after) {
    const previous = old.get(claim.id);
    if (!previous) changes.push({ kind: 'new', briefing, claim });
    else if (JSON.stringify(previous) !== JSON.stringify(claim)) changes.push({ kind: 'changed', briefing, claim });
  }
  for (const claim of before) if (!current.has(claim.id)) changes.push({ kind: 'removed', briefing, claim });
  return changes;
}
