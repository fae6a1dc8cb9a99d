import type { APIRoute } from 'astro';
import { getSourceMap } from '../data/content.ts';
import { cslLibrary } from '../outputs/csl.ts';
import { jsonResponse } from '../outputs/responses.ts';

/** `/sources.csl.json`: the source library in CSL-JSON, for Zotero, Pandoc and the like. */
export const GET: APIRoute = async () => jsonResponse(cslLibrary((await getSourceMap()).values()));
