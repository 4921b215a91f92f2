import type { Service } from '../model'
import { escapeTemplate } from './escape'
import type { JsonObject } from './json'

/**
 * AWS's defaults for an HTTP target group, where the model leaves them out (Elastic Load Balancing
 * API Reference, CreateTargetGroup: HealthCheckPath "The default is /"; HealthyThresholdCount "If the
 * target group protocol is … HTTP or HTTPS, the default is 5").
 */
export const DEFAULT_HEALTH_CHECK_PATH = '/'
export const DEFAULT_HEALTHY_THRESHOLD = 5

/**
 * The target group's health_check block from the service's model.
 * Example (petclinic-3tier, was): { path: '/actuator/health', interval: 30, timeout: 5,
 * healthy_threshold: 2, unhealthy_threshold: 2, … }.
 */
export function healthCheckBlock(service: Service): JsonObject {
  const { intervalSeconds, unhealthyThreshold, healthyThreshold, path } = service.healthCheck
  return {
    enabled: true,
    // The path is the user's text, and every .tf.json string is a template (escape.ts).
    path: escapeTemplate(path ?? DEFAULT_HEALTH_CHECK_PATH),
    protocol: 'HTTP',
    port: 'traffic-port',
    matcher: '200-399',
    interval: intervalSeconds,
    // The timeout must be shorter than the interval.
    timeout: Math.min(5, intervalSeconds - 1),
    healthy_threshold: healthyThreshold ?? DEFAULT_HEALTHY_THRESHOLD,
    unhealthy_threshold: unhealthyThreshold,
  }
}
