import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import {
  HTTPS_HEADER,
  NON_PAGE_CONTENT_SECURITY_POLICY,
  STATIC_SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Native SQLite drivers must be loaded by Node at run time, not bundled; pdfkit
  // and exceljs read their own data files (fonts, templates) from node_modules.
  serverExternalPackages: [
    "@prisma/adapter-libsql",
    "@libsql/client",
    "libsql",
    "@prisma/adapter-pg",
    "pg",
    "pdfkit",
    "exceljs",
  ],
  // A self-contained server in .next/standalone (see Dockerfile); `next start` keeps working.
  output: "standalone",
  // Read from disk at run time, so file tracing cannot see them: the PDF fonts and the
  // migrations that /api/health compares the store with.
  outputFileTracingIncludes: {
    "/**": [
      "./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans*.ttf",
      "./prisma/migrations/**/*",
      "./prisma/postgresql/migrations/**/*",
      "./node_modules/.prisma/client-postgresql/**/*",
      "./node_modules/@libsql/linux-x64-gnu/**/*",
    ],
  },
  poweredByHeader: false,
  typedRoutes: false,
  // Pages get their Content Security Policy (with a nonce) and HSTS from proxy.ts.
  async headers() {
    const nonPage = "/:prefix(api|_next)/:path*";
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      { source: nonPage, headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CONTENT_SECURITY_POLICY }] },
      {
        source: nonPage,
        has: [{ type: "header", key: HTTPS_HEADER, value: "1" }],
        headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
