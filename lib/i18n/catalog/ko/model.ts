import type { FieldError, ModelReason, ProblemList, ValueKind, WorkMeasure } from '../../../model/model-issues'
import { formatNumber } from '../../format'
import { withJosa } from '../../josa'
import type { Messages } from '../define'

// Type names stay zod's (notation a JSON file uses); the kind of a value found reads in Korean.
const KIND_WORDS: Record<ValueKind, string> = {
  null: 'null',
  array: '배열',
  string: '문자열',
  number: '숫자',
  bigint: '큰 정수',
  boolean: '참/거짓 값',
  symbol: '심볼',
  undefined: '값 없음',
  object: '객체',
  function: '함수',
}

const WORK_WORDS: Record<WorkMeasure, { what: string; fix: string }> = {
  reachChecks: { what: '누가 무엇에 닿는지 보는 출발지 × 대상 포트 검사', fix: '서비스나 로드밸런서를 줄이거나, 이들이 함께 쓰는 그룹의 단일 포트 규칙을 줄이세요' },
  ruleTests: { what: '보안 그룹 규칙 검사', fix: '많은 리소스가 함께 쓰는 그룹의 규칙을 줄이세요' },
  ruleLines: { what: '다이어그램의 보안 그룹 선', fix: '다른 공유 그룹을 가리키는 규칙을 가진 그룹을 함께 쓰는 리소스를 줄이세요' },
}

const count = (n: number) => formatNumber(n, 'ko')

/** A field error in Korean; one a caller's own rule words keeps its message. */
function sayProblem(problem: FieldError): string {
  return problem.reason ? say(problem.reason) : problem.message
}

/** "a: 0 이상이어야 합니다; b: … (외 2건)". */
function listProblemsInKorean({ problems, more }: ProblemList): string {
  return problems.map((p) => `${p.path}: ${sayProblem(p)}`).join('; ') + (more > 0 ? ` (외 ${more}건)` : '')
}

function say(reason: ModelReason): string {
  const message = model[reason.code] as (params: ModelReason['params']) => string
  return message(reason.params)
}

/** The model's issues in Korean: field names and JSON values stay as the file writes them. */
export const model: Messages<ModelReason> = {
  'model.required': ({ expected }) => `필수 항목입니다 (형식: ${expected})`,
  'model.wrong-type': ({ expected, got }) => `${expected} 형식이어야 합니다 (받은 값: ${KIND_WORDS[got]})`,
  'model.required-option': ({ options }) => `필수 항목입니다 (${options.join(', ')} 중 하나)`,
  'model.not-an-option': ({ options }) => `${options.join(', ')} 중 하나여야 합니다`,
  'model.unknown-fields': ({ keys }) => `알 수 없는 필드: ${keys.map((k) => `"${k}"`).join(', ')}`,
  'model.too-few-items': ({ minimum }) => `항목이 ${minimum}개 이상 있어야 합니다`,
  'model.too-small': ({ minimum }) => `${minimum} 이상이어야 합니다`,
  'model.too-many-items': ({ maximum }) => `항목은 ${maximum}개까지입니다`,
  'model.too-big': ({ maximum }) => `${maximum} 이하여야 합니다`,
  'model.invalid-input': () => '올바른 값이 아닙니다',
  'model.unknown-kind': ({ options }) => `종류가 올바르지 않습니다. ${options.map((o) => `'${o}'`).join(' | ')} 중 하나여야 합니다`,
  'model.slug-shape': () => '영문 소문자로 시작하는 1–40자의 영문 소문자, 숫자, 대시만 쓰세요',
  'model.cidr-shape': () => '10.0.0.0/16 같은 IPv4 CIDR이어야 합니다',
  'model.type-name-shape': ({ example }) => `${example} 같은 형식이어야 합니다`,
  'model.empty-label': () => '비워 둘 수 없습니다',
  'model.vpc-prefix-range': () => 'VPC 접두사는 /16에서 /24 사이여야 합니다',
  'model.az-count-min': ({ minimum }) => `ALB와 RDS 서브넷 그룹에는 가용 영역이 ${minimum}개 이상 필요합니다`,
  'model.duplicate-endpoints': () => '엔드포인트는 한 번씩만 적으세요',
  'model.ports-reversed': () => 'fromPort는 toPort보다 클 수 없습니다',
  'model.listener-ports-repeat': () => '리스너마다 포트가 달라야 합니다',
  'model.percent-target-over': ({ metric, maximum }) => `${metric} 목표값은 백분율이므로 ${maximum} 이하여야 합니다`,
  'model.count.desired-below-min': () => 'desired는 min 이상이어야 합니다',
  'model.count.max-below-desired': () => 'max는 desired 이상이어야 합니다',
  'model.service-time-min': ({ minimumMs }) => `${minimumMs}ms 이상이어야 합니다`,
  'model.storage-ceiling-not-above': () => '자동 확장 상한은 storageGb보다 커야 합니다 (자동 확장을 끄려면 비워 두세요)',
  'model.replicas-need-backups': () => '읽기 복제본에는 자동 백업이 필요합니다 (최소 1일)',
  'model.duplicate-security-group': ({ id }) => `보안 그룹 ID "${id}"가 중복됩니다`,
  'model.duplicate-load-balancer': ({ id }) => `로드밸런서 ID "${id}"가 중복됩니다`,
  'model.duplicate-service': ({ id }) => `서비스 ID "${id}"가 중복됩니다`,
  'model.unknown-security-group': ({ id }) => `알 수 없는 보안 그룹 "${id}"`,
  'model.unknown-load-balancer': ({ id }) => `알 수 없는 로드밸런서 "${id}"`,
  'model.too-many-rules': ({ rules, maximum }) => `규칙이 모두 ${rules}개입니다: ${maximum}개 이하여야 합니다`,
  'model.nat-needs-internet-gateway': () => 'NAT에는 인터넷 게이트웨이가 필요합니다',
  'model.too-much-work': ({ measure, work, limit }) =>
    `이 설계는 한 번에 평가하기에 너무 큽니다: ${WORK_WORDS[measure].what} ${count(work)}회, 최대 ${count(limit)}회 (${WORK_WORDS[measure].fix})`,
  'model.bands-cover-day': ({ hours }) => `시간대의 합이 하루 24시간이어야 합니다 (현재 ${hours}시간)`,
  'model.exchange-rate-min': ({ minimum }) => `${minimum} 이상이어야 합니다 (1달러는 약 1,300원)`,
  'model.price-key-shape': ({ example }) => `${example} 같은 가격 카탈로그 키여야 합니다`,
  'model.duplicate-price-override': ({ key }) => `"${key}"의 가격이 두 번 주어졌습니다`,
  'model.version-missing': () => '없는 버전입니다',
  'model.version-not-yet': ({ latest }) => `아직 없는 버전입니다(최신은 ${latest})`,
  'model.not-in-workspace': () => '이 워크스페이스의 시나리오가 아닙니다',
  'model.listed-twice': () => '두 번 들어 있습니다',
  'model.not-among-options': () => '선택지 중 하나여야 합니다',
  'model.not-json': ({ detail }) => `올바른 JSON이 아닙니다 (${detail})`,
  'model.link-unreadable': () => 'ArchDeck 시나리오 링크가 아닙니다 (해독할 수 없습니다)',
  'model.version-not-whole': ({ declared, oldest, current }) => `모델 버전은 ${oldest}에서 ${current} 사이의 정수여야 합니다 (현재 ${declared})`,
  'model.version-newer': ({ declared, current }) => `더 새로운 ArchDeck에서 저장되었습니다 (모델 버전 ${declared}, 이 ArchDeck은 ${current}까지 읽습니다)`,
  'model.version-too-old': ({ declared, oldest, current }) =>
    `${withJosa(`모델 버전 ${declared}`, '은/는')} 이 ArchDeck이 읽을 수 없습니다 (모델 버전 ${oldest}에서 ${current}까지 읽습니다)`,
  'model.v1-requirements-version': ({ found }) => `모델 버전 1 시나리오에서는 1이어야 합니다 (현재 ${found})`,
  'model.problem-list': listProblemsInKorean,
  'model.set.needs-key-value': ({ override }) => `--set에는 KEY=VALUE가 필요합니다 (받은 값: "${override}")`,
  'model.set.tasks-per-service': ({ raw, maximum }) => `tasksPerService는 0에서 ${maximum} 사이의 정수여야 합니다 (받은 값: "${raw}")`,
  'model.set.db-multi-az': ({ raw }) => `dbMultiAz는 true 또는 false여야 합니다 (받은 값: "${raw}")`,
  'model.set.nat-gateways': ({ raw }) => `natGateways는 0, 1, 2 중 하나여야 합니다 (2 = AZ마다 하나) (받은 값: "${raw}")`,
  'model.set.region': ({ raw, options }) => `region은 ${options.join(', ')} 중 하나여야 합니다 (받은 값: "${raw}")`,
  'model.set.bad-key-path': ({ path }) => `"${path}"는 올바른 키 경로가 아닙니다`,
  'model.set.unknown-key': ({ key }) => `알 수 없는 키 "${key}" (database.instanceClass나 services.0.count.desired 같은 경로를 쓰세요)`,
  'model.set.index-out-of-range': ({ path, index, length }) => `"${path}": 인덱스 ${index}가 범위(0에서 ${length})를 벗어납니다`,
  'model.set.invalid': (list) => `덮어쓴 값 때문에 구성이 올바르지 않습니다: ${listProblemsInKorean(list)}`,
  'model.saved.corrupted': () => '이 브라우저에 저장된 작업이 손상되어 무시했습니다.',
  'model.saved.not-a-save': (list) => `이 브라우저에 저장된 작업이 ArchDeck 저장 형식이 아니어서 무시했습니다 (${listProblemsInKorean(list)}).`,
  'model.saved.other-version': ({ found, expected }) => `저장된 작업이 다른 ArchDeck 버전의 것이어서 무시했습니다 (저장 형식 ${found}, 필요한 형식 ${expected}).`,
  'model.saved.unreadable-version': ({ problem }) => `이 브라우저에 저장된 작업을 무시했습니다: ${sayProblem(problem)}.`,
  'model.saved.does-not-fit': (list) => `저장된 작업이 더 이상 모델에 맞지 않아 무시했습니다 (${listProblemsInKorean(list)}).`,
}
