import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route's answer: a status, headers and a body; or `hang` for a server that never answers. */
export type LoopbackAnswer = { status?: number; headers?: Record<string, string>; body?: string | Uint8Array } | 'hang';

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request's path, in order, for tests that count how the server was asked. */
  requests: { path: string; userAgent: string | undefined }[];
  close(): Promise<void>;
}

/** A web server on 127.0.0.1 only, so network behaviour is tested without the internet. */
export async function startLoopbackServer(
  answer: (path: string, request: IncomingMessage) => LoopbackAnswer | undefined,
): Promise<LoopbackServer> {
  const requests: LoopbackServer['requests'] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, userAgent: request.headers['user-agent'] });
    const reply = answer(path, request) ?? { status: 404, body: 'not found' };
    if (reply === 'hang') {
      hanging.add(response);
      return;
    }
    response.writeHead(reply.status ?? 200, reply.headers ?? {});
    response.end(reply.body ?? '');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((closed) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => {
          closed();
        });
      }),
  };
}
