import { z } from 'zod'
import { ArchitectureConfigSchema } from './architecture'
import { RequirementsSchema } from './requirements'

/** What a user edits and exports: the architecture and the stakeholders' demands on it. */
export const ScenarioSchema = z.strictObject({
  config: ArchitectureConfigSchema,
  requirements: RequirementsSchema,
})
export type Scenario = z.infer<typeof ScenarioSchema>
