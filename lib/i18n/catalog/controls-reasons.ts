import type { Reason } from '../../explain/reason'

/**
 * What the trade-off controls say beyond their labels (those are the ui namespace's): option
 * names, a field's complaint about what was typed, and accessible names and values built from a
 * count or a service name. Keys of the `controls` namespace; lib/i18n/catalog/<language>/controls.ts
 * words them.
 */
type Control<Code extends string, Params extends object = Record<string, never>> = Reason<`controls.${Code}`, Params>

export type ControlsReason =
  | Control<'tasks-value', { count: number }>
  | Control<'task-count-name', { kind: 'tasks' | 'instances'; service: string }>
  | Control<'fargate-size', { vcpu: number; memoryGb: number }>
  | Control<'no-fargate-services'>
  | Control<'az-count', { count: number }>
  | Control<'region-option', { region: string }>
  | Control<'peak-unit', { peakName: string }>
  | Control<'not-a-number'>
  | Control<'out-of-range', { min: string; max: string }>
