import type { NotModelled } from '../../lib/model/not-modelled'
import { PRESETS } from './index'

/**
 * What the seed behind a design has that the model lacks. A design is a preset's (edited or not)
 * while it carries the preset's name, so the list follows the design through its edits; a design
 * of the user's own has none. Example: { name: 'PetClinic 3-tier' } → S3, Prometheus, Grafana,
 * network ACLs and CloudFront's request charges, each with seed '002'.
 */
export function listNotModelled(config: { name: string }): NotModelled[] {
  return PRESETS.find((p) => p.scenario.config.name === config.name)?.notModelled ?? []
}
