export { exportTerraform } from './export-terraform'
export { MODEL_FACTS_LOCAL, MODEL_FACTS_VERSION } from './model-facts'
export type { ExportOptions } from './export-terraform'
