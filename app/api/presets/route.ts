import { PRESETS } from '@/data/presets'
import { handleRoute } from '@/server/workspaces/http'

/** The preset list for the picker: ids, titles and the notes that explain each one. */
export const GET = handleRoute(async () =>
  Response.json({
    presets: PRESETS.map(({ id, title, description, seed, seedFigures, notes, scenario }) => ({
      id,
      title,
      description,
      seed,
      seedFigures,
      notes,
      region: scenario.config.region,
    })),
  }),
)
