import type { AzPartReason, Improvement, RecoveryReason, SingleImprovement } from '../../../recovery/recovery-reasons'
import type { TaskReplacement } from '../../../recovery/task-replacement'
import { formatNotation as n } from '../../format'
import { withJosa } from '../../josa'
import { joinList } from '../../join-list'
import type { Messages } from '../define'
import { recoveryTitles } from './recovery-titles'

/** A list as Korean sentences name it: ['a', 'b', 'c'] → "a, b, c". */
const list = (items: readonly string[]): string => joinList(items, 'ko')

/** Sentences one after another, the absent ones left out. */
function sentences(parts: readonly (string | false | null)[]): string {
  return parts.filter((p): p is string => Boolean(p)).join(' ')
}

const minutes = (m: number | null): string => (m === null ? '상한 없음' : `${m}분`)
const replacer = (r: Pick<TaskReplacement, 'compute'>): string => (r.compute === 'fargate' ? 'ECS' : 'Auto Scaling 그룹')
const startDescription = (r: Pick<TaskReplacement, 'compute' | 'startSeconds'>): string =>
  r.compute === 'fargate' ? `Fargate 태스크가 이미지를 받아 시작하는 데 약 ${r.startSeconds}초` : `EC2 인스턴스가 부팅해 등록되는 데 약 ${r.startSeconds}초`
/** Notation, the same as in English. */
const replacementFormula = (r: TaskReplacement): string =>
  `${r.intervalSeconds} s × ${r.unhealthyThreshold} + ${r.startSeconds} s = ${r.totalSeconds} s → ${r.minutes} min`

const TASKS_KEEP_NO_DATA = '태스크는 데이터를 보관하지 않으므로 잃는 데이터가 없습니다(RPO 0).'
const NO_DATA_LOST = '잃는 데이터가 없습니다(RPO 0).'
const DATA_STAYS = '커밋된 데이터는 그대로입니다(RPO 0).'

function replacement(r: TaskReplacement | null): string {
  if (!r) return '태스크를 실행하는 서비스가 없습니다.'
  return (
    `${withJosa(replacer(r), '이/가')} 스스로 교체를 시작합니다. 가장 느린 ${withJosa(r.serviceName, '은/는')} ${replacementFormula(r)} 걸립니다. ` +
    `멈춘 태스크는 헬스 체크가 ${r.detectionSeconds}초 동안 실패해야 교체되고(종료된 태스크는 즉시 감지됩니다), ` +
    `이어서 ${startDescription(r)}가 걸립니다. 시간은 30초 단위로 올림합니다.`
  )
}

function outage(runningCount: number, singles: readonly string[]): string | null {
  if (runningCount === 0) return null
  if (singles.length === 0)
    return '실행 중인 모든 서비스가 태스크를 2개 이상 두므로, 사용자는 중단 없이 교체 태스크가 정상이 될 때까지 줄어든 용량만 겪습니다.'
  return `${withJosa(list(singles), '은/는')} 태스크가 하나뿐이라, 교체 태스크가 정상이 될 때까지 사용자가 중단을 겪습니다.`
}

const BREAKER = (m: number) => `배포 서킷 브레이커가 태스크가 계속 실패하는 릴리스를 멈추고 마지막 정상 리비전을 다시 배포합니다(약 ${m}분)`
const STALL = (m: number) =>
  `배포가 멈춥니다. 크래시 루프에 빠진 릴리스는 계속 시작에 실패하고 이전 태스크가 서비스하며, 누군가 이전 리비전을 다시 배포할 때까지 이어집니다(약 ${m}분)`
const ROLLING =
  '롤링 업데이트는 새 태스크가 정상이 된 뒤에야 이전 태스크를 멈추므로(최소 정상 100%), 정상이 되지 못하는 릴리스는 이전 태스크를 그대로 남겨 둡니다. 서비스 중단은 없습니다.'

const PART_NAMES: Record<string, string> = { app: '앱', database: '데이터베이스', nat: 'NAT', 'load-balancer': '로드 밸런서' }
const MODE_NAMES: Record<string, string> = { auto: '자동', partial: '부분', manual: '수동' }

/** "앱, 로드 밸런서는 스스로 복구되고, 데이터베이스, NAT에는 사람이 필요합니다." */
function summariseParts(parts: readonly { component: string; mode: string }[]): string {
  const names = (mode: string) => parts.filter((p) => p.mode === mode).map((p) => PART_NAMES[p.component] ?? p.component)
  const auto = list(names('auto'))
  const manualCount = names('manual').length
  const ko = [names('auto').length > 0 ? `${withJosa(auto, '은/는')} 스스로 복구되고` : '', manualCount > 0 ? `${list(names('manual'))}에는 사람이 필요합니다` : '']
  return manualCount > 0 ? `${ko.filter(Boolean).join(', ')}.` : `${withJosa(auto, '은/는')} 스스로 복구됩니다.`
}

function partReason(reason: AzPartReason): string {
  return (recovery[reason.code] as (params: AzPartReason['params']) => string)(reason.params)
}

function improvementWords(item: SingleImprovement): string {
  return (recovery[item.code] as (params: Improvement['params']) => string)(item.params)
}

function natUntil(m: number): string {
  return `누군가 새 NAT 게이트웨이를 만들고 프라이빗 라우팅 테이블이 그것을 가리키게 할 때까지(약 ${m}분)`
}

/** Recovery in Korean: scenario titles, modes, parts and coverage. */
export const recovery: Messages<RecoveryReason> = {
  ...recoveryTitles,
  'recovery.mode.auto': () => '자동',
  'recovery.mode.partial': () => '부분',
  'recovery.mode.manual': () => '수동',
  'recovery.part.app': () => '앱',
  'recovery.part.database': () => '데이터베이스',
  'recovery.part.nat': () => 'NAT',
  'recovery.part.load-balancer': () => '로드 밸런서',
  'recovery.coverage.share': (p) => `${p.total}개 중 ${p.auto}개 시나리오 자동 복구 = ${n(p.share * 100, 1)} %`,
  'recovery.coverage.none': () => '평가한 시나리오 없음',

  'recovery.task-crash.reason': (p) =>
    sentences([
      replacement(p.slowest),
      outage(p.runningCount, p.singles),
      p.idle.length > 0 && `${withJosa(list(p.idle), '은/는')} 희망 태스크 수(desired count)가 0이라 ECS가 태스크를 유지하지 않고, 다시 시작하는 것도 없습니다.`,
      TASKS_KEEP_NO_DATA,
    ]),
  'recovery.host-failure.reason': (p) =>
    sentences([
      p.fargate && 'Fargate에서는 AWS가 호스트를 관리합니다. 그 호스트의 태스크가 멈추면 ECS가 다른 호스트에 다시 배치합니다.',
      p.ec2 && 'EC2 서비스는 Auto Scaling 그룹의 헬스 체크가 인스턴스를 비정상으로 표시하고 새 인스턴스를 띄웁니다.',
      replacement(p.slowest),
      outage(p.runningCount, p.singles),
      p.idle.length > 0 && `${withJosa(list(p.idle), '은/는')} 희망 태스크 수(desired count)가 0이라 유지되는 태스크가 없습니다.`,
      p.bastion &&
        '배스천은 대체되지 않는 단일 EC2 인스턴스입니다. 누군가 새로 띄울 때까지 관리자 접속이 끊기지만, 서비스 경로에 있지 않으므로 복구 방식은 바뀌지 않습니다.',
      p.singleCacheNode && '캐시 노드가 하나뿐입니다. ElastiCache가 몇 분 뒤 빈 노드로 교체하며, 그때까지 모든 읽기가 데이터베이스로 갑니다.',
      TASKS_KEEP_NO_DATA,
    ]),
  'recovery.database.multi-az': (p) =>
    `Multi-AZ는 두 번째 AZ에 동기식 대기 인스턴스를 둡니다. RDS가 ${p.minSeconds}–${p.maxSeconds}초 안에 그쪽으로 장애 조치하고(→ ${p.rtoMinutes}분), ` +
    '커밋된 쓰기는 모두 대기 인스턴스에 이미 있으므로 잃는 데이터가 없습니다(RPO 0).',
  'recovery.database.read-replica': (p) =>
    `데이터베이스가 Single-AZ라 스스로 넘겨받는 것이 없습니다. 사람이 읽기 복제본 ${p.replicas}개 중 하나를 직접 ` +
    `프라이머리로 승격하고 앱의 연결 대상을 바꿀 수 있습니다(약 ${p.promotionMinutes}분). 복제본이 아직 받지 못한 쓰기, ` +
    `곧 약 ${p.lagMinutes}분의 복제 지연분은 잃습니다.`,
  'recovery.database.restore-backup': (p) =>
    '데이터베이스가 대기 인스턴스도 읽기 복제본도 없는 Single-AZ라, 사람이 특정 시점 백업을 새 인스턴스로 ' +
    `복원합니다(약 ${p.restoreMinutes}분). 백업을 ${p.retentionDays}일 보존하면 RDS가 트랜잭션 로그를 ` +
    `${p.logUploadMinutes}분마다 올리므로, 최대 ${p.logUploadMinutes}분의 쓰기를 잃습니다.`,
  'recovery.db-unresponsive.host-replaced': (p) =>
    '데이터베이스가 Single-AZ라 대신 맡을 것은 없지만 스토리지는 멀쩡합니다. RDS가 장애 난 호스트를 스스로 교체하거나(멈춘 엔진은 다시 시작하고) ' +
    `같은 스토리지를 붙이므로(약 ${p.replaceMinutes}분), 커밋된 쓰기를 잃지 않습니다(RPO 0). 특정 시점 복원은 AZ 장애처럼 스토리지를 잃었을 때만 필요합니다. ` +
    'Multi-AZ라면 몇 분 안에 대기 인스턴스로 장애 조치됩니다.',
  'recovery.database.no-backups': () =>
    '데이터베이스가 Single-AZ이고 자동 백업이 꺼져 있습니다(보존 0일). 기댈 대기 인스턴스도 복제본도 백업도 없으므로, ' +
    '인스턴스를 되살리지 못하면 데이터는 사라집니다. RTO와 RPO에 상한이 없습니다.',
  'recovery.db-disk-full.autoscaling': (p) =>
    sentences([
      `스토리지 자동 확장이 켜져 있습니다(${p.storageGb} GB, 최대 ${p.maxStorageGb} GB). 여유 공간이 ${p.growMinutes}분 동안 ${p.freePercent}% 이하로 ` +
        `머물면 가득 차기 전에 RDS가 10 GiB와 10% 중 큰 만큼(${p.stepGb} GB) 볼륨을 늘리므로, 쓰기는 중단되지 않습니다.`,
      `마지막 스토리지 변경 후 ${p.cooldownHours}시간이 지나야 다시 늘릴 수 있고 사람도 그 전에는 스토리지를 바꿀 수 없으므로, ${p.cooldownHours}시간 안에 다시 가득 차면 그때까지 쓰기가 멈춥니다.`,
      p.capped && `이번 확장으로 최대값 ${p.maxStorageGb} GB에 닿으므로, 그 뒤에는 사람이 최대값을 올려야 합니다.`,
      DATA_STAYS,
    ]),
  'recovery.db-disk-full.no-autoscaling': (p) => {
    const warning =
      p.alarms > 0
        ? `CloudWatch 경보가 ${p.alarms}개 있어, 여유 스토리지 경보가 볼륨이 차기 전에 알려 줄 수 있습니다.`
        : 'CloudWatch 경보가 없어, 처음 알게 되는 신호는 실패한 쓰기입니다.'
    return (
      `스토리지 자동 확장이 꺼져 있습니다(${p.storageGb} GB, 더 높은 최대값 없음). 볼륨이 가득 차면 누군가 할당 스토리지를 늘릴 때까지 ` +
      `데이터베이스가 쓰기를 받지 않습니다(약 ${p.resizeMinutes}분). ${warning} ${DATA_STAYS}`
    )
  },
  'recovery.bad-deploy.reason': (p) => {
    const rollback =
      p.unguarded.length === 0
        ? `모든 서비스에 자동 롤백이 있습니다. ${BREAKER(p.breakerMinutes)}.`
        : p.guarded.length === 0
          ? `자동 롤백이 있는 서비스가 없어, ${STALL(p.manualMinutes)}.`
          : `${withJosa(list(p.guarded), '은/는')} 스스로 롤백합니다. ${BREAKER(p.breakerMinutes)}. ${list(p.unguarded)}에는 자동 롤백이 없어, ${STALL(p.manualMinutes)}.`
    const single =
      p.singleInstance.length > 0 &&
      `${withJosa(list(p.singleInstance), '은/는')} 인스턴스가 하나인 Auto Scaling 그룹입니다. 인스턴스 새로 고침은 90%만 정상으로 유지하며 그 인스턴스를 교체하므로, 롤백될 때까지 사용자가 중단을 겪습니다.`
    return sentences([ROLLING, rollback, single, TASKS_KEEP_NO_DATA])
  },
  'recovery.az-outage.reason': (p) =>
    sentences([
      summariseParts(p.parts),
      `복구 시간은 가장 느린 부분이 정합니다: max(${p.rtos.map(minutes).join(', ')}) = ${minutes(p.rtoMinutes)}. 데이터 손실은 데이터베이스의 몫입니다(RPO ${minutes(p.rpoMinutes)}).`,
      p.bastion && '배스천은 한 AZ에 있고 대체되지 않으므로, 관리자 접속도 끊길 수 있습니다.',
      p.singleCacheNode && '단일 캐시 노드는 한 AZ에 있습니다. 교체될 때까지 모든 읽기가 데이터베이스로 갑니다.',
    ]),
  'recovery.az-app.one-az': (p) =>
    `네트워크에 AZ가 1개뿐이라 모든 태스크가 장애 난 AZ에서 돕니다. 누군가 다른 AZ에 서비스를 다시 배포할 때까지 아무것도 서비스하지 못합니다(약 ${p.rebuildMinutes}분).`,
  'recovery.az-app.thin-replaced': (p) =>
    `${withJosa(list(p.services), '은/는')} 태스크가 2개 미만이라 두 번째 AZ에서 도는 사본이 없습니다. 장애 난 AZ에 태스크가 있었다면, ` +
    `원하는 개수를 유지하는 ECS가 AZ ${p.azCount}개 중 살아남은 AZ의 서비스 서브넷에 교체 태스크를 띄울 때까지 서비스가 멈춥니다` +
    `${p.slowest ? `(${p.slowest.serviceName}: ${replacementFormula(p.slowest)})` : ''}.`,
  'recovery.az-app.spread': (p) =>
    `부하 분산되는 모든 서비스가 태스크를 2개 이상 두고, ECS가 이를 AZ ${p.azCount}개에 나눠 배치합니다. 로드 밸런서는 살아남은 태스크로 트래픽을 보내고 ` +
    `ECS는 잃은 태스크를 살아남은 AZ에서 교체합니다${p.slowest ? `(${p.slowest.serviceName}: ${replacementFormula(p.slowest)})` : ''}.`,
  'recovery.az-nat.per-az': () => '각 AZ에 자기 NAT 게이트웨이가 있어, 살아남은 AZ는 외부 통신을 유지합니다.',
  'recovery.az-nat.single-with-endpoints': (p) =>
    `유일한 NAT 게이트웨이가 장애 난 AZ에 있을 수 있지만, 이미지는 ${list(p.endpoints)} 엔드포인트로 받으므로 교체 태스크는 그래도 시작됩니다. ` +
    '살아남은 AZ에서 인터넷으로 나가는 호출은 그곳에 NAT 게이트웨이를 추가할 때까지 실패합니다.',
  'recovery.az-nat.single': (p) =>
    '유일한 NAT 게이트웨이가 한 AZ에 있습니다. 그 AZ가 장애 나면 살아남은 AZ의 태스크가 외부 통신을 잃어, 누군가 그곳에 NAT 게이트웨이를 ' +
    `만들 때까지(약 ${p.rebuildMinutes}분) 교체 태스크가 이미지를 받지 못하고 외부 호출이 실패합니다.`,
  'recovery.az-nat.none-with-endpoints': (p) => `NAT가 없고 이미지는 ${list(p.endpoints)} 엔드포인트로 받으므로 NAT에 의존하는 것이 없습니다.`,
  'recovery.az-nat.none': (p) => `NAT가 없고 ${list(p.missing)} 엔드포인트도 없어, 살아남은 AZ의 교체 태스크가 이미지를 받지 못합니다.`,
  'recovery.az-nat.instance': (p) =>
    `NAT는 한 AZ에 있는 단일 ${p.instanceType} 인스턴스이고 대체되는 것이 없습니다. 그 AZ가 장애 나면 누군가 다른 곳에 새로 만들 때까지(약 ${p.rebuildMinutes}분) 살아남은 AZ에 외부 통신이 없습니다.`,
  'recovery.az-lb.one-az': (p) =>
    `네트워크에 AZ가 1개뿐이라 로드 밸런서의 노드가 다른 곳에 없습니다. 누군가 두 AZ에 걸쳐 다시 만들 때까지 트래픽이 멈춥니다(약 ${p.rebuildMinutes}분).`,
  'recovery.az-lb.spread': (p) =>
    `로드 밸런서의 노드가 ${p.azCount === 2 ? '두' : `${p.azCount}개`} AZ 모두에 있습니다. 장애 난 AZ의 노드는 ${p.ttlSeconds}초 TTL 안에 DNS에서 빠집니다(→ ${p.rtoMinutes}분).`,
  'recovery.endpoint-loss.endpoints': (p) =>
    `NAT가 없고 이미지는 ${list(p.endpoints)} 엔드포인트로 받습니다. 인터페이스 엔드포인트는 모든 AZ의 프라이빗 서브넷에 있고(S3는 장비가 아니라 경로입니다), ` +
    `하나가 응답하지 않아도 실행 중인 태스크는 가진 이미지로 계속 서비스하며 ECS는 이미지를 받지 못한 태스크 시작을 다시 시도합니다. ${NO_DATA_LOST}`,
  'recovery.endpoint-loss.no-egress-path': (p) =>
    `NAT가 없고 ${list(p.missing)} 엔드포인트도 없어 프라이빗 태스크가 이미지를 전혀 받을 수 없습니다. ` +
    `NAT나 엔드포인트를 추가할 때까지 어떤 태스크도 시작하지 못하므로 시간에 상한이 없습니다. ${NO_DATA_LOST}`,
  'recovery.nat-loss.per-az': (p) =>
    `AZ ${p.azCount}개마다 NAT 게이트웨이가 있고 NAT 게이트웨이는 한 AZ에 속하므로, 하나를 잃으면 그 AZ의 외부 통신만 끊깁니다. ` +
    '외부 호출을 하지 않는 헬스 체크는 계속 통과하므로 로드 밸런서는 그 AZ의 태스크에 계속 요청을 보내고, 외부 호출이 필요한 요청은 ' +
    `누군가 게이트웨이를 교체할 때까지(약 ${p.minutes}분) 실패합니다. 헬스 체크가 외부 통신까지 확인한다면 그 태스크들은 ${p.detectionSeconds}초 동안 체크에 실패한 뒤 ` +
    `스스로 서비스에서 빠지겠지만, 모델은 그렇다고 말하지 않으므로 부분으로 셉니다. ${NO_DATA_LOST}`,
  'recovery.nat-loss.single-with-endpoints': (p) =>
    `모든 프라이빗 서브넷이 NAT 게이트웨이 하나를 함께 씁니다. 이미지는 ${list(p.endpoints)} 엔드포인트로 받으므로 실행 중인 태스크는 계속 서비스하고 ` +
    `교체 태스크도 시작되지만, ${natUntil(p.minutes)} 인터넷으로 나가는 호출은 실패합니다. ${NO_DATA_LOST}`,
  'recovery.nat-loss.single': (p) =>
    `모든 프라이빗 서브넷이 NAT 게이트웨이 하나를 함께 쓰고 이미지 풀 엔드포인트가 없습니다. 실행 중인 태스크는 계속 서비스하지만, ` +
    `${natUntil(p.minutes)} 외부 호출이 실패하고 교체 태스크는 이미지를 받지 못합니다. ${NO_DATA_LOST}`,
  'recovery.nat-instance-loss.manual': (p) =>
    `NAT는 Auto Scaling 그룹에 속하지 않아 대체되는 것이 없는 단일 ${p.instanceType} 인스턴스입니다. 누군가 새 인스턴스를 띄우고 프라이빗 라우팅 테이블을 다시 연결할 때까지` +
    `(약 ${p.minutes}분) 외부 호출이 실패${p.endpoints ? '합니다' : '하고 교체 태스크는 이미지를 받지 못합니다'}. ${NO_DATA_LOST}`,
  'recovery.region-outage.no-plan': (p) => {
    const backups = p.crossRegionBackups
      ? `스냅샷이 두 번째 리전으로 복사되므로, 누군가 그곳에 다시 구축하면 잃는 쓰기는 최대 하루치입니다(RPO ${p.snapshotRpoMinutes}분).`
      : `백업도 ${p.region}에 있으므로, 장애가 길어지면 데이터까지 잃을 수 있습니다(RPO 상한 없음).`
    return `재해 복구 계획이 없습니다. 모든 것이 ${p.region}에서 돌고 다른 곳에 준비된 것이 없으므로 복구 시간에 상한이 없습니다. ${backups}`
  },
  'recovery.region-outage.backup-restore': (p) => {
    const loss = p.crossRegionBackups
      ? `자동 백업이 두 번째 리전으로 복제되므로 약 ${p.rpoMinutes}분의 쓰기를 잃습니다.`
      : `리전 간 백업 복제가 없으면 그곳의 최신 사본은 일일 스냅샷이므로, 최대 ${p.rpoMinutes}분의 쓰기를 잃습니다.`
    return `백업 및 복원: 사람이 인프라 코드로 두 번째 리전에 스택을 다시 구축하고 최신 백업을 그곳에 복원합니다(약 ${p.rto}분). ${loss}`
  },
  'recovery.region-outage.pilot-light': (p) =>
    `파일럿 라이트: 데이터베이스는 이미 두 번째 리전에 복제되어 있지만 그곳의 컴퓨팅은 꺼져 있습니다. 사람이 규모를 키우고 DNS를 전환하며(약 ${p.rto}분), ` +
    `최대 ${p.rpo}분의 쓰기를 잃습니다.`,
  'recovery.region-outage.warm-standby': (p) =>
    `웜 스탠바이: 축소된 사본이 두 번째 리전에서 이미 돌고 있습니다. DNS 장애 조치가 트래픽을 그쪽으로 옮기고 규모를 늘리며(약 ${p.rto}분), ` +
    `복제된 쓰기 중 최대 ${p.rpo}분을 잃습니다.`,

  'recovery.step.health-check-fails': (p) =>
    `헬스 체크가 ${p.intervalSeconds}초 간격으로 ${p.unhealthyThreshold}번 실패합니다(${p.detectionSeconds}초). 종료된 태스크는 즉시 감지됩니다.`,
  'recovery.step.replacement-starts': (p) => `${withJosa(replacer(p), '이/가')} 교체를 시작합니다. ${startDescription(p)}가 걸립니다.`,
  'recovery.step.replacement-healthy': (p) =>
    p.loadBalanced ? '교체 태스크가 헬스 체크를 통과하면 로드 밸런서가 다시 트래픽을 보냅니다.' : '교체 태스크가 헬스 체크를 통과하고 다시 일을 받습니다.',
  'recovery.step.bastion-not-replaced': () => '배스천은 대체되지 않습니다. 관리자 접속이 필요할 때 누군가 새로 띄웁니다.',
  'recovery.step.rds-detects': () => 'RDS가 프라이머리의 무응답을 감지합니다.',
  'recovery.step.rds-repoints': (p) => `RDS가 데이터베이스 엔드포인트를 다른 AZ의 대기 인스턴스로 돌립니다(${p.minSeconds}–${p.maxSeconds}초).`,
  'recovery.step.app-reconnects-standby': () => '앱은 같은 엔드포인트로 다시 연결하고, RDS는 백그라운드에서 새 대기 인스턴스를 만듭니다.',
  'recovery.step.rds-replaces-host': () => 'RDS가 엔진을 다시 시작하거나 호스트를 교체하고, 같은 스토리지를 붙입니다.',
  'recovery.step.app-reconnects-same': () => '앱은 같은 엔드포인트로 다시 연결하고, 커밋된 쓰기는 모두 그대로입니다.',
  'recovery.step.db-outage-confirmed': () => '경보나 사용자가 데이터베이스 오류를 알리고, 사람이 프라이머리 중단을 확인합니다.',
  'recovery.step.promote-replica': () => '그 사람이 읽기 복제본을 독립된 프라이머리로 승격합니다.',
  'recovery.step.repoint-promoted': () => '앱의 연결 대상을 승격된 인스턴스로 바꾸고 다시 연결합니다. 새 복제본은 나중에 만듭니다.',
  'recovery.step.restore-latest': () => '그 사람이 복원 가능한 최신 시점을 새 인스턴스로 복원합니다.',
  'recovery.step.repoint-new': () => '앱의 연결 대상을 새 인스턴스로 바꾸고 다시 연결합니다.',
  'recovery.step.reboot-or-repair': () => '그 사람은 인스턴스를 재부팅하거나 고쳐 보는 것밖에 할 수 없습니다. 복원할 곳이 없습니다.',
  'recovery.step.free-storage-falls': (p) => `여유 스토리지가 볼륨의 ${p.freePercent}%까지 줄어듭니다.`,
  'recovery.step.rds-grows': (p) => `${p.growMinutes}분 뒤 RDS가 서비스 중에 볼륨을 ${p.stepGb} GB 늘립니다.`,
  'recovery.step.second-fill-waits': (p) => `마지막 확장 후 ${p.cooldownHours}시간 안에 다시 가득 차면 ${p.cooldownHours}시간이 지날 때까지 쓰기가 멈춥니다.`,
  'recovery.step.writes-continue': (p) => `쓰기는 계속되고, 확장은 ${p.maxStorageGb} GB에서 멈춥니다.`,
  'recovery.step.storage-alarm-or-fail': () => '여유 스토리지 경보가 울리거나, 쓰기가 실패하기 시작합니다.',
  'recovery.step.writes-fail': () => '쓰기가 실패하기 시작합니다.',
  'recovery.step.raise-storage': () => '사람이 할당 스토리지를 늘립니다.',
  'recovery.step.writes-resume': () => '변경이 시작되자마자 쓰기가 재개됩니다.',
  'recovery.step.bad-revision-fails': () => '새 태스크가 잘못된 리비전으로 시작해 헬스 체크에 거듭 실패합니다.',
  'recovery.step.old-tasks-serve': () => '이전 태스크는 계속 서비스합니다. 새 태스크가 정상이 되기 전에는 하나도 멈추지 않습니다.',
  'recovery.step.deployment-stalls': () => '배포가 멈추고, 실패하는 태스크의 경보를 따라 사람이 잘못된 리비전을 찾아냅니다.',
  'recovery.step.breaker-marks-failed': () => '실패한 태스크가 충분히 쌓이면(최소 3개) 서킷 브레이커가 배포를 실패로 표시합니다.',
  'recovery.step.ecs-redeploys': () => 'ECS가 마지막 정상 리비전을 다시 배포하고 서비스가 정상으로 돌아옵니다.',
  'recovery.step.person-redeploys': () => '그 사람이 이전 리비전을 다시 배포하고 서비스가 정상으로 돌아옵니다.',
  'recovery.step.az-stops': () => '한 AZ가 응답을 멈추고, 로드 밸런서 헬스 체크가 그곳의 대상을 비정상으로 표시합니다.',
  'recovery.step.az-part': (p) => `${PART_NAMES[p.component] ?? p.component}(${MODE_NAMES[p.mode]}): ${partReason(p.reason)}`,
  'recovery.step.endpoint-interface-fails': () => '한 AZ의 엔드포인트 인터페이스가 응답하지 않습니다.',
  'recovery.step.running-tasks-serve': () => '실행 중인 태스크는 이미 가진 이미지로 계속 서비스합니다.',
  'recovery.step.ecs-retries-start': () => 'ECS가 이미지를 받지 못한 태스크 시작을 성공할 때까지 다시 시도합니다.',
  'recovery.step.images-fail': () => '교체 태스크와 새 태스크가 이미지를 받지 못합니다.',
  'recovery.step.add-nat-or-endpoints': () => '사람이 NAT 게이트웨이나 이미지 풀 엔드포인트를 추가합니다.',
  'recovery.step.az-nat-stops': () => '한 AZ의 NAT 게이트웨이가 멈추고, 그 AZ의 태스크가 외부 호출을 잃습니다.',
  'recovery.step.az-tasks-keep-traffic': () =>
    '외부 호출을 하지 않는 헬스 체크는 계속 통과합니다. 로드 밸런서는 그 AZ의 태스크에 계속 요청을 보내고, 외부 호출이 필요한 요청은 실패합니다.',
  'recovery.step.nat-gateway-stops': () => 'NAT 게이트웨이가 멈추고, 프라이빗 태스크의 외부 호출이 시간 초과됩니다.',
  'recovery.step.create-nat-gateway': () => '경보나 사용자가 오류를 알리고, 사람이 새 NAT 게이트웨이를 만듭니다.',
  'recovery.step.routes-new-gateway': () => '프라이빗 라우팅 테이블이 새 NAT 게이트웨이를 가리키고, 외부 호출이 다시 됩니다.',
  'recovery.step.nat-instance-stops': () => 'NAT 인스턴스가 멈추고, 프라이빗 태스크의 외부 호출이 시간 초과됩니다.',
  'recovery.step.launch-nat-instance': () => '경보나 사용자가 오류를 알리고, 사람이 새 NAT 인스턴스를 띄웁니다.',
  'recovery.step.routes-new-instance': () => '프라이빗 라우팅 테이블이 새 인스턴스를 가리키고, 외부 호출이 다시 됩니다.',
  'recovery.step.region-stops': (p) => `${withJosa(p.region, '이/가')} 사용할 수 없게 되고, 모든 구성 요소가 멈춥니다.`,
  'recovery.step.wait-or-rebuild': () => '사람이 리전이 돌아오기를 기다리거나, 다른 곳에 전체 스택을 처음부터 다시 구축합니다.',
  'recovery.step.region-declare': (p) => `${withJosa(p.region, '이/가')} 사용할 수 없게 되고, 사람이 재해를 선언합니다.`,
  'recovery.step.deploy-second-region': () => '두 번째 리전에 스택을 배포하고 데이터베이스를 백업에서 복원합니다.',
  'recovery.step.dns-second-region': () => 'DNS가 두 번째 리전을 가리키게 합니다.',
  'recovery.step.promote-second-region': () => '두 번째 리전의 복제본 데이터베이스를 승격하고, 그곳의 서비스를 0에서 확장합니다.',
  'recovery.step.region-dns-fails': (p) => `${withJosa(p.region, '이/가')} 사용할 수 없게 되고, DNS 헬스 체크가 실패합니다.`,
  'recovery.step.traffic-to-standby': () => '트래픽이 대기 리전으로 옮겨 가고, 그곳의 데이터베이스 복제본이 승격됩니다.',
  'recovery.step.standby-scales': () => '대기 리전이 전체 용량으로 확장됩니다.',

  'recovery.improve.run-one-task': (p) => `${list(p.services)}의 태스크를 1개 이상 실행하기(desired count ≥ 1)`,
  'recovery.improve.multi-az': () => 'Database Multi-AZ 켜기',
  'recovery.improve.storage-autoscaling': (p) => `스토리지 자동 확장 켜기(데이터베이스 최대 스토리지를 ${p.storageGb} GB보다 크게 설정)`,
  'recovery.improve.auto-rollback': (p) => `${list(p.services)}에 배포 자동 롤백 켜기`,
  'recovery.improve.two-azs': () => '가용 영역 2개 이상 쓰기',
  'recovery.improve.nat-per-az': () => 'AZ마다 NAT 게이트웨이 하나씩 두기',
  'recovery.improve.replace-nat-instance': () => 'NAT 인스턴스를 AZ마다 하나씩 두는 NAT 게이트웨이로 바꾸기',
  'recovery.improve.vpc-endpoints': (p) => `${list(p.missing)} VPC 엔드포인트 추가하기`,
  'recovery.improve.egress-health-check': (p) => `${list(p.services)}의 로드 밸런서 헬스 체크가 외부 통신까지 확인하게 해, 외부 통신을 잃은 태스크가 스스로 서비스에서 빠지게 하기`,
  'recovery.improve.warm-standby': () => '두 번째 리전에 웜 스탠바이 운영하기(재해 복구: 웜 스탠바이)',
  'recovery.improve.several': (p) => p.items.map(improvementWords).join(', '),
}
