import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP server on this machine that counts what reaches it, so a test
 * can prove that an outbound fetch never got there (or got there exactly once).
 */
export interface CountingServer {
  server: Server;
  port: number;
  /** Request paths in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const answerOk: Handler = (_request, response) => {
  response.writeHead(200, { "content-type": "text/plain" });
  response.end("reached");
};

export async function startCountingServer(
  host: string,
  port = 0,
  handler: Handler = answerOk,
): Promise<CountingServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? "");
    handler(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // "::" also takes IPv4 (dual stack), so every spelling of this machine's address lands here.
    server.listen({ host, port, ipv6Only: false }, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (taken and released at once). */
export async function closedPort(): Promise<number> {
  const probe = await startCountingServer("127.0.0.1");
  await probe.close();
  return probe.port;
}
