import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORT_SCHEMA_PATHS, exportSchema } from '../../outputs/export-schemas.ts';
import { jsonResponse } from '../../outputs/responses.ts';
import { requireSite, siteUrls } from '../../outputs/site-urls.ts';

export const getStaticPaths = (() =>
  EXPORT_SCHEMA_PATHS.map((path) => ({ params: { file: path.slice('/schema/'.length) } }))) satisfies GetStaticPaths;

/** `/schema/<export>.schema.json`: the JSON Schema of an export, generated from its zod schema. */
export const GET: APIRoute = ({ params, site }) =>
  jsonResponse(exportSchema(`/schema/${params['file'] ?? ''}`, siteUrls(requireSite(site, 'the export schemas'))));
