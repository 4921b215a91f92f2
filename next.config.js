import { SECURITY_HEADERS } from './server/http/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` builds into .next-test (ARCHDECK_DIST_DIR) so it never replaces the build that a running
  // `npm start` serves from .next (docs/decisions/008-one-process-per-data-directory.md).
  distDir: process.env.ARCHDECK_DIST_DIR?.trim() || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // The HCL parser of /api/import loads its WebAssembly and Node built-ins at run time: required
  // from node_modules as it is, not bundled (bundling cannot resolve its optional requires).
  serverExternalPackages: ['@cdktf/hcl2json'],
  experimental: {
    // With a proxy, Next.js buffers each request body for it, and cuts a longer one short. The
    // workspace API refuses bodies over 256 KB (server/workspaces/http/read-json-body.ts); an import
    // of Terraform files takes up to 10 MB (IMPORT_LIMITS in lib/import/types.ts, 413 beyond).
    proxyClientMaxBodySize: '10mb',
  },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }]
  },
}

export default nextConfig
