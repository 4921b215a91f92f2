import { SECURITY_HEADERS } from './server/http/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` builds into .next-test (ARCHDECK_DIST_DIR) so it never replaces the build that a running
  // `npm start` serves from .next (docs/decisions/008-one-process-per-data-directory.md).
  distDir: process.env.ARCHDECK_DIST_DIR?.trim() || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // With a proxy, Next.js buffers each request body for it; the API refuses bodies over 256 KB
    // anyway (server/workspaces/http/read-json-body.ts), so buffer no more than 1 MB of one.
    proxyClientMaxBodySize: '1mb',
  },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }]
  },
}

export default nextConfig
