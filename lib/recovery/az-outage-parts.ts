import { listWords, text, type Text } from '../explain/text'
import type { ArchitectureConfig } from '../model'
import { withJosa } from '../narrative/josa'
import { assessDatabaseFailover } from './database-failover'
import { resolveNatMode } from './resolve-nat-mode'
import { hasImagePullEndpoints, IMAGE_PULL_ENDPOINTS, listMissingImagePullEndpoints } from './image-pull-endpoints'
import { addVpcEndpoints, REPLACE_NAT_INSTANCE, USE_NAT_PER_AZ } from './nat-improvements'
import { ALB_AZ_FAILOVER_SECONDS, MANUAL_AZ_REBUILD_MINUTES } from './recovery-times'
import { roundUpToHalfMinute } from './round-minutes'
import { findSlowestReplacement } from './task-replacement'
import type { PartDraft } from './types'

/** One component's fate when an AZ fails, with what the scenario needs to combine the parts. */
export type AzOutagePart = PartDraft & {
  rtoMinutes: number | null
  /** Only the database part knows about data; the others lose none. */
  rpoMinutes: number | null
  singlePointsOfFailure: string[]
  improvement: Text | null
}

const USE_TWO_AZS = text('Use 2 or more availability zones', '가용 영역 2개 이상 쓰기')
const REBUILD = MANUAL_AZ_REBUILD_MINUTES

/**
 * Tasks survive when there are 2+ AZs and every load-balanced service runs 2+ tasks, which ECS
 * spreads across AZs; the lost ones are replaced in the surviving AZ.
 * Example (swiftlogix): 2 AZs, 3 services × 2 tasks → auto, 25 s × 2 + 45 s = 95 s → 2 min.
 */
export function assessAppPart(config: ArchitectureConfig): AzOutagePart {
  const part = { component: 'app' as const, rpoMinutes: 0 }
  const { azCount } = config.network
  if (azCount < 2)
    return {
      ...part,
      mode: 'manual',
      rtoMinutes: REBUILD,
      reason: text(
        `The network has 1 AZ, so every task runs in the failed one; nothing serves until someone redeploys the services in another AZ (about ${REBUILD} min).`,
        `네트워크에 AZ가 1개뿐이라 모든 태스크가 장애 난 AZ에서 돕니다. 누군가 다른 AZ에 서비스를 다시 배포할 때까지 아무것도 서비스하지 못합니다(약 ${REBUILD}분).`,
      ),
      singlePointsOfFailure: config.services.map((s) => s.id),
      improvement: USE_TWO_AZS,
    }
  const served = config.services.filter((s) => s.loadBalancer !== undefined)
  const thin = served.filter((s) => s.count.desired < 2)
  if (thin.length > 0) {
    const names = listWords(thin.map((s) => s.name))
    return {
      ...part,
      mode: 'manual',
      rtoMinutes: REBUILD,
      reason: {
        en:
          `${names.en} ${thin.length === 1 ? 'runs' : 'run'} fewer than 2 tasks, so no copy is kept running in a second AZ: ` +
          'if the failed AZ held the task, the service is down until a new one runs in a surviving AZ. That restart is counted as manual ' +
          `(about ${REBUILD} min) because it waits on the rest of the zone's recovery.`,
        ko:
          `${withJosa(names.ko, '은/는')} 태스크가 2개 미만이라 두 번째 AZ에서 도는 사본이 없습니다. 장애 난 AZ에 태스크가 있었다면, ` +
          `살아남은 AZ에 새 태스크가 뜰 때까지 서비스가 멈춥니다. 이 재시작은 영역 전체의 복구를 기다리므로 수동으로 셉니다(약 ${REBUILD}분).`,
      },
      singlePointsOfFailure: thin.map((s) => s.id),
      improvement: {
        en: `Run at least 2 tasks of ${names.en} so ECS spreads them across AZs`,
        ko: `${names.ko}의 태스크를 2개 이상 실행해 ECS가 AZ에 나눠 배치하게 하기`,
      },
    }
  }
  const slowest = findSlowestReplacement(served)
  return {
    ...part,
    mode: 'auto',
    rtoMinutes: slowest ? slowest.minutes : 0,
    reason: {
      en:
        `Every load-balanced service runs 2 or more tasks, which ECS spreads across the ${azCount} AZs: the load balancer sends traffic to the surviving tasks ` +
        `and ECS replaces the lost ones in a surviving AZ${slowest ? ` (${slowest.serviceName}: ${slowest.formula})` : ''}.`,
      ko:
        `부하 분산되는 모든 서비스가 태스크를 2개 이상 두고, ECS가 이를 AZ ${azCount}개에 나눠 배치합니다. 로드 밸런서는 살아남은 태스크로 트래픽을 보내고 ` +
        `ECS는 잃은 태스크를 살아남은 AZ에서 교체합니다${slowest ? `(${slowest.serviceName}: ${slowest.formula})` : ''}.`,
    },
    singlePointsOfFailure: [],
    improvement: null,
  }
}

/** The database part is the database failover itself: Multi-AZ promotes its standby in the other AZ. */
export function assessDatabasePart(config: ArchitectureConfig): AzOutagePart {
  const db = assessDatabaseFailover(config.database)
  return {
    component: 'database',
    mode: db.mode,
    rtoMinutes: db.rtoMinutes,
    rpoMinutes: db.rpoMinutes,
    reason: db.reason,
    singlePointsOfFailure: config.database.multiAz ? [] : ['database'],
    improvement: db.improvement,
  }
}

/**
 * Egress from the surviving AZ. A single NAT (gateway or instance) may sit in the failed AZ;
 * image-pull endpoints let replacement tasks start anyway, which is what recovery needs.
 * Example (swiftlogix): one NAT gateway, no endpoints → manual, 60 min.
 */
export function assessNatPart(config: ArchitectureConfig): AzOutagePart {
  const { network } = config
  const part = { component: 'nat' as const, rpoMinutes: 0 }
  const endpoints = hasImagePullEndpoints(network)
  const endpointList = listWords(IMAGE_PULL_ENDPOINTS)
  switch (resolveNatMode(network)) {
    case 'per-az':
      return {
        ...part,
        mode: 'auto',
        rtoMinutes: 0,
        reason: text(
          'Each AZ has its own NAT gateway, so the surviving AZ keeps its outbound access.',
          '각 AZ에 자기 NAT 게이트웨이가 있어, 살아남은 AZ는 외부 통신을 유지합니다.',
        ),
        singlePointsOfFailure: [],
        improvement: null,
      }
    case 'single':
      return endpoints
        ? {
            ...part,
            mode: 'auto',
            rtoMinutes: 0,
            reason: {
              en:
                `The only NAT gateway may be in the failed AZ, but image pulls go through the ${endpointList.en} endpoints, so replacement tasks still start; ` +
                'outbound calls to the internet from the surviving AZ fail until a NAT gateway is added there.',
              ko:
                `유일한 NAT 게이트웨이가 장애 난 AZ에 있을 수 있지만, 이미지는 ${endpointList.ko} 엔드포인트로 받으므로 교체 태스크는 그래도 시작됩니다. ` +
                '살아남은 AZ에서 인터넷으로 나가는 호출은 그곳에 NAT 게이트웨이를 추가할 때까지 실패합니다.',
            },
            singlePointsOfFailure: ['nat'],
            improvement: null,
          }
        : {
            ...part,
            mode: 'manual',
            rtoMinutes: REBUILD,
            reason: text(
              'The only NAT gateway sits in one AZ: if that AZ fails, tasks in the surviving AZ lose outbound access, so replacement tasks cannot pull ' +
                `their images and outbound calls fail until someone creates a NAT gateway there (about ${REBUILD} min).`,
              '유일한 NAT 게이트웨이가 한 AZ에 있습니다. 그 AZ가 장애 나면 살아남은 AZ의 태스크가 외부 통신을 잃어, 누군가 그곳에 NAT 게이트웨이를 ' +
                `만들 때까지(약 ${REBUILD}분) 교체 태스크가 이미지를 받지 못하고 외부 호출이 실패합니다.`,
            ),
            singlePointsOfFailure: ['nat'],
            improvement: USE_NAT_PER_AZ,
          }
    case 'none':
      return endpoints
        ? {
            ...part,
            mode: 'auto',
            rtoMinutes: 0,
            reason: {
              en: `There is no NAT and image pulls go through the ${endpointList.en} endpoints, so nothing depends on a NAT.`,
              ko: `NAT가 없고 이미지는 ${endpointList.ko} 엔드포인트로 받으므로 NAT에 의존하는 것이 없습니다.`,
            },
            singlePointsOfFailure: [],
            improvement: null,
          }
        : {
            ...part,
            mode: 'manual',
            rtoMinutes: REBUILD,
            reason: {
              en: `There is no NAT and no endpoints for ${listWords(listMissingImagePullEndpoints(network)).en}, so replacement tasks in the surviving AZ cannot pull their images.`,
              ko: `NAT가 없고 ${listWords(listMissingImagePullEndpoints(network)).ko} 엔드포인트도 없어, 살아남은 AZ의 교체 태스크가 이미지를 받지 못합니다.`,
            },
            singlePointsOfFailure: [],
            improvement: addVpcEndpoints(listMissingImagePullEndpoints(network)),
          }
    case 'instance':
      return {
        ...part,
        mode: 'manual',
        rtoMinutes: REBUILD,
        reason: {
          en: `The NAT is a single ${network.nat.instanceType} instance in one AZ that nothing replaces: if that AZ fails, the surviving AZ has no egress until someone replaces it there (about ${REBUILD} min).`,
          ko: `NAT는 한 AZ에 있는 단일 ${network.nat.instanceType} 인스턴스이고 대체되는 것이 없습니다. 그 AZ가 장애 나면 누군가 다른 곳에 새로 만들 때까지(약 ${REBUILD}분) 살아남은 AZ에 외부 통신이 없습니다.`,
        },
        singlePointsOfFailure: ['nat'],
        improvement: REPLACE_NAT_INSTANCE,
      }
  }
}

/**
 * An ALB has nodes in every AZ it spans; the failed AZ's nodes leave DNS within the 60 s TTL.
 * Undefined when the config has no load balancer.
 */
export function assessLoadBalancerPart(config: ArchitectureConfig): AzOutagePart | undefined {
  if (config.loadBalancers.length === 0) return undefined
  const part = { component: 'load-balancer' as const, rpoMinutes: 0 }
  const { azCount } = config.network
  if (azCount < 2)
    return {
      ...part,
      mode: 'manual',
      rtoMinutes: REBUILD,
      reason: text(
        `The network has 1 AZ, so the load balancer has no node elsewhere; traffic stops until someone recreates it across two AZs (about ${REBUILD} min).`,
        `네트워크에 AZ가 1개뿐이라 로드 밸런서의 노드가 다른 곳에 없습니다. 누군가 두 AZ에 걸쳐 다시 만들 때까지 트래픽이 멈춥니다(약 ${REBUILD}분).`,
      ),
      singlePointsOfFailure: config.loadBalancers.map((lb) => lb.id),
      improvement: USE_TWO_AZS,
    }
  const rtoMinutes = roundUpToHalfMinute(ALB_AZ_FAILOVER_SECONDS)
  return {
    ...part,
    mode: 'auto',
    rtoMinutes,
    reason: {
      en: `The load balancer has nodes in ${azCount === 2 ? 'both' : `all ${azCount}`} AZs; the failed AZ's nodes leave DNS within its ${ALB_AZ_FAILOVER_SECONDS} s TTL (→ ${rtoMinutes} min).`,
      ko: `로드 밸런서의 노드가 ${azCount === 2 ? '두' : `${azCount}개`} AZ 모두에 있습니다. 장애 난 AZ의 노드는 ${ALB_AZ_FAILOVER_SECONDS}초 TTL 안에 DNS에서 빠집니다(→ ${rtoMinutes}분).`,
    },
    singlePointsOfFailure: [],
    improvement: null,
  }
}
