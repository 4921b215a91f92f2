import { z } from 'zod'
import { NotModelledSchema } from '../../lib/model/not-modelled'
import { ScenarioSchema } from '../../lib/model/scenario'
import { SlugSchema } from '../../lib/model/primitives'

/** A ready-made scenario from a seed document, with the notes that explain its figures. */
export const PresetSchema = z.object({
  id: SlugSchema,
  title: z.string().min(1),
  description: z.string().min(1),
  seed: z.string().min(1),
  /** Figures the seed states, for comparison with ArchDeck's own computation. */
  seedFigures: z.array(z.object({ label: z.string(), value: z.string() })).default([]),
  /** Why a line differs from the seed, and every assumption the seed did not state. */
  notes: z.array(z.string()),
  /** What the seed has that the model lacks; the Overview lists it under "Not modelled". */
  notModelled: z.array(NotModelledSchema).optional(),
  scenario: ScenarioSchema,
})
export type Preset = z.infer<typeof PresetSchema>
export type PresetInput = z.input<typeof PresetSchema>
