import { z } from 'zod'

/** The figures a decision is judged on, frozen when it is recorded so later price changes cannot rewrite history. */
export const FrozenFiguresSchema = z.strictObject({
  monthlyUsd: z.number(),
  monthlyKrw: z.number(),
  costComplete: z.boolean(),
  withinBudget: z.boolean(),
  autoRecovered: z.number().int(),
  scenarioCount: z.number().int(),
  worstP95Ms: z.number().nullable(),
  meetsSla: z.boolean(),
  highFindings: z.number().int(),
  priceCatalogCompiled: z.string(),
})
export type FrozenFigures = z.infer<typeof FrozenFiguresSchema>

export const DecisionOptionSchema = z.strictObject({
  /** Scenario id in the workspace, and the version the option referred to. */
  scenarioId: z.string().min(1),
  version: z.number().int().min(1),
  name: z.string().min(1).max(120),
  figures: FrozenFiguresSchema,
})
export type DecisionOption = z.infer<typeof DecisionOptionSchema>

/** An architecture decision record: what was decided among which plans, why, and with what numbers. */
export const DecisionInputSchema = z.strictObject({
  title: z.string().trim().min(1, 'give the decision a title').max(160),
  context: z.string().max(10_000),
  options: z.array(DecisionOptionSchema).min(1, 'link at least one scenario').max(8),
  /** scenarioId of the chosen option. */
  chosenScenarioId: z.string().min(1),
  consequences: z.string().max(10_000),
  status: z.enum(['proposed', 'accepted', 'superseded']).default('accepted'),
})
export type DecisionInput = z.infer<typeof DecisionInputSchema>

export type Decision = DecisionInput & {
  id: string
  /** Sequence within the workspace: 1, 2, 3 → 0001-title.md */
  number: number
  workspaceId: string
  decidedAt: string
}
