import type { Service } from '../model'
import { ssmInstanceProfileName } from './admin-access'
import { nameTag, securityGroupIds, subnetIds, type ExportContext } from './context'
import { applicationAmi, imdsV2Required } from './instances'
import type { JsonObject } from './json'
import { targetGroupRef } from './load-balancers'
import { tfRef, toTerraformName, type TfRef } from './names'
import { toTagValue } from './aws-text'
import { noteScalingGaps, targetTracking } from './scaling'

type Ec2Service = Service & { compute: Extract<Service['compute'], { kind: 'ec2' }> }

export function autoScalingGroupRef(serviceId: string): TfRef {
  return tfRef('aws_autoscaling_group', toTerraformName(serviceId))
}

function isEc2(service: Service): service is Ec2Service {
  return service.compute.kind === 'ec2'
}

/**
 * EC2 services: a launch template (IMDSv2, encrypted EBS) and an Auto Scaling group in the
 * private-app subnets, registered in the service's target group, with target tracking.
 */
export function addAsgServices(ctx: ExportContext): void {
  const services = ctx.config.services.filter(isEc2)
  for (const service of services) addAsgService(ctx, service)
  noteScalingGaps(ctx, 'asg', services)
}

function addAsgService(ctx: ExportContext, service: Ec2Service): void {
  const { doc } = ctx
  const name = toTerraformName(service.id)
  const instanceProfile = ssmInstanceProfileName(ctx)
  const template = doc.resource('aws_launch_template', name, {
    name: ctx.names.claim('launch-template', service.id, 128),
    image_id: applicationAmi(ctx, service.compute.instanceType),
    instance_type: service.compute.instanceType,
    vpc_security_group_ids: securityGroupIds(service.securityGroups),
    metadata_options: [imdsV2Required()],
    // /dev/xvda is the root device of Amazon Linux AMIs; this block's booleans are strings in the schema.
    block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ encrypted: 'true', volume_type: 'gp3', delete_on_termination: 'true' }] }],
    iam_instance_profile: instanceProfile ? [{ name: instanceProfile }] : undefined,
    update_default_version: true,
    tags: nameTag(service.name, service.id),
  })
  const lb = service.loadBalancer
  const scaled = service.scaling.policy !== 'none'
  const group = doc.define(autoScalingGroupRef(service.id), {
    name: ctx.names.claim('asg', service.id, 255),
    min_size: service.count.min,
    max_size: service.count.max,
    desired_capacity: service.count.desired,
    vpc_zone_identifier: subnetIds(ctx, 'private-app'),
    target_group_arns: lb ? [targetGroupRef(service.id).ref('arn')] : undefined,
    health_check_type: lb ? 'ELB' : 'EC2',
    health_check_grace_period: service.healthCheck.gracePeriodSeconds,
    ...launchTemplateOrMix(service, template),
    // Replaces instances when the template changes and, if asked, rolls back a failed refresh.
    instance_refresh: [
      { strategy: 'Rolling', preferences: [{ min_healthy_percentage: 90, auto_rollback: service.deployment.autoRollback }] },
    ],
    tag: [{ key: 'Name', value: toTagValue(service.name, service.id), propagate_at_launch: true }],
    lifecycle: scaled ? { ignore_changes: ['desired_capacity'] } : undefined,
  })
  if (!scaled) return
  doc.resource('aws_autoscaling_policy', name, {
    name: `${service.id}-target-tracking`,
    autoscaling_group_name: group.ref('name'),
    policy_type: 'TargetTrackingScaling',
    target_tracking_configuration: [
      targetTracking('asg', service),
    ],
  })
}

/**
 * The first `onDemandBase` instances are on-demand and the rest Spot, which takes a mixed
 * instances policy; a group that never grows past its on-demand base uses the template directly.
 */
function launchTemplateOrMix(service: Ec2Service, template: TfRef): JsonObject {
  const version = template.ref('latest_version')
  if (service.compute.onDemandBase >= service.count.max) return { launch_template: [{ id: template.ref('id'), version }] }
  return {
    mixed_instances_policy: [
      {
        instances_distribution: [
          {
            on_demand_base_capacity: service.compute.onDemandBase,
            on_demand_percentage_above_base_capacity: 0,
            spot_allocation_strategy: 'price-capacity-optimized',
          },
        ],
        launch_template: [
          {
            launch_template_specification: [{ launch_template_id: template.ref('id'), version }],
            override: [{ instance_type: service.compute.instanceType }],
          },
        ],
      },
    ],
  }
}
