'use client'

import { useLocale } from '@/components/i18n/locale-provider'
import type { Locale } from '@/lib/i18n'
import type { Decision } from '@/lib/decisions/types'
import type { SaveConflict, VersionSource } from '@/server/workspaces/types'

/** The workspace panel's words in English and Korean; the English labels are also the accessible names the journeys use. */
export type WorkspaceWords = {
  panelButton: string
  panelTitle: string
  panelSubtitle: string
  backToDashboard: string
  close: string
  workspace: string
  noWorkspaces: string
  unnamed: string
  lastOpened: (when: string) => string
  openByLink: string
  workspaceLinkLabel: string
  workspaceLinkHint: string
  openWorkspace: string
  opening: string
  notAWorkspaceLink: string
  noSuchWorkspace: string
  copyWorkspaceLink: string
  workspaceLinkCopied: string
  capabilityHint: string
  forget: string
  forgetQuestion: (name: string) => string
  forgetExplain: string
  forgetConfirm: string
  forgotten: (name: string) => string
  newWorkspace: string
  workspaceNamePlaceholder: string
  create: string
  creating: string
  loading: string
  couldNotLoad: (message: string) => string
  retry: string
  scenarioCount: (n: number) => string
  currentWork: string
  editing: (name: string, version: number) => string
  unsaved: string
  saved: string
  notStored: string
  notStoredHint: string
  otherWorkspace: string
  saveVersion: (version: number) => string
  saving: string
  saveAsNew: string
  scenarioName: string
  scenarioNamePlaceholder: string
  savedNotice: (name: string, version: number) => string
  openedNotice: (name: string, version: number, workspace: string) => string
  restoredNotice: (name: string, from: number, version: number) => string
  scenarios: string
  noScenarios: string
  conflictCopy: string
  inDashboard: string
  open: string
  history: string
  hideHistory: string
  share: string
  latest: string
  restore: string
  restoring: string
  source: (source: VersionSource, basedOn: number | null) => string
  shareCaption: (name: string, version: number) => string
  copy: string
  copied: string
  openLink: string
  replaceQuestion: (name: string | null) => string
  replaceAnyway: string
  cancel: string
  conflictTitle: string
  conflictText: (c: SaveConflict) => string
  latestUnreadable: string
  openTheirs: (version: number) => string
  compare: string
  hideCompare: string
  keepEditing: string
  theirs: (version: number) => string
  yours: string
  plan: string
  dashboardWork: string
  colCost: string
  colRecovery: string
  colP95: string
  colHigh: string
  monthlyCost: string
  budget: string
  within: string
  over: string
  autoRecovery: string
  p95: string
  overloaded: string
  highFindings: string
  lowerBound: string
  decisionLog: string
  noDecisions: string
  recordDecision: string
  title: string
  titlePlaceholder: string
  context: string
  contextPlaceholder: string
  options: string
  optionsHint: string
  chosen: string
  consequences: string
  consequencesPlaceholder: string
  status: string
  statuses: Record<Decision['status'], string>
  submitDecision: (n: number) => string
  recording: string
  frozenHint: string
  decisionRecorded: (n: number) => string
  decidedOn: (date: string) => string
  chose: (name: string) => string
  downloadAdr: string
  needsNoOptions: string
}

const en: WorkspaceWords = {
  panelButton: 'Workspace',
  panelTitle: 'Workspace',
  panelSubtitle: 'Scenarios, their history and decisions, stored in the database.',
  backToDashboard: '← Dashboard',
  close: 'Close',
  workspace: 'Workspace',
  noWorkspaces: 'No workspaces in this browser yet. Create one to keep named scenarios, every saved version and the decision log, or open one by its link.',
  unnamed: 'Workspace',
  lastOpened: (when) => `opened ${when}`,
  openByLink: 'Open a workspace by link',
  workspaceLinkLabel: 'Workspace link or id',
  workspaceLinkHint: 'Paste the link someone gave you (it ends in #ws=ws_…) or the id itself.',
  openWorkspace: 'Open workspace',
  opening: 'Opening…',
  notAWorkspaceLink: 'This is not a workspace link or id. A workspace link ends in #ws=ws_…; a share link (/s/…) shows one plan and opens no workspace.',
  noSuchWorkspace: 'No workspace has this id on this server. Check the link with whoever sent it.',
  copyWorkspaceLink: 'Copy workspace link',
  workspaceLinkCopied: 'Workspace link copied',
  capabilityHint: 'The server lists no workspaces: this browser keeps the ones you created or opened. Anyone with a workspace’s link can open, change and share it, so give it only to people who work on it.',
  forget: 'Forget',
  forgetQuestion: (name) => `Forget “${name}” in this browser?`,
  forgetExplain: 'It leaves this browser’s list only. The workspace, its scenarios and decisions stay on the server, and anyone holding its link can still open them. Copy the link first if you want to come back to it.',
  forgetConfirm: 'Forget in this browser',
  forgotten: (name) => `“${name}” is no longer listed in this browser. It is still on the server for anyone holding its link.`,
  newWorkspace: 'New workspace',
  workspaceNamePlaceholder: 'e.g. SwiftLogix Seoul move',
  create: 'Create',
  creating: 'Creating…',
  loading: 'Loading…',
  couldNotLoad: (message) => `Could not load: ${message}`,
  retry: 'Retry',
  scenarioCount: (n) => `${n} scenario${n === 1 ? '' : 's'}`,
  currentWork: 'Current work',
  editing: (name, version) => `Editing “${name}”, based on version ${version}`,
  unsaved: 'Unsaved changes',
  saved: 'Saved',
  notStored: 'The dashboard’s work is not saved in a workspace yet.',
  notStoredHint: 'Save it as a new scenario to start its history.',
  otherWorkspace: 'in another workspace',
  saveVersion: (version) => `Save version ${version}`,
  saving: 'Saving…',
  saveAsNew: 'Save as new scenario',
  scenarioName: 'Scenario name',
  scenarioNamePlaceholder: 'e.g. Plan 2',
  savedNotice: (name, version) => `Saved version ${version} of “${name}”.`,
  openedNotice: (name, version, workspace) => `Opened “${name}” version ${version} from ${workspace}.`,
  restoredNotice: (name, from, version) => `Restored version ${from} of “${name}” as version ${version}; it is now in the dashboard.`,
  scenarios: 'Scenarios',
  noScenarios: 'No scenarios yet. Save the dashboard’s work as the first one.',
  conflictCopy: 'conflict copy',
  inDashboard: 'in the dashboard',
  open: 'Open',
  history: 'History',
  hideHistory: 'Hide history',
  share: 'Share',
  latest: 'latest',
  restore: 'Restore',
  restoring: 'Restoring…',
  source: (source, basedOn) =>
    source === 'create' ? 'created' : source === 'save' ? 'saved' : source === 'restore' ? `restored from v${basedOn}` : `kept from a conflicting save of v${basedOn}`,
  shareCaption: (name, version) => `Read-only link to “${name}” version ${version}; it opens in presentation mode.`,
  copy: 'Copy link',
  copied: 'Copied',
  openLink: 'Open',
  replaceQuestion: (name) =>
    name ? `The dashboard has unsaved changes to “${name}”. Opening another version replaces them there.` : 'The dashboard has work that is not saved in a workspace. Opening a scenario replaces it.',
  replaceAnyway: 'Replace them',
  cancel: 'Cancel',
  conflictTitle: 'Someone else saved this scenario meanwhile',
  conflictText: (c) =>
    `Someone saved version ${c.latestVersion} of “${c.scenarioName}” while you were editing version ${c.yourVersion}. Your changes were kept as “${c.saved.name}” (version ${c.saved.version}), and the dashboard now edits that copy. Nothing was overwritten.`,
  latestUnreadable: 'Their version cannot be shown:',
  openTheirs: (version) => `Open their version ${version}`,
  compare: 'Compare',
  hideCompare: 'Hide comparison',
  keepEditing: 'Keep editing my copy',
  theirs: (version) => `Theirs (v${version})`,
  yours: 'Yours (copy)',
  plan: 'Plan',
  dashboardWork: 'The dashboard’s work',
  colCost: 'Per month',
  colRecovery: 'Auto-recovery',
  colP95: 'p95 peak',
  colHigh: 'High findings',
  monthlyCost: 'Monthly cost',
  budget: 'Budget',
  within: 'within',
  over: 'over',
  autoRecovery: 'Automatic recovery',
  p95: 'p95 at peak',
  overloaded: 'overloaded',
  highFindings: 'High findings',
  lowerBound: 'some prices unknown: a lower bound',
  decisionLog: 'Decision log',
  noDecisions: 'No decisions recorded yet.',
  recordDecision: 'Record a decision',
  title: 'Title',
  titlePlaceholder: 'e.g. Run the database Multi-AZ',
  context: 'Context',
  contextPlaceholder: 'What forced the decision: budget, SLA, an audit…',
  options: 'Options',
  optionsHint: 'Tick the scenarios that were considered and mark the chosen one.',
  chosen: 'Chosen',
  consequences: 'Consequences',
  consequencesPlaceholder: 'What changes because of it, good and bad.',
  status: 'Status',
  statuses: { proposed: 'Proposed', accepted: 'Accepted', superseded: 'Superseded' },
  submitDecision: (n) => `Record decision ${n}`,
  recording: 'Recording…',
  frozenHint: 'Each option’s figures are frozen from its latest saved version, so later edits or price updates do not change this record.',
  decisionRecorded: (n) => `Recorded decision ${n}.`,
  decidedOn: (date) => `decided ${date}`,
  chose: (name) => `Chose ${name}`,
  downloadAdr: 'Download ADR',
  needsNoOptions: 'Save at least one scenario before recording a decision.',
}

const ko: WorkspaceWords = {
  panelButton: '워크스페이스',
  panelTitle: '워크스페이스',
  panelSubtitle: '시나리오와 버전 이력, 의사결정을 데이터베이스에 보관합니다.',
  backToDashboard: '← 대시보드',
  close: '닫기',
  workspace: '워크스페이스',
  noWorkspaces: '이 브라우저에 아직 워크스페이스가 없습니다. 하나 만들어 시나리오와 저장된 모든 버전, 의사결정 기록을 보관하거나, 링크로 워크스페이스를 여세요.',
  unnamed: '워크스페이스',
  lastOpened: (when) => `${when} 열람`,
  openByLink: '링크로 워크스페이스 열기',
  workspaceLinkLabel: '워크스페이스 링크 또는 ID',
  workspaceLinkHint: '받은 링크(#ws=ws_…로 끝남)나 ID를 붙여 넣으세요.',
  openWorkspace: '워크스페이스 열기',
  opening: '여는 중…',
  notAWorkspaceLink: '워크스페이스 링크나 ID가 아닙니다. 워크스페이스 링크는 #ws=ws_…로 끝납니다. 공유 링크(/s/…)는 시나리오 하나만 보여 주며 워크스페이스를 열지 않습니다.',
  noSuchWorkspace: '이 서버에 해당 ID의 워크스페이스가 없습니다. 링크를 보낸 분께 확인해 주세요.',
  copyWorkspaceLink: '워크스페이스 링크 복사',
  workspaceLinkCopied: '워크스페이스 링크를 복사했습니다',
  capabilityHint: '서버는 워크스페이스 목록을 보여 주지 않습니다. 이 브라우저가 직접 만들거나 연 워크스페이스를 기억합니다. 링크를 가진 사람은 누구나 워크스페이스를 열고 수정하고 공유할 수 있으니, 함께 일하는 사람에게만 주세요.',
  forget: '목록에서 지우기',
  forgetQuestion: (name) => `이 브라우저의 목록에서 “${name}”을(를) 지울까요?`,
  forgetExplain: '이 브라우저의 목록에서만 사라집니다. 워크스페이스와 시나리오, 의사결정은 서버에 그대로 남고, 링크를 가진 사람은 계속 열 수 있습니다. 나중에 다시 열려면 먼저 링크를 복사해 두세요.',
  forgetConfirm: '이 브라우저에서 지우기',
  forgotten: (name) => `“${name}”을(를) 이 브라우저의 목록에서 지웠습니다. 링크를 가진 사람은 서버에서 계속 열 수 있습니다.`,
  newWorkspace: '새 워크스페이스',
  workspaceNamePlaceholder: '예: SwiftLogix 서울 이전',
  create: '만들기',
  creating: '만드는 중…',
  loading: '불러오는 중…',
  couldNotLoad: (message) => `불러오지 못했습니다: ${message}`,
  retry: '다시 시도',
  scenarioCount: (n) => `시나리오 ${n}개`,
  currentWork: '현재 작업',
  editing: (name, version) => `“${name}” 편집 중 (버전 ${version} 기준)`,
  unsaved: '저장하지 않은 변경',
  saved: '저장됨',
  notStored: '대시보드의 작업이 아직 워크스페이스에 저장되지 않았습니다.',
  notStoredHint: '새 시나리오로 저장하면 이력이 시작됩니다.',
  otherWorkspace: '다른 워크스페이스',
  saveVersion: (version) => `버전 ${version} 저장`,
  saving: '저장 중…',
  saveAsNew: '새 시나리오로 저장',
  scenarioName: '시나리오 이름',
  scenarioNamePlaceholder: '예: 2안',
  savedNotice: (name, version) => `“${name}” 버전 ${version} 저장 완료.`,
  openedNotice: (name, version, workspace) => `${workspace}: “${name}” 버전 ${version}을(를) 열었습니다.`,
  restoredNotice: (name, from, version) => `“${name}” 버전 ${from}을(를) 버전 ${version}(으)로 복원해 대시보드에 열었습니다.`,
  scenarios: '시나리오',
  noScenarios: '아직 시나리오가 없습니다. 대시보드의 작업을 첫 시나리오로 저장하세요.',
  conflictCopy: '충돌 사본',
  inDashboard: '대시보드에서 편집 중',
  open: '열기',
  history: '이력',
  hideHistory: '이력 닫기',
  share: '공유',
  latest: '최신',
  restore: '복원',
  restoring: '복원 중…',
  source: (source, basedOn) =>
    source === 'create' ? '생성' : source === 'save' ? '저장' : source === 'restore' ? `v${basedOn}에서 복원` : `v${basedOn} 기준 충돌 저장분`,
  shareCaption: (name, version) => `“${name}” 버전 ${version}의 읽기 전용 링크입니다. 발표 모드로 열립니다.`,
  copy: '링크 복사',
  copied: '복사됨',
  openLink: '열기',
  replaceQuestion: (name) =>
    name ? `대시보드에 “${name}”의 저장하지 않은 변경이 있습니다. 다른 버전을 열면 대시보드에서 바뀝니다.` : '대시보드에 워크스페이스에 저장되지 않은 작업이 있습니다. 시나리오를 열면 바뀝니다.',
  replaceAnyway: '바꾸기',
  cancel: '취소',
  conflictTitle: '그 사이 다른 사람이 이 시나리오를 저장했습니다',
  conflictText: (c) =>
    `버전 ${c.yourVersion}을(를) 편집하는 동안 다른 사람이 “${c.scenarioName}” 버전 ${c.latestVersion}을(를) 저장했습니다. 변경 내용은 “${c.saved.name}”(버전 ${c.saved.version})에 보관했고, 대시보드는 이제 그 사본을 편집합니다. 덮어쓴 것은 없습니다.`,
  latestUnreadable: '상대 버전을 표시할 수 없습니다:',
  openTheirs: (version) => `상대 버전 ${version} 열기`,
  compare: '비교',
  hideCompare: '비교 닫기',
  keepEditing: '내 사본 계속 편집',
  theirs: (version) => `상대 (v${version})`,
  yours: '내 사본',
  plan: '시나리오',
  dashboardWork: '대시보드의 작업',
  colCost: '월 비용',
  colRecovery: '자동 복구',
  colP95: '피크 p95',
  colHigh: '높음 지적',
  monthlyCost: '월 비용',
  budget: '예산',
  within: '이내',
  over: '초과',
  autoRecovery: '자동 복구',
  p95: '피크 p95',
  overloaded: '과부하',
  highFindings: '높음 등급 보안 지적',
  lowerBound: '일부 단가 미상: 하한값',
  decisionLog: '의사결정 기록',
  noDecisions: '아직 기록된 의사결정이 없습니다.',
  recordDecision: '의사결정 기록하기',
  title: '제목',
  titlePlaceholder: '예: 데이터베이스를 Multi-AZ로 운영',
  context: '배경',
  contextPlaceholder: '결정이 필요했던 이유: 예산, SLA, 감사…',
  options: '선택지',
  optionsHint: '검토한 시나리오를 체크하고 선택한 것을 표시하세요.',
  chosen: '선택',
  consequences: '결과',
  consequencesPlaceholder: '이 결정으로 달라지는 점, 좋은 점과 나쁜 점.',
  status: '상태',
  statuses: { proposed: '제안', accepted: '채택', superseded: '대체됨' },
  submitDecision: (n) => `의사결정 ${n} 기록`,
  recording: '기록 중…',
  frozenHint: '각 선택지의 수치는 최신 저장 버전에서 고정되므로, 이후 편집이나 단가 변경이 이 기록을 바꾸지 않습니다.',
  decisionRecorded: (n) => `의사결정 ${n} 기록 완료.`,
  decidedOn: (date) => `${date} 결정`,
  chose: (name) => `${name} 선택`,
  downloadAdr: 'ADR 내려받기',
  needsNoOptions: '의사결정을 기록하려면 먼저 시나리오를 하나 이상 저장하세요.',
}

const WORDS: Record<Locale, WorkspaceWords> = { en, ko }

export function useWorkspaceWords(): { w: WorkspaceWords; locale: Locale } {
  const { locale } = useLocale()
  return { w: WORDS[locale], locale }
}
