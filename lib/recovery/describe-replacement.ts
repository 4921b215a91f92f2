import type { Service } from '../model'
import { joinWords } from './join-words'
import type { TaskReplacement } from './task-replacement'

/**
 * The sentence behind a replacement time.
 * Example: "ECS starts a replacement on its own. The slowest, Order service, takes
 * 25 s × 2 + 45 s = 95 s → 2 min: 50 s of failed health checks … then a Fargate task pulls its
 * image and starts in about 45 s; times are rounded up to the next half minute."
 */
export function describeReplacement(r: TaskReplacement): string {
  return (
    `${r.replacer} starts a replacement on its own. The slowest, ${r.serviceName}, takes ${r.formula}: ` +
    `${r.detectionSeconds} s of failed health checks before a hung task is replaced (a task that exits is noticed at once), ` +
    `then ${r.startDescription}; times are rounded up to the next half minute.`
  )
}

/**
 * Whether users notice: only services with a single task have an outage.
 * Example: two services with 2 tasks each → "… users see no outage, only reduced capacity …".
 */
export function describeOutage(running: readonly Service[]): string {
  if (running.length === 0) return ''
  const singles = running.filter((s) => s.count.desired === 1)
  if (singles.length === 0)
    return 'Every running service has 2 or more tasks, so users see no outage, only reduced capacity until the replacement is healthy.'
  const verb = singles.length === 1 ? 'runs a single task' : 'each run a single task'
  const whose = singles.length === 1 ? 'its' : 'their'
  return `${joinWords(singles.map((s) => s.name))} ${verb}, so ${whose} users see an outage until the replacement is healthy.`
}

/**
 * detect → replace → healthy, with the slowest service's numbers.
 * Example: ["The health check fails 2 times, 25 s apart (50 s); …", "ECS starts a replacement: …", "…"].
 */
export function describeReplacementSteps(r: TaskReplacement, loadBalanced: boolean): string[] {
  return [
    `The health check fails ${r.unhealthyThreshold} times, ${r.intervalSeconds} s apart (${r.detectionSeconds} s); a task that exits is noticed at once.`,
    `${r.replacer} starts a replacement: ${r.startDescription}.`,
    loadBalanced
      ? 'The replacement passes its health check and the load balancer sends it traffic again.'
      : 'The replacement passes its health check and takes work again.',
  ]
}
