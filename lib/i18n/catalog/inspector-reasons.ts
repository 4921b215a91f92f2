import type { Reason } from '../../explain/reason'

/**
 * The inspector's words (components/inspector): its title, the Add menu, every field's label and
 * option, a rule's summary and a field's complaint. Keys of the `inspector` namespace;
 * lib/i18n/catalog/<language>/inspector.ts words them.
 */
type Inspect<Code extends string, Params extends object = Record<string, never>> = Code extends string ? Reason<`inspector.${Code}`, Params> : never

/** Words that take nothing: labels, options, buttons. */
type Label =
  | 'title' | 'add' | 'add-service' | 'add-load-balancer' | 'add-cache' | 'add-bastion' | 'add-endpoint' | 'add-security-group'
  | 'new-service-name' | 'new-load-balancer-name' | 'new-security-group-name' | 'close' | 'nothing-to-edit' | 'not-applied'
  | 'not-a-number' | 'cancel' | 'on' | 'off' | 'none'
  | 'section-service' | 'section-compute' | 'section-count' | 'section-scaling' | 'section-health' | 'section-traffic' | 'section-performance' | 'service-time' | 'service-time-hint' | 'service-time-measured' | 'workers-per-task' | 'traffic-share'
  | 'name' | 'port' | 'runs-on' | 'kind-fargate' | 'kind-ec2' | 'vcpu' | 'memory' | 'instance-type'
  | 'count-min' | 'count-desired' | 'count-max' | 'policy' | 'policy-none' | 'policy-target-tracking'
  | 'metric' | 'metric-cpu' | 'metric-memory' | 'metric-requests-per-target' | 'metric-queue-length' | 'target'
  | 'health-path' | 'health-interval' | 'health-healthy' | 'health-unhealthy' | 'health-grace'
  | 'load-balancer' | 'security-groups' | 'auto-rollback' | 'remove-service'
  | 'section-database' | 'section-storage' | 'section-backups' | 'engine' | 'engine-postgresql' | 'engine-mysql' | 'db-class' | 'db-class-hint' | 'multi-az'
  | 'storage-type' | 'storage-gb' | 'storage-autoscaling' | 'max-storage' | 'read-replicas' | 'backup-days'
  | 'insights' | 'insights-off' | 'insights-standard' | 'insights-advanced' | 'encrypted' | 'public-access'
  | 'section-cache' | 'engine-redis' | 'engine-valkey' | 'node-type' | 'nodes' | 'remove-cache'
  | 'section-load-balancer' | 'scheme' | 'scheme-external' | 'scheme-internal' | 'routing' | 'routing-round-robin'
  | 'routing-least-outstanding-requests' | 'listeners' | 'add-listener' | 'protocol' | 'redirect' | 'save-listener' | 'remove-load-balancer'
  | 'section-network' | 'az-count' | 'nat' | 'nat-none' | 'nat-single' | 'nat-per-az' | 'nat-instance' | 'nat-instance-type' | 'endpoints'
  | 'section-admin' | 'bastion' | 'bastion-type' | 'remove-bastion' | 'ssm' | 'instance-connect'
  | 'section-security-group' | 'ingress' | 'egress' | 'direction-ingress' | 'direction-egress' | 'no-rules' | 'add-rule' | 'direction' | 'from-port' | 'to-port'
  | 'protocol-tcp' | 'protocol-udp' | 'protocol-all' | 'peer' | 'peer-cidr' | 'peer-sg' | 'peer-prefix-list' | 'cidr'
  | 'peer-group' | 'save-rule' | 'remove-security-group' | 'cloudfront-origin-facing'

export type InspectorReason =
  | Inspect<Label>
  | Inspect<'endpoint', { endpoint: string }>
  | Inspect<'out-of-range', { min: string; max: string }>
  | Inspect<'memory-option', { memoryGb: number }>
  | Inspect<'vcpu-option', { vcpu: number }>
  | Inspect<'az-option', { count: number }>
  | Inspect<'listener', { protocol: string; port: number; redirect: boolean }>
  | Inspect<'remove-listener', { n: number }>
  | Inspect<'rule', { direction: 'ingress' | 'egress'; ports: string; peer: string }>
  | Inspect<'rule-ports', { protocol: 'tcp' | 'udp' | 'all'; fromPort: number; toPort: number }>
  | Inspect<'remove-rule', { n: number }>
  | Inspect<'edit-group', { name: string }>
  | Inspect<'group-title', { name: string }>
  | Inspect<'peer-named-cidr', { cidr: string; label: string }>
