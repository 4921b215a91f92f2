import { z } from 'zod'

/**
 * What a seed has that the model lacks: each preset lists them (data/presets, `notModelled`) and the
 * Overview shows them under "Not modelled", so nothing the seed names is silently absent.
 */

/** Components a seed names that the model has no place for, or charges it does not price. */
export const NotModelledComponentSchema = z.enum([
  's3',
  'lambda',
  'api-gateway',
  'eventbridge',
  'ecr',
  'route53',
  'athena',
  'prometheus',
  'grafana',
  'network-acls',
])
export type NotModelledComponent = z.infer<typeof NotModelledComponentSchema>

/**
 * Why it is absent: the model has no component for it; it runs on the team's own instances; the seed
 * itself calls its cost negligible; the seed only plans it; or the security engine does not judge it.
 */
export const NotModelledWhySchema = z.enum(['no-component', 'self-hosted', 'seed-calls-negligible', 'seed-plans-it', 'not-judged'])
export type NotModelledWhy = z.infer<typeof NotModelledWhySchema>

/** One thing a seed has that the design leaves out. */
export const NotModelledSchema = z.strictObject({
  component: NotModelledComponentSchema,
  /** The seed that names it: '000' for shared/seeds/000_*.txt. */
  seed: z.enum(['000', '001', '002', '003', '004']),
  why: NotModelledWhySchema,
})
export type NotModelled = z.infer<typeof NotModelledSchema>
