import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Native SQLite drivers must be loaded by Node at run time, not bundled; pdfkit
  // and exceljs read their own data files (fonts, templates) from node_modules.
  serverExternalPackages: ["@prisma/adapter-libsql", "@libsql/client", "libsql", "pdfkit", "exceljs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
