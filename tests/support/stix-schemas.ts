import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { PROJECT_ROOT } from './paths.ts';

/** The OASIS STIX 2.1 schemas, vendored as test data (see the README beside them). */
const SCHEMAS = join(PROJECT_ROOT, 'tests/fixtures/stix2-json-schemas/schemas');

interface BundleSchema {
  $id: string;
  properties: { objects: { items: { anyOf: [{ oneOf: { $ref: string }[] }, unknown] } } };
}

let bundleValidator: ValidateFunction | undefined;

/**
 * A validator for a STIX 2.1 bundle, compiled from the official schemas: the bundle schema and
 * every schema it refers to, each registered under its own `$id` so their relative `$ref`s resolve.
 *
 * The bundle schema lists the object types a bundle may hold, and its list lags behind the folder:
 * `infrastructure` and `malware-analysis` were added late (oasis-open/cti-stix2-json-schemas#133,
 * #148), and `note`, `opinion`, `grouping`, `incident` and `location` are still missing, so a note
 * falls through to the custom-object branch, which no object of a standard type can pass. The
 * list is completed here, at load time, with every object schema of the folder; the vendored files
 * stay verbatim, and each object is then checked against its own type's official schema.
 */
export function stixBundleValidator(): ValidateFunction {
  if (bundleValidator) return bundleValidator;
  // The schemas use keywords of their own (`definitions` beside `$defs`), so strict mode is off;
  // the formats they name are checked, not ignored. Their patterns escape `-` outside a class
  // (`\-?$`), which JavaScript's unicode-mode regular expressions refuse, so patterns are compiled
  // without the `u` flag, as ECMA-262 patterns were before it.
  const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', { type: 'string', validate: (value: string) => URL.canParse(value) });
  ajv.addFormat('email', { type: 'string', validate: (value: string) => /^[^@\s]+@[^@\s]+$/.test(value) });
  ajv.addFormat('idn-hostname', { type: 'string', validate: (value: string) => value.length > 0 });
  let bundle: BundleSchema | undefined;
  for (const folder of readdirSync(SCHEMAS)) {
    for (const file of readdirSync(join(SCHEMAS, folder))) {
      const schema = JSON.parse(readFileSync(join(SCHEMAS, folder, file), 'utf8')) as BundleSchema;
      if (folder === 'common' && file === 'bundle.json') bundle = schema;
      else ajv.addSchema(schema);
    }
  }
  if (!bundle) throw new Error(`no common/bundle.json under ${SCHEMAS}`);
  const listed = bundle.properties.objects.items.anyOf[0].oneOf;
  for (const folder of ['sdos', 'sros']) {
    for (const file of readdirSync(join(SCHEMAS, folder))) {
      const ref = `../${folder}/${file}`;
      if (!listed.some((entry) => entry.$ref === ref)) listed.push({ $ref: ref });
    }
  }
  bundleValidator = ajv.compile(bundle);
  return bundleValidator;
}
