import { PRESETS } from '@/data/presets'

/** The preset list for the picker: ids, titles and the notes that explain each one. */
export function GET() {
  return Response.json({
    presets: PRESETS.map(({ id, title, description, seed, seedFigures, notes, scenario }) => ({
      id,
      title,
      description,
      seed,
      seedFigures,
      notes,
      region: scenario.config.region,
    })),
  })
}
