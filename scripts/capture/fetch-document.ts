/**
 * Fetching a source over the network for `npm run new:source -- <url>` and `npm run check:sources`.
 * Everything fetched is untrusted: it is read as bytes, never run.
 */

/** The user agent that names the project, so a site's operators know who is asking. */
export const USER_AGENT = 'Corroborate/0.1 (captures and re-checks the sources of a sourced-briefing site)';

/** A document as the server sent it. */
export interface FetchedDocument {
  /** The address it was finally fetched from, after redirects. */
  url: string;
  kind: 'html' | 'pdf';
  bytes: Uint8Array;
}

/** A failure worded for the editor; the command prints its message, never a stack trace. */
export class FetchProblem extends Error {
  /** `dead`: the server says the page is gone; `unreachable`: it may come back; `unsupported`: not HTML or PDF. */
  readonly kind: 'dead' | 'unreachable' | 'unsupported';
  constructor(kind: FetchProblem['kind'], message: string) {
    super(message);
    this.kind = kind;
    this.name = 'FetchProblem';
  }
}

export interface FetchOptions {
  /** Milliseconds to wait for the whole answer. */
  timeout: number;
  /** Largest document read, in bytes; a report of hundreds of pages fits well below the default. */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/** Why a request failed, in words: Node's fetch hides the reason in `cause`. */
export function describeFailure(error: unknown, timeout: number): FetchProblem {
  const failure = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError')
    return new FetchProblem('unreachable', `gave no answer within ${timeout / 1000} s`);
  const code = failure.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new FetchProblem(
      code === 'ENOTFOUND' ? 'dead' : 'unreachable',
      'names a host that could not be found (offline, or no such host)',
    );
  if (code === 'ECONNREFUSED') return new FetchProblem('unreachable', 'refused the connection');
  if (code === 'ECONNRESET') return new FetchProblem('unreachable', 'closed the connection');
  return new FetchProblem('unreachable', `could not be reached (${code ?? failure.cause?.message ?? failure.message})`);
}

/** HTML or PDF by the server's content type, else by the document's first bytes. */
function documentKind(contentType: string, bytes: Uint8Array): 'html' | 'pdf' | undefined {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  const start = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (start.startsWith('%pdf-')) return 'pdf';
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  return undefined;
}

/**
 * Fetches a web page or PDF. Redirects are followed; an answer other than 2xx, a timeout, a
 * refused connection, an unknown host, a document too large or neither HTML nor PDF all throw a
 * {@link FetchProblem} that says which.
 */
export async function fetchDocument(address: string, options: FetchOptions): Promise<FetchedDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await fetch(address, {
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeout),
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel();
      const kind = response.status === 404 || response.status === 410 ? 'dead' : 'unreachable';
      throw new FetchProblem(
        kind,
        `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      );
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw new FetchProblem('unsupported', `is ${declared} bytes, more than the ${maxBytes} read`);
    }
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof FetchProblem) throw error;
    throw describeFailure(error, options.timeout);
  }
  if (bytes.length > maxBytes)
    throw new FetchProblem('unsupported', `is ${bytes.length} bytes, more than the ${maxBytes} read`);
  const contentType = response.headers.get('content-type') ?? '';
  const kind = documentKind(contentType, bytes);
  if (kind === undefined)
    throw new FetchProblem(
      'unsupported',
      `is neither a web page nor a PDF (${contentType ? `content type ${contentType}` : 'no content type'}); save its text as a snapshot by hand`,
    );
  return { url: response.url || address, kind, bytes };
}
