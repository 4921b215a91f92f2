export { renderStakeholderReport, type ReportOptions } from './render-stakeholder-report'
export { REPORT_WORDS } from './report-words'
