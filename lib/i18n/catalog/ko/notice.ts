import { withJosa } from '../../josa'
import type { Messages } from '../define'
import type { EditName, HistoryStep, NoticeReason } from '../notice-reasons'
import { model } from './model'

const EDITS: Record<EditName, string> = {
  'tasks-per-service': '서비스당 태스크 수',
  'max-tasks-per-service': '서비스당 최대 태스크 수',
  'task-count': '태스크 수',
  'db-multi-az': '데이터베이스 Multi-AZ',
  'nat-gateways': 'NAT 게이트웨이',
  'db-class': '데이터베이스 클래스',
  'az-count': '가용 영역',
  'fargate-size': 'Fargate 태스크 크기',
  budget: '월 예산',
  'peak-traffic': '피크 트래픽',
  region: '리전',
  'nat-outbound': 'NAT 아웃바운드 트래픽',
  'service-add': '서비스 추가',
  'service-remove': '서비스 삭제',
  'service-name': '서비스 이름',
  'service-compute': 'Fargate 또는 EC2',
  'service-size': '태스크 크기',
  'service-instance-type': '인스턴스 유형',
  'service-count': '태스크 수 범위',
  'service-scaling': '오토스케일링',
  'service-port': '서비스 포트',
  'service-health-check': '헬스 체크',
  'service-load-balancer': '로드 밸런서 연결',
  'service-security-groups': '서비스 보안 그룹',
  'service-rollback': '자동 롤백',
  'service-performance': '서비스 처리 시간과 트래픽 비중',
  'sla-p95': 'p95 목표',
  'recovery-objectives': '복구 목표',
  'db-engine': '데이터베이스 엔진',
  'db-storage': '데이터베이스 스토리지',
  'db-replicas': '읽기 복제본',
  'db-backups': '백업 보존 기간',
  'db-insights': '성능 개선 도우미',
  'db-encryption': '데이터베이스 암호화',
  'db-public-access': '데이터베이스 퍼블릭 액세스',
  'cache-add': '캐시 추가',
  'cache-remove': '캐시 삭제',
  'cache-settings': '캐시 설정',
  'lb-add': '로드 밸런서 추가',
  'lb-remove': '로드 밸런서 삭제',
  'lb-scheme': '로드 밸런서 체계',
  'lb-routing': '로드 밸런서 라우팅',
  'lb-listener-add': '리스너 추가',
  'lb-listener-remove': '리스너 삭제',
  'nat-mode': 'NAT 방식',
  'nat-instance-type': 'NAT 인스턴스 유형',
  'vpc-endpoint': 'VPC 엔드포인트',
  'bastion-add': '배스천 추가',
  'bastion-remove': '배스천 삭제',
  'bastion-instance-type': '배스천 인스턴스 유형',
  ssm: 'Session Manager',
  'instance-connect-endpoint': 'EC2 Instance Connect 엔드포인트',
  'sg-add': '보안 그룹 추가',
  'sg-remove': '보안 그룹 삭제',
  'sg-rule-add': '규칙 추가',
  'sg-rule-remove': '규칙 삭제',
}

/** 실행 취소 단계의 이름: 편집의 이름, 또는 설계 전체를 바꾼 일. */
export const STEPS: Record<HistoryStep, string> = {
  ...EDITS,
  preset: '프리셋 변경',
  import: '구성 가져오기',
  replace: '설계 교체',
}

/** The dashboard's notices in Korean, with the model's field errors in Korean. */
export const notice: Messages<NoticeReason> = {
  'notice.link-refused': ({ overLimits, ...list }) =>
    `${overLimits ? '링크가 ArchDeck이 평가하는 범위를 넘습니다' : '링크를 열 수 없습니다'}: ${model['model.problem-list'](list)}. 기본 프리셋을 대신 보여 줍니다.`,
  'notice.link-unknown-preset': ({ id }) => `링크에 적힌 프리셋을 찾을 수 없습니다: "${id}". 기본 프리셋을 대신 보여 줍니다.`,
  'notice.link-snapshot-missing': ({ unavailable }) =>
    unavailable
      ? '링크된 설계를 보관하는 저장소가 응답하지 않아 지금은 열 수 없습니다. 잠시 후 링크를 다시 열어 주세요. 기본 프리셋을 대신 보여 줍니다.'
      : '링크에 적힌 저장된 설계가 이 서버에 없습니다(다른 ArchDeck 서버의 링크일 수 있습니다). 기본 프리셋을 대신 보여 줍니다.',
  'notice.edit-refused': ({ edit, ...list }) => `${withJosa(EDITS[edit], '을/를')} 적용하지 않았습니다: ${model['model.problem-list'](list)}`,
  'notice.unknown-preset': ({ id }) => `프리셋을 찾을 수 없습니다: "${id}".`,
  'notice.import-refused': ({ fileName, ...list }) => `${withJosa(fileName, '을/를')} 가져오지 않았습니다: ${model['model.problem-list'](list)}. 지금 작업은 그대로입니다.`,
  'notice.imported': ({ fileName }) => `${withJosa(fileName, '을/를')} 가져왔습니다.`,
  'notice.saved-ignored': ({ why, keptUnder }) => {
    const said = model[why.code] as (params: typeof why.params) => string
    return `${said(why.params)}${keptUnder === null ? '' : ` 이 브라우저의 "${keptUnder}"에 사본을 보관해 두었습니다.`}`
  },
  'notice.link-not-stored': (p) => `이 설계는 링크에 담기에 너무 커서 서버에 저장해야 하는데, 서버가 저장하지 못했습니다 (${p.detail}). 잠시 후 다시 시도해 주세요.`,
  'notice.storage-unavailable': () => '이 브라우저가 작업을 저장하지 못했습니다 (저장 공간이 가득 찼거나 꺼져 있습니다). 설정 내보내기로 보관하세요.',
  'notice.topology-image-failed': ({ detail }) => `토폴로지 이미지를 만들지 못했습니다 (${detail}).`,
  'notice.undone': ({ step }) => `실행 취소: ${STEPS[step]}`,
  'notice.redone': ({ step }) => `다시 실행: ${STEPS[step]}`,
  'notice.history-dropped': () => '이 브라우저에 저장된 실행 취소 기록을 읽을 수 없어 버렸습니다. 작업은 그대로입니다.',
}
