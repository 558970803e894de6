// Serves one App Router route handler over node:http on 127.0.0.1, so a bench pays for HTTP as real clients do.
import http from "node:http";
import type { AddressInfo } from "node:net";

type RouteHandler = (request: Request, context: undefined) => Promise<Response>;

export type BridgeServer = { url: string; close: () => Promise<void> };

function toHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** The request body as a web stream, as Next hands it to route handlers (the handler reads and caps it). */
function bodyStream(req: http.IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => controller.enqueue(chunk));
      req.on("end", () => controller.close());
      req.on("error", (error) => controller.error(error));
    },
    cancel() {
      req.destroy();
    },
  });
}

async function forward(handler: RouteHandler, origin: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  try {
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    // `duplex` is required by undici for stream bodies but missing from TypeScript's RequestInit.
    const init: RequestInit & { duplex?: "half" } = { method: req.method, headers: toHeaders(req.headers) };
    if (hasBody) {
      init.body = bodyStream(req);
      init.duplex = "half";
    }
    const response = await handler(new Request(new URL(req.url ?? "/", origin), init), undefined);
    const payload = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    res.end(payload);
  } catch (error) {
    console.error("bench bridge: handler failed", error);
    res.writeHead(500, { "content-type": "text/plain" });
    res.end("bridge error");
  }
}

/** Starts a server on 127.0.0.1 and a free port; every request goes to `handler`. */
export async function serveRoute(handler: RouteHandler): Promise<BridgeServer> {
  let origin = "";
  const server = http.createServer((req, res) => void forward(handler, origin, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets of the client would hold close() open.
        server.closeAllConnections();
      }),
  };
}
