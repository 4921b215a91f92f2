export { renderStakeholderReport } from './render-stakeholder-report'
