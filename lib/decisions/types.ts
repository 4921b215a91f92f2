import { z } from 'zod'

/**
 * The figures a decision is judged on, frozen when it is recorded so later price changes cannot
 * rewrite history. Computed by the server from the stored version (lib/decisions/freeze-figures.ts);
 * none of them can be negative or infinite, so a record read back from storage that says so was not
 * written by ArchDeck.
 */
export const FrozenFiguresSchema = z.strictObject({
  monthlyUsd: z.number().min(0, 'must not be negative'),
  monthlyKrw: z.number().min(0, 'must not be negative'),
  costComplete: z.boolean(),
  withinBudget: z.boolean(),
  autoRecovered: z.number().int().min(0, 'must not be negative'),
  scenarioCount: z.number().int().min(0, 'must not be negative'),
  /** null: overloaded at peak (the queue grows without bound). */
  worstP95Ms: z.number().min(0, 'must not be negative').nullable(),
  meetsSla: z.boolean(),
  highFindings: z.number().int().min(0, 'must not be negative'),
  priceCatalogCompiled: z.string().max(40),
})
export type FrozenFigures = z.infer<typeof FrozenFiguresSchema>

const DecisionOptionSchema = z.strictObject({
  /** Scenario id in the workspace, and the version the option referred to. */
  scenarioId: z.string().min(1),
  /** At most PostgreSQL's integer, like every version number (server/workspaces/inputs.ts). */
  version: z.number().int().min(1).max(2_147_483_647),
  name: z.string().min(1).max(120),
  figures: FrozenFiguresSchema,
})
export type DecisionOption = z.infer<typeof DecisionOptionSchema>

/** The record's fields around its options, in the order they are stored. */
function decisionSchema<Option extends z.ZodType>(option: Option) {
  return z.strictObject({
    title: z.string().trim().min(1, 'give the decision a title').max(160),
    context: z.string().max(10_000),
    options: z.array(option).min(1, 'link at least one scenario').max(8),
    /** scenarioId of the chosen option. */
    chosenScenarioId: z.string().min(1),
    consequences: z.string().max(10_000),
    status: z.enum(['proposed', 'accepted', 'superseded']).default('accepted'),
  })
}

/** An architecture decision record as stored: what was decided among which plans, why, and with what numbers. */
export const DecisionInputSchema = decisionSchema(DecisionOptionSchema)
export type DecisionInput = z.infer<typeof DecisionInputSchema>

/**
 * What a client posts to record a decision: the same, but each option's `figures` may be left out.
 * The server computes them from the stored version either way and ignores any it is sent (older
 * dashboards still send them; they are checked for shape, so a negative or infinite figure is a
 * 400, then dropped). Refusing figures that merely differ would refuse every decision taken while
 * the browser runs an older price catalog than the server.
 */
export const DecisionRequestSchema = decisionSchema(DecisionOptionSchema.extend({ figures: FrozenFiguresSchema.optional() }))
export type DecisionRequest = z.infer<typeof DecisionRequestSchema>

export type Decision = DecisionInput & {
  id: string
  /** Sequence within the workspace: 1, 2, 3 → 0001-title.md */
  number: number
  workspaceId: string
  decidedAt: string
}
