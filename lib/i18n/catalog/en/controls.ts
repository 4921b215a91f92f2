import { plural } from '../../plural'
import type { ControlsReason } from '../controls-reasons'
import type { Messages } from '../define'
import { regionName } from './region-names'

/** The trade-off controls' own words in English. */
export const controls: Messages<ControlsReason> = {
  'controls.tasks-value': ({ count }) => `${count} ${plural('en', count, { one: 'task', other: 'tasks' })} per service`,
  'controls.task-count-name': ({ kind, service }) => `${kind === 'tasks' ? 'Tasks' : 'Instances'}: ${service}`,
  'controls.fargate-size': ({ vcpu, memoryGb }) => `${vcpu} vCPU · ${memoryGb} GB`,
  'controls.no-fargate-services': () => 'No Fargate services',
  'controls.az-count': ({ count }) => `${count} AZs`,
  'controls.region-option': ({ region }) => `${regionName(region)} · ${region}`,
  'controls.peak-unit': ({ peakName }) => `req/s · ${peakName}`,
  'controls.not-a-number': () => 'Enter a number.',
  'controls.out-of-range': ({ min, max }) => `Enter a number from ${min} to ${max}.`,
}
