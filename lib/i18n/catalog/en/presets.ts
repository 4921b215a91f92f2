import type { Messages } from '../define'
import type { PresetsReason } from '../presets-reasons'

/** The presets' names as their files write them (data/presets/*.ts: `title` and `scenario.config.name`). */
export const presets: Messages<PresetsReason> = {
  'presets.title.swiftlogix': () => 'SwiftLogix — final proposal',
  'presets.name.swiftlogix': () => 'SwiftLogix final proposal',
  'presets.title.swiftlogix-seoul-plan1': () => 'SwiftLogix Seoul — plan 1 (high availability)',
  'presets.name.swiftlogix-seoul-plan1': () => 'SwiftLogix Seoul — plan 1 (high availability)',
  'presets.title.swiftlogix-seoul-plan2': () => 'SwiftLogix Seoul — plan 2 (partly reserved)',
  'presets.name.swiftlogix-seoul-plan2': () => 'SwiftLogix Seoul — plan 2 (partly reserved)',
  'presets.title.swiftlogix-seoul-plan3': () => 'SwiftLogix Seoul — plan 3 (lowest cost)',
  'presets.name.swiftlogix-seoul-plan3': () => 'SwiftLogix Seoul — plan 3 (lowest cost)',
  'presets.title.swiftlogix-seoul-final': () => 'SwiftLogix Seoul — final plan',
  'presets.name.swiftlogix-seoul-final': () => 'SwiftLogix Seoul — final plan',
  'presets.title.petclinic-3tier': () => 'PetClinic — 3-tier web / WAS / DB',
  'presets.name.petclinic-3tier': () => 'PetClinic 3-tier',
  'presets.title.mau-1m': () => '1M MAU food-photo community',
  'presets.name.mau-1m': () => '1M MAU community',
  'presets.title.standard-web': () => 'Standard web: Route 53 → ALB → ASG → RDS',
  'presets.name.standard-web': () => 'Standard web',
}
