import { listWords, text, type Text } from '../explain/text'
import type { Service } from '../model'
import { withJosa } from '../narrative/josa'
import type { TaskReplacement } from './task-replacement'

/** The closing sentence of every scenario about stateless tasks. */
export const TASKS_KEEP_NO_DATA = text('Tasks keep no data, so nothing is lost (RPO 0).', '태스크는 데이터를 보관하지 않으므로 잃는 데이터가 없습니다(RPO 0).')

/** When no service runs a task, there is nothing to replace. */
export const NO_TASK_RUNS = text('No service runs a task.', '태스크를 실행하는 서비스가 없습니다.')

/**
 * The sentence behind a replacement time.
 * Example: "ECS starts a replacement on its own. The slowest, Order service, takes
 * 25 s × 2 + 45 s = 95 s → 2 min: 50 s of failed health checks … then a Fargate task pulls its
 * image and starts in about 45 s; times are rounded up to the next half minute."
 */
export function describeReplacement(r: TaskReplacement): Text {
  return {
    en:
      `${r.replacer.en} starts a replacement on its own. The slowest, ${r.serviceName}, takes ${r.formula}: ` +
      `${r.detectionSeconds} s of failed health checks before a hung task is replaced (a task that exits is noticed at once), ` +
      `then ${r.startDescription.en}; times are rounded up to the next half minute.`,
    ko:
      `${withJosa(r.replacer.ko, '이/가')} 스스로 교체를 시작합니다. 가장 느린 ${withJosa(r.serviceName, '은/는')} ${r.formula} 걸립니다. ` +
      `멈춘 태스크는 헬스 체크가 ${r.detectionSeconds}초 동안 실패해야 교체되고(종료된 태스크는 즉시 감지됩니다), ` +
      `이어서 ${r.startDescription.ko}가 걸립니다. 시간은 30초 단위로 올림합니다.`,
  }
}

/**
 * Whether users notice: only services with a single task have an outage.
 * Example: two services with 2 tasks each → "… users see no outage, only reduced capacity …".
 */
export function describeOutage(running: readonly Service[]): Text | null {
  if (running.length === 0) return null
  const singles = running.filter((s) => s.count.desired === 1)
  if (singles.length === 0)
    return text(
      'Every running service has 2 or more tasks, so users see no outage, only reduced capacity until the replacement is healthy.',
      '실행 중인 모든 서비스가 태스크를 2개 이상 두므로, 사용자는 중단 없이 교체 태스크가 정상이 될 때까지 줄어든 용량만 겪습니다.',
    )
  const names = listWords(singles.map((s) => s.name))
  const verb = singles.length === 1 ? 'runs a single task' : 'each run a single task'
  const whose = singles.length === 1 ? 'its' : 'their'
  return {
    en: `${names.en} ${verb}, so ${whose} users see an outage until the replacement is healthy.`,
    ko: `${withJosa(names.ko, '은/는')} 태스크가 하나뿐이라, 교체 태스크가 정상이 될 때까지 사용자가 중단을 겪습니다.`,
  }
}

/**
 * detect → replace → healthy, with the slowest service's numbers.
 * Example: ["The health check fails 2 times, 25 s apart (50 s); …", "ECS starts a replacement: …", "…"].
 */
export function describeReplacementSteps(r: TaskReplacement, loadBalanced: boolean): Text[] {
  return [
    {
      en: `The health check fails ${r.unhealthyThreshold} times, ${r.intervalSeconds} s apart (${r.detectionSeconds} s); a task that exits is noticed at once.`,
      ko: `헬스 체크가 ${r.intervalSeconds}초 간격으로 ${r.unhealthyThreshold}번 실패합니다(${r.detectionSeconds}초). 종료된 태스크는 즉시 감지됩니다.`,
    },
    {
      en: `${r.replacer.en} starts a replacement: ${r.startDescription.en}.`,
      ko: `${withJosa(r.replacer.ko, '이/가')} 교체를 시작합니다. ${r.startDescription.ko}가 걸립니다.`,
    },
    loadBalanced
      ? text(
          'The replacement passes its health check and the load balancer sends it traffic again.',
          '교체 태스크가 헬스 체크를 통과하면 로드 밸런서가 다시 트래픽을 보냅니다.',
        )
      : text('The replacement passes its health check and takes work again.', '교체 태스크가 헬스 체크를 통과하고 다시 일을 받습니다.'),
  ]
}
