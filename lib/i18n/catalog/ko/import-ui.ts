import { formatNumber } from '../../format'
import type { ImportUiReason, ReportSection } from '../import-ui-reasons'
import type { Messages } from '../define'
import { importUiButton } from './import-ui-button'

const count = (n: number) => formatNumber(n, 'ko')

const SECTION: Record<ReportSection, string> = { understood: '이해한 것', assumed: '가정한 것', skipped: '건너뛴 것' }
const EMPTY: Record<ReportSection, string> = {
  understood: '설계에 들어간 리소스가 없습니다.',
  assumed: '가정한 값이 없습니다.',
  skipped: '건너뛴 리소스가 없습니다.',
}

/** The "Import Terraform" dialog, in Korean. */
export const importUi: Messages<ImportUiReason> = {
  'import-ui.open': importUiButton,
  'import-ui.intro': () =>
    'Terraform 구성 하나의 파일(.tf, .tf.json, .tfvars 또는 terraform show -json의 JSON)이나 그 폴더를 고르세요. “이 설계 사용”을 누르기 전까지 지금 설계는 그대로입니다.',
  'import-ui.choose-files': () => '파일 선택',
  'import-ui.choose-folder': () => '폴더 선택',
  'import-ui.drop-here': () => '또는 파일이나 폴더를 여기에 끌어다 놓으세요',
  'import-ui.drop-hint': () => '.terraform 폴더, 숨김 폴더, 다른 종류의 파일은 빼고 읽습니다.',
  'import-ui.reading': (p) => `파일 ${count(p.files)}개를 읽는 중…`,
  'import-ui.importing': (p) => `파일 ${count(p.files)}개를 가져오는 중…`,
  'import-ui.read-from': (p) => `파일 ${count(p.files)}개에서 읽은 “${p.name}”. 사용하기 전에 이해한 것, 가정한 것, 건너뛴 것을 확인하세요.`,
  'import-ui.section': (p) => `${SECTION[p.section]} (${count(p.count)})`,
  'import-ui.section-empty': (p) => EMPTY[p.section],
  'import-ui.notes': (p) => `참고 (${count(p.count)})`,
  'import-ui.col-address': () => 'Terraform 주소',
  'import-ui.col-becomes': () => '설계의 부분',
  'import-ui.col-field': () => '항목',
  'import-ui.col-value': () => '사용한 값',
  'import-ui.col-why': () => '이유',
  'import-ui.place': (p) => (p.line === null ? p.file : p.column === null ? `${p.file} ${count(p.line)}행` : `${p.file} ${count(p.line)}행 ${count(p.column)}열`),
  'import-ui.errors-title': () => '아무것도 가져오지 않았습니다. 지금 설계는 그대로입니다.',
  'import-ui.too-many-files': (p) => `파일이 ${count(p.files)}개입니다. 한 번에 ${count(p.limit)}개까지 가져올 수 있습니다. 구성 하나의 폴더를 고르세요.`,
  'import-ui.too-large': (p) => `파일을 합치면 ${formatNumber(p.megabytes, 'ko', 1)} MB입니다. 한 번에 ${count(p.limitMegabytes)} MB까지 가져올 수 있습니다.`,
  'import-ui.unreadable': (p) => `${p.path} 파일을 읽지 못했습니다. 고른 뒤에 옮겨졌거나 지워졌을 수 있습니다.`,
  'import-ui.no-terraform-files': (p) => `고른 파일 ${count(p.files)}개 중 Terraform 파일이 없습니다. .tf, .tf.json, .tfvars, .json 파일을 고르세요.`,
  'import-ui.network-failed': () => '서버에 연결하지 못했습니다. 연결을 확인하고 다시 시도하세요.',
  'import-ui.server-failed': (p) => `서버가 이 파일들을 가져오지 못했습니다(오류 ${p.status}). 잠시 뒤 다시 시도하세요.`,
  'import-ui.rate-limited': (p) => `짧은 시간에 너무 많이 가져왔습니다. ${count(p.seconds)}초 뒤 다시 시도하세요.`,
  'import-ui.refused': (p) => `서버가 가져오기를 거절했습니다(오류 ${p.status}).`,
  'import-ui.unreadable-answer': () => '서버의 응답을 이 페이지가 설계로 읽을 수 없습니다. 페이지를 새로 고친 뒤 다시 시도하세요.',
  'import-ui.note-code': (p) => p.code,
  'import-ui.variables': () => '변수 (-var)',
  'import-ui.variables-hint': () => '한 줄에 하나씩 이름=값으로 적습니다(terraform -var와 같은 형식). .tfvars 파일과 기본값보다 우선합니다. 값이 없는 필수 변수는 가정한 값으로 보고됩니다.',
  'import-ui.variables-apply': () => '이 변수로 다시 가져오기',
  'import-ui.variable-line': (p) => `변수 ${count(p.line)}번째 줄: 이름=값 형식으로 적어 주세요.`,
  'import-ui.var-files': () => '변수 파일(-var-file)',
  'import-ui.var-files-hint': () => 'Terraform은 terraform.tfvars와 *.auto.tfvars는 스스로 읽고, 이 파일들은 지정할 때만 읽습니다. 적용할 파일에 체크하세요.',
  'import-ui.use': () => '이 설계 사용',
  'import-ui.cancel': () => '취소',
}
