import type { ControlsReason } from '../controls-reasons'
import type { Messages } from '../define'
import { regionName } from './region-names'

/** The trade-off controls' own words in Korean. */
export const controls: Messages<ControlsReason> = {
  'controls.tasks-value': ({ count }) => `서비스당 태스크 ${count}개`,
  'controls.task-count-name': ({ kind, service }) => `${kind === 'tasks' ? '태스크 수' : '인스턴스 수'}: ${service}`,
  'controls.fargate-size': ({ vcpu, memoryGb }) => `${vcpu} vCPU · ${memoryGb} GB`,
  'controls.no-fargate-services': () => 'Fargate 서비스 없음',
  'controls.az-count': ({ count }) => `가용 영역 ${count}개`,
  'controls.region-option': ({ region }) => `${regionName(region)} · ${region}`,
  'controls.peak-unit': ({ peakName }) => `req/s · ${peakName}`,
  'controls.not-a-number': () => '숫자를 입력하세요.',
  'controls.out-of-range': ({ min, max }) => `${min}에서 ${max} 사이의 숫자를 입력하세요.`,
}
