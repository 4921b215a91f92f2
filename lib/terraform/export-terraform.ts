import type { ArchitectureConfig, Requirements } from '../model'
import { checkDesign } from '../design-check'
import { sayDesign } from '../i18n/catalog/say-design'
import { addAdminAccess } from './admin-access'
import { addAsgServices } from './compute-asg'
import { addCache } from './cache'
import { addEcsServices } from './compute-ecs'
import { createContext } from './context'
import { addDatabase } from './database'
import { noteDisasterRecovery } from './disaster-recovery'
import { addEdge, needsUsEast1Provider } from './edge'
import { addFlowLogs } from './flow-logs'
import { toPrettyJson } from './json'
import { addLoadBalancers } from './load-balancers'
import { addModelFactsOutput, modelFactsLocals } from './model-facts'
import { addMonitoring } from './monitoring'
import { addNat } from './nat'
import { addNetwork } from './network'
import { providerBlocks, terraformSettings } from './provider'
import { addRouteTables } from './route-tables'
import { addSecurityGroups } from './security-groups'
import { addVpcEndpoints } from './vpc-endpoints'

type TerraformFileName = 'main.tf.json' | 'variables.tf.json'
export type TerraformFile = { name: TerraformFileName; content: string }
type TerraformExport = { files: TerraformFile[] }

/** What an export may carry beside the config: the requirements, kept as a model fact for import. */
export type ExportOptions = { requirements?: Requirements }

/**
 * The config as a Terraform module in JSON syntax for hashicorp/aws ~> 6.25: main.tf.json
 * (provider, resources, outputs, notes on what was left out, first why the design cannot run if it cannot) and variables.tf.json (every
 * `var.*` used; secrets sensitive and without default), with the facts Terraform cannot hold in
 * `local.archdeck_model_facts` (model-facts.ts) so an import gives the design back. Pure: same config, same bytes.
 */
export function exportTerraform(config: ArchitectureConfig, options: ExportOptions = {}): TerraformExport {
  const ctx = createContext(config)
  // A design that cannot start still exports (the user may fix it in Terraform), but says so first.
  const { blockers } = checkDesign(config)
  if (blockers.length > 0) ctx.doc.note([sayDesign('en', { code: 'design.ui.export-header', params: {} }), ...blockers.map((b) => sayDesign('en', b))].join(' '))
  const { internetGateway } = addNetwork(ctx)
  addSecurityGroups(ctx)
  const natTarget = addNat(ctx, internetGateway)
  const routeTables = addRouteTables(ctx, internetGateway, natTarget)
  addFlowLogs(ctx)
  addVpcEndpoints(ctx, routeTables)
  addLoadBalancers(ctx)
  addAdminAccess(ctx)
  addEcsServices(ctx)
  addAsgServices(ctx)
  addDatabase(ctx)
  addCache(ctx)
  addEdge(ctx)
  const written = addMonitoring(ctx)
  addModelFactsOutput(ctx)
  noteDisasterRecovery(ctx)
  const main = {
    ...ctx.doc.mainBody(),
    locals: modelFactsLocals(config, written, options.requirements),
    terraform: terraformSettings(),
    provider: providerBlocks(ctx, needsUsEast1Provider(ctx)),
  }
  return {
    files: [
      { name: 'main.tf.json', content: toPrettyJson(main) },
      { name: 'variables.tf.json', content: toPrettyJson(ctx.doc.variablesBody()) },
    ],
  }
}
