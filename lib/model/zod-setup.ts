import { z } from 'zod'

// Validate without compiling validators through `new Function`: the Content-Security-Policy forbids
// eval, and zod's probe for it would otherwise report a violation on every page load.
z.config({ jitless: true })
