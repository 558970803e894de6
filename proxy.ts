// Requests for pages and auth pass here: pages without a session go to the login page, and every response gets security headers.
// This only redirects pages; authorisation happens on the server in each page, action and route handler.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getAuthSecret } from "@/lib/auth/secret";
import { buildContentSecurityPolicy, SECURITY_HEADERS } from "@/lib/security-headers";

const PUBLIC_PAGES = ["/login"];

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildContentSecurityPolicy(nonce, process.env.NODE_ENV === "development");

  const isApi = pathname.startsWith("/api/");
  const isPublic = isApi || PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(page + "/"));
  if (!isPublic) {
    const token = await getToken({ req: request, secret: getAuthSecret() });
    if (!token) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", pathname + search);
      return withSecurityHeaders(NextResponse.redirect(login), csp);
    }
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-pathname", pathname);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

// /api/v1 is left out: its handlers authenticate every request themselves, and a request the proxy sees has its body
// buffered for it, up to 10 MB and silently cut there, so a cost file or an SLI batch past 10 MB would reach its handler
// truncated (and held in memory twice). Its responses get their headers from next.config.ts.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/v1/).*)"],
};
