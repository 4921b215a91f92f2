import { withJosa } from '../../josa'
import type { Messages } from '../define'
import type { RefusedInput, ServerReason, StorageFailureKind } from '../server-reasons'

const STORAGE: Record<StorageFailureKind, string> = {
  locked:
    '서버가 저장소를 열 수 없습니다: 다른 프로세스가 ArchDeck 데이터 폴더를 쓰고 있습니다. 이 요청으로 바뀐 것은 없습니다. 다른 ArchDeck 서버나 명령을 멈추거나, ARCHDECK_DATA_DIR를 다른 폴더로 정해 이 서버를 시작하세요. 폴더와 프로세스는 서버 로그에 있습니다.',
  damaged:
    '서버가 데이터베이스를 읽을 수 없습니다: 파일이 손상되었거나 읽을 수 없습니다. 이 요청으로 바뀐 것은 없고, 다시 시도해도 나아지지 않습니다. 서버를 멈추고 "archdeck db restore FILE"로 백업을 복원하거나(손상된 파일은 사본으로 남깁니다), ARCHDECK_DATA_DIR를 다른 폴더로 정해 빈 상태로 시작하세요.',
  newer: '서버가 데이터베이스를 쓸 수 없습니다: 더 새로운 버전의 ArchDeck이 기록했습니다. 이 요청으로 바뀐 것은 없습니다. ArchDeck을 업그레이드하거나 다른 데이터베이스를 지정하세요.',
}

const WHAT: Record<RefusedInput, string> = {
  scenario: '시나리오',
  'workspace-name': '워크스페이스 이름',
  'scenario-name': '시나리오 이름',
  save: '저장 내용',
  decision: '결정',
  'share-version': '공유할 버전',
  'restore-version': '복원할 버전',
  request: '요청',
}

/** 워크스페이스 서버가 거절하거나 실패한 이유(한국어). */
export const server: Messages<ServerReason> = {
  'server.failed': () => '서버가 이 요청을 끝내지 못했습니다. 바뀐 것은 없으니 잠시 뒤 다시 시도하세요.',
  'server.storage': (p) => STORAGE[p.failure],
  'server.cross-site': () => '변경은 ArchDeck 자체 페이지에서만 받습니다.',
  'server.write-limit-misconfigured': () => '이 서버의 쓰기 제한 설정이 잘못되어, 운영자가 고칠 때까지 변경을 받지 않습니다(어떤 설정인지는 서버 로그에 있습니다). 이 요청으로 바뀐 것은 없습니다.',
  'server.rate-limited': (p) => `이 주소에서 짧은 시간에 변경이 너무 많았습니다. ${p.seconds}초 뒤 다시 시도하세요. 이 요청으로 바뀐 것은 없습니다.`,
  'server.bad-path-id': () => '이 주소에는 저장된 것이 없습니다: ID에 쓰일 수 없는 문자가 들어 있습니다.',
  'server.no-workspace': (p) => `${withJosa(`워크스페이스 ${p.id}`, '이/가')} 없습니다.`,
  'server.no-scenario': (p) => `이 워크스페이스에는 ${withJosa(`시나리오 ${p.id}`, '이/가')} 없습니다.`,
  'server.scenario-missing': (p) => `${withJosa(`시나리오 ${p.id}`, '이/가')} 없습니다.`,
  'server.no-version': (p) => `"${p.name}"에는 ${withJosa(`버전 ${p.version}`, '이/가')} 없습니다.`,
  'server.not-a-version': (p) => `"${p.param}"은 버전 번호가 아닙니다.`,
  'server.no-share-version': (p) => `이 워크스페이스에는 공유할 시나리오 ${p.scenarioId}의 ${withJosa(`버전 ${p.version}`, '이/가')} 없습니다.`,
  'server.name-taken': (p) => `이 워크스페이스에는 이미 같은 이름의 시나리오("${p.name}")가 있습니다. 다른 이름을 고르세요.`,
  'server.save-id-used': () => '저장 내용이 올바르지 않습니다: 같은 clientSaveId로 이미 저장했습니다.',
  'server.invalid': (p) => `${withJosa(WHAT[p.what], '이/가')} 올바르지 않습니다: ${p.summary}`,
}
