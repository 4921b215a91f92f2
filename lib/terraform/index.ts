export { exportTerraform } from './export-terraform'
