export { exportTerraform, type TerraformExport, type TerraformFile, type TerraformFileName } from './export-terraform'
export { escapeTemplate } from './escape'
export { toTerraformName } from './names'
