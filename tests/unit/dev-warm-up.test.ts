import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { briefingOfPage } from '../../src/integration/briefing-of-request.ts';
import { warmUpOnFirstView } from '../../src/integration/dev-warm-up.ts';

/*
 * `astro dev` warms the check for a briefing the first time its page is served, so the editor's
 * first save to it is checked as fast as the ones after it.
 */

/** Asks for a page through the middleware; resolves once the warm-up had its chance to start. */
async function serve(middleware: ReturnType<typeof warmUpOnFirstView>, url: string): Promise<boolean> {
  const request = Object.assign(new EventEmitter(), { url });
  const response = new EventEmitter();
  let passedOn = false;
  middleware(request as unknown as IncomingMessage, response as unknown as ServerResponse, () => {
    passedOn = true;
  });
  await new Promise((resolve) => setImmediate(resolve));
  return passedOn;
}

describe('the dev warm-up on a first view', () => {
  it('warms a briefing while its page is first rendered, and only the first time', async () => {
    const warmUp = vi.fn(() => Promise.resolve(1));
    const middleware = warmUpOnFirstView(warmUp, '/');
    expect(await serve(middleware, '/briefings/lazarus-exchange-thefts/')).toBe(true);
    expect(warmUp).toHaveBeenCalledWith('content/briefings/lazarus-exchange-thefts.mdx');
    expect(await serve(middleware, '/briefings/lazarus-exchange-thefts/?reload=1')).toBe(true);
    expect(warmUp).toHaveBeenCalledTimes(1);
  });

  it('leaves other pages alone, and never holds a request back', async () => {
    const warmUp = vi.fn(() => Promise.reject(new Error('the check failed')));
    const middleware = warmUpOnFirstView(warmUp, '/news/');
    expect(await serve(middleware, '/news/sources/group-ib/')).toBe(true);
    expect(await serve(middleware, '/news/briefings/')).toBe(true);
    expect(await serve(middleware, '/news/briefings/%E0%A4%A/')).toBe(true);
    expect(warmUp).not.toHaveBeenCalled();
    // A warm-up that fails is only a slower first save: the request was answered all the same.
    expect(await serve(middleware, '/news/briefings/a-briefing/')).toBe(true);
    expect(warmUp).toHaveBeenCalledWith('content/briefings/a-briefing.mdx');
  });

  it('finds the briefing a page shows', () => {
    expect(briefingOfPage('/briefings/a/', '/')).toBe('content/briefings/a.mdx');
    expect(briefingOfPage('/site/briefings/a', '/site/')).toBe('content/briefings/a.mdx');
    expect(briefingOfPage('/briefings/a/evidence/', '/')).toBeUndefined();
    expect(briefingOfPage('/other/briefings/a/', '/site/')).toBeUndefined();
  });
});
