import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() from next/navigation: a page the person may not see answers 403 with app/(portal)/forbidden.tsx.
  experimental: { authInterrupts: true },
  async headers() {
    // Static assets skip the proxy; they still get the headers that need no nonce.
    return [{ source: "/:path*", headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
