// One function for the server (which freezes a decision's figures) and the dashboard: lib/decisions.
export { freezeFigures } from '@/lib/decisions/freeze-figures'
