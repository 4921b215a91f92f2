import { importTerraform } from '@/lib/import'
import { handleImport } from '@/server/import/handle-import'

// The HCL parser is WebAssembly loaded from node_modules: Node.js, not the edge runtime.
export const runtime = 'nodejs'

/**
 * POST { files: [{ path, text }], vars? } → the import's result, `{ ok, scenario, report }` or
 * `{ ok: false, errors }` (server/import/handle-import.ts). Nothing is stored: the browser keeps
 * the design until its reader presses "Use this design".
 */
export const POST = handleImport(importTerraform)
