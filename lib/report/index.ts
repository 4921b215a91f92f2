export { renderStakeholderReport } from './render-stakeholder-report'
export { REPORT_WORDS } from './report-words'
