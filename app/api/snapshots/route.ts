import { z } from 'zod'
import { storeSnapshot } from '@/server/snapshots'
import { handleRoute, json, readJsonBody } from '@/server/workspaces/http'

const SnapshotBody = z.strictObject({ scenario: z.unknown() })

/**
 * A 200-service design is about 270 KB of JSON, past the workspace routes' 256 KB; 1 MB leaves room
 * for long names at the schema's limits and still stops abuse before parsing.
 */
const MAX_SNAPSHOT_BODY_BYTES = 1024 * 1024

/**
 * POST { scenario } → 201 { id }: stores the design as an immutable snapshot that
 * `/present?snap=<id>` and `/compare?snap=<id>` open (docs/decisions/017). The id is the design's
 * content address, so posting the same design again answers the same id and stores nothing new.
 * A design the schema refuses (broken, or over the evaluation limits) is 400 with field errors.
 */
export const POST = handleRoute(async (request: Request) => {
  const { scenario } = await readJsonBody(request, SnapshotBody, MAX_SNAPSHOT_BODY_BYTES)
  return json(await storeSnapshot(scenario), 201)
})
