import type { Rule } from '../model.ts';
import { archiveMismatch } from './archive-mismatch.ts';
import { archiveMissing } from './archive-missing.ts';
import { dateOrder } from './date-order.ts';
import { duplicateId } from './duplicate-id.ts';
import { headlineNumber } from './headline-number.ts';
import { locatorMismatch } from './locator-mismatch.ts';
import { hiddenCharacters } from './hidden-characters.ts';
import { quantityUnsupported } from './quantity-unsupported.ts';
import { quoteMismatch } from './quote-mismatch.ts';
import { quoteUnverifiable } from './quote-unverifiable.ts';
import { singleOrigin } from './single-origin.ts';
import { snapshotChanged } from './snapshot-changed.ts';
import { statusEvidence } from './status-evidence.ts';
import { uncitedClaim } from './uncited-claim.ts';
import { unknownClaim } from './unknown-claim.ts';
import { unknownSource } from './unknown-source.ts';
import { unsafeMdx } from './unsafe-mdx.ts';
import { unusedClaim } from './unused-claim.ts';
import { unusedSource } from './unused-source.ts';
import { urlRule } from './url.ts';

/**
 * The rules that read the loaded content. `yaml`, `schema` and `mdx-syntax` are reported while
 * loading, because they decide what the other rules can see.
 */
export const CONTENT_RULES: readonly Rule[] = [
  duplicateId,
  unknownSource,
  uncitedClaim,
  unknownClaim,
  unusedClaim,
  unusedSource,
  statusEvidence,
  quantityUnsupported,
  headlineNumber,
  quoteMismatch,
  quoteUnverifiable,
  locatorMismatch,
  snapshotChanged,
  dateOrder,
  urlRule,
  archiveMissing,
  archiveMismatch,
  singleOrigin,
  hiddenCharacters,
  unsafeMdx,
];
