import type { z } from 'zod'
import { describeModelIssue } from './model-issue-english'
import type { ModelIssue } from './model-issues'

/** What a custom issue carries beside its message: its reason, and whether it is a limit. */
type IssueParams = { reason: ModelIssue; limit?: true }

/**
 * The message and params of a custom issue (a refine, or addIssue in a superRefine), so the field
 * error carries the issue's code and facts and not only its English words.
 * z.string().refine(isIpv4Cidr, modelIssue({ code: 'model.cidr-shape', params: {} }))
 */
export function modelIssue(reason: ModelIssue, options: { limit?: boolean } = {}): { message: string; params: IssueParams } {
  return { message: describeModelIssue(reason), params: options.limit ? { reason, limit: true } : { reason } }
}

/** The reason a custom issue carries (see modelIssue), if any. */
export function readIssueReason(issue: z.core.$ZodIssue): ModelIssue | undefined {
  return issue.code === 'custom' ? (issue.params as Partial<IssueParams> | undefined)?.reason : undefined
}

/** True for an issue that says a value or the design is over ArchDeck's limits (zod's too_big, or a custom issue marked so). */
export function isLimitIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'too_big' || (issue.code === 'custom' && (issue.params as Partial<IssueParams> | undefined)?.limit === true)
}
