import type { Messages } from '../define'
import type { EditName, HistoryStep, NoticeReason } from '../notice-reasons'
import { model } from './model'

const EDITS: Record<EditName, string> = {
  'tasks-per-service': 'Tasks per service',
  'max-tasks-per-service': 'Max tasks per service',
  'task-count': 'Task count',
  'db-multi-az': 'Database Multi-AZ',
  'nat-gateways': 'NAT gateways',
  'db-class': 'Database class',
  'az-count': 'Availability zones',
  'fargate-size': 'Fargate task size',
  budget: 'Monthly budget',
  'peak-traffic': 'Peak traffic',
  region: 'Region',
  'nat-outbound': 'NAT outbound traffic',
  'service-add': 'Add service',
  'service-remove': 'Remove service',
  'service-name': 'Service name',
  'service-compute': 'Fargate or EC2',
  'service-size': 'Task size',
  'service-instance-type': 'Instance type',
  'service-count': 'Task count range',
  'service-scaling': 'Autoscaling',
  'service-port': 'Service port',
  'service-health-check': 'Health check',
  'service-load-balancer': 'Load balancer link',
  'service-security-groups': 'Service security groups',
  'service-rollback': 'Automatic rollback',
  'service-performance': 'Service time and traffic share',
  'sla-p95': 'p95 target',
  'recovery-objectives': 'Recovery objectives',
  'db-engine': 'Database engine',
  'db-storage': 'Database storage',
  'db-replicas': 'Read replicas',
  'db-backups': 'Backup retention',
  'db-insights': 'Performance Insights',
  'db-encryption': 'Database encryption',
  'db-public-access': 'Database public access',
  'cache-add': 'Add cache',
  'cache-remove': 'Remove cache',
  'cache-settings': 'Cache settings',
  'lb-add': 'Add load balancer',
  'lb-remove': 'Remove load balancer',
  'lb-scheme': 'Load balancer scheme',
  'lb-routing': 'Load balancer routing',
  'lb-listener-add': 'Add listener',
  'lb-listener-remove': 'Remove listener',
  'nat-mode': 'NAT mode',
  'nat-instance-type': 'NAT instance type',
  'vpc-endpoint': 'VPC endpoint',
  'bastion-add': 'Add bastion',
  'bastion-remove': 'Remove bastion',
  'bastion-instance-type': 'Bastion instance type',
  ssm: 'Session Manager',
  'instance-connect-endpoint': 'EC2 Instance Connect endpoint',
  'sg-add': 'Add security group',
  'sg-remove': 'Remove security group',
  'sg-rule-add': 'Add rule',
  'sg-rule-remove': 'Remove rule',
}

/** An undo step's name: the edit's, or what replaced the whole design. */
export const STEPS: Record<HistoryStep, string> = {
  ...EDITS,
  preset: 'Preset change',
  import: 'Import config',
  replace: 'Design replacement',
}

/** The dashboard's notices in English, with the model's field errors in its words. */
export const notice: Messages<NoticeReason> = {
  'notice.link-refused': ({ overLimits, ...list }) =>
    `The link ${overLimits ? 'asks for more than ArchDeck evaluates' : 'could not be opened'}: ${model['model.problem-list'](list)}. Showing the default preset instead.`,
  'notice.link-unknown-preset': ({ id }) => `The link names an unknown preset "${id}". Showing the default preset instead.`,
  'notice.link-snapshot-missing': ({ unavailable }) =>
    unavailable
      ? 'The store of linked designs did not answer, so the linked design cannot be opened now; try the link again in a moment. Showing the default preset instead.'
      : 'The link names a stored design this server does not have (it may come from another ArchDeck server). Showing the default preset instead.',
  'notice.edit-refused': ({ edit, ...list }) => `${EDITS[edit]} was not applied: ${model['model.problem-list'](list)}`,
  'notice.unknown-preset': ({ id }) => `Unknown preset "${id}".`,
  'notice.import-refused': ({ fileName, ...list }) => `${fileName} was not imported: ${model['model.problem-list'](list)}. Your current work is unchanged.`,
  'notice.imported': ({ fileName }) => `Imported ${fileName}.`,
  'notice.saved-ignored': ({ why, keptUnder }) => {
    const said = model[why.code] as (params: typeof why.params) => string
    return `${said(why.params)}${keptUnder === null ? '' : ` A copy is kept in this browser under "${keptUnder}".`}`
  },
  'notice.link-not-stored': (p) => `This design is too large to travel in a link, and the server did not store it for one (${p.detail}); try again in a moment.`,
  'notice.storage-unavailable': () => 'This browser would not save your work (storage is full or disabled); use Export config to keep it.',
  'notice.topology-image-failed': ({ detail }) => `The topology image could not be made (${detail}).`,
  'notice.undone': ({ step }) => `Undid: ${STEPS[step]}`,
  'notice.redone': ({ step }) => `Redid: ${STEPS[step]}`,
  'notice.history-dropped': () => 'The undo history saved in this browser could not be read and was dropped; your work is kept.',
}
