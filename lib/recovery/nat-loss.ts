import { listWords, text } from '../explain/text'
import type { ArchitectureConfig } from '../model'
import { resolveNatMode } from './resolve-nat-mode'
import { hasImagePullEndpoints, IMAGE_PULL_ENDPOINTS, listMissingImagePullEndpoints } from './image-pull-endpoints'
import { addVpcEndpoints, REPLACE_NAT_INSTANCE, USE_NAT_PER_AZ } from './nat-improvements'
import { MANUAL_NAT_REPLACE_MINUTES } from './recovery-times'
import { roundUpToHalfMinute } from './round-minutes'
import type { ScenarioDraft } from './types'

const NO_DATA_LOST = text('No data is lost (RPO 0).', '잃는 데이터가 없습니다(RPO 0).')

/**
 * Private tasks lose their way out to the internet. What breaks depends on the NAT mode and on
 * whether ECR images come through VPC endpoints (s3 + ecr-api + ecr-dkr) instead of the NAT.
 * Example (swiftlogix): one NAT gateway, no endpoints → manual, RTO 30 min: running tasks keep
 * serving, but outbound calls fail and no replacement task can pull its image.
 */
export function assessNatLoss(config: ArchitectureConfig): ScenarioDraft {
  const { network } = config
  const endpoints = hasImagePullEndpoints(network)
  const endpointList = listWords(IMAGE_PULL_ENDPOINTS)
  const base = { id: 'nat-loss' } as const
  const minutes = MANUAL_NAT_REPLACE_MINUTES
  switch (resolveNatMode(network)) {
    case 'none': {
      if (endpoints)
        return {
          ...base,
          mode: 'auto',
          rtoMinutes: 0,
          rpoMinutes: 0,
          reason: {
            en: `There is no NAT and images come through the ${endpointList.en} endpoints, so nothing depends on a NAT. ${NO_DATA_LOST.en}`,
            ko: `NAT가 없고 이미지는 ${endpointList.ko} 엔드포인트로 받으므로 NAT에 의존하는 것이 없습니다. ${NO_DATA_LOST.ko}`,
          },
          steps: [
            text(
              'Nothing changes: private tasks reach ECR and S3 through VPC endpoints.',
              '바뀌는 것이 없습니다. 프라이빗 태스크는 VPC 엔드포인트로 ECR과 S3에 닿습니다.',
            ),
          ],
          singlePointsOfFailure: [],
          improvement: null,
        }
      const missing = listMissingImagePullEndpoints(network)
      const missingList = listWords(missing)
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: null,
        rpoMinutes: 0,
        reason: {
          en:
            `There is no NAT and no endpoints for ${missingList.en}, so private tasks cannot pull images at all: ` +
            `no task can start until a NAT or the endpoints are added, so the time is unbounded. ${NO_DATA_LOST.en}`,
          ko:
            `NAT가 없고 ${missingList.ko} 엔드포인트도 없어 프라이빗 태스크가 이미지를 전혀 받을 수 없습니다. ` +
            `NAT나 엔드포인트를 추가할 때까지 어떤 태스크도 시작하지 못하므로 시간에 상한이 없습니다. ${NO_DATA_LOST.ko}`,
        },
        steps: [
          text('Replacement and new tasks fail to pull their images.', '교체 태스크와 새 태스크가 이미지를 받지 못합니다.'),
          text('A person adds a NAT gateway or the image-pull endpoints.', '사람이 NAT 게이트웨이나 이미지 풀 엔드포인트를 추가합니다.'),
        ],
        singlePointsOfFailure: [],
        improvement: addVpcEndpoints(missing),
      }
    }
    case 'per-az': {
      const detectionSeconds = Math.max(
        0,
        ...config.services.filter((s) => s.loadBalancer !== undefined).map((s) => s.healthCheck.intervalSeconds * s.healthCheck.unhealthyThreshold),
      )
      const rtoMinutes = roundUpToHalfMinute(detectionSeconds)
      return {
        ...base,
        mode: 'auto',
        rtoMinutes,
        rpoMinutes: 0,
        reason: {
          en:
            `Each of the ${network.azCount} AZs has its own NAT gateway, so losing one affects only that AZ's egress; the load balancer keeps serving from the other AZ. ` +
            `Tasks there whose health check needs outbound calls leave service after ${detectionSeconds} s of failed checks (→ ${rtoMinutes} min). ${NO_DATA_LOST.en}`,
          ko:
            `AZ ${network.azCount}개마다 NAT 게이트웨이가 있어 하나를 잃어도 그 AZ의 외부 통신만 영향을 받고, 로드 밸런서는 다른 AZ에서 계속 서비스합니다. ` +
            `그 AZ에서 헬스 체크에 외부 호출이 필요한 태스크는 ${detectionSeconds}초 동안 체크에 실패한 뒤 서비스에서 빠집니다(→ ${rtoMinutes}분). ${NO_DATA_LOST.ko}`,
        },
        steps: [
          text("One AZ's NAT gateway stops; tasks in that AZ lose outbound calls.", '한 AZ의 NAT 게이트웨이가 멈추고, 그 AZ의 태스크가 외부 호출을 잃습니다.'),
          text(
            'Health checks that depend on outbound calls fail, and the load balancer stops sending those tasks traffic.',
            '외부 호출에 의존하는 헬스 체크가 실패하고, 로드 밸런서가 그 태스크들에 트래픽을 보내지 않습니다.',
          ),
          text('The other AZ keeps serving through its own NAT gateway.', '다른 AZ는 자기 NAT 게이트웨이로 계속 서비스합니다.'),
        ],
        singlePointsOfFailure: [],
        improvement: null,
      }
    }
    case 'single': {
      const until = {
        en: `until someone creates a new NAT gateway and points the private route tables at it (about ${minutes} min)`,
        ko: `누군가 새 NAT 게이트웨이를 만들고 프라이빗 라우팅 테이블이 그것을 가리키게 할 때까지(약 ${minutes}분)`,
      }
      return {
        ...base,
        mode: endpoints ? 'partial' : 'manual',
        rtoMinutes: minutes,
        rpoMinutes: 0,
        reason: endpoints
          ? {
              en:
                `All private subnets share one NAT gateway. Images come through the ${endpointList.en} endpoints, so running tasks keep serving and replacements still start, ` +
                `but outbound calls to the internet fail ${until.en}. ${NO_DATA_LOST.en}`,
              ko:
                `모든 프라이빗 서브넷이 NAT 게이트웨이 하나를 함께 씁니다. 이미지는 ${endpointList.ko} 엔드포인트로 받으므로 실행 중인 태스크는 계속 서비스하고 ` +
                `교체 태스크도 시작되지만, ${until.ko} 인터넷으로 나가는 호출은 실패합니다. ${NO_DATA_LOST.ko}`,
            }
          : {
              en:
                `All private subnets share one NAT gateway and there are no image-pull endpoints: running tasks keep serving, but outbound calls fail and ` +
                `no replacement task can pull its image ${until.en}. ${NO_DATA_LOST.en}`,
              ko:
                `모든 프라이빗 서브넷이 NAT 게이트웨이 하나를 함께 쓰고 이미지 풀 엔드포인트가 없습니다. 실행 중인 태스크는 계속 서비스하지만, ` +
                `${until.ko} 외부 호출이 실패하고 교체 태스크는 이미지를 받지 못합니다. ${NO_DATA_LOST.ko}`,
            },
        steps: [
          text('The NAT gateway stops; outbound calls from private tasks time out.', 'NAT 게이트웨이가 멈추고, 프라이빗 태스크의 외부 호출이 시간 초과됩니다.'),
          text('Alarms or users report errors; a person creates a new NAT gateway.', '경보나 사용자가 오류를 알리고, 사람이 새 NAT 게이트웨이를 만듭니다.'),
          text(
            'The private route tables point at the new NAT gateway and outbound calls work again.',
            '프라이빗 라우팅 테이블이 새 NAT 게이트웨이를 가리키고, 외부 호출이 다시 됩니다.',
          ),
        ],
        singlePointsOfFailure: ['nat'],
        improvement: USE_NAT_PER_AZ,
      }
    }
    case 'instance':
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: minutes,
        rpoMinutes: 0,
        reason: {
          en:
            `The NAT is a single ${network.nat.instanceType} instance that nothing replaces: outbound calls fail` +
            `${endpoints ? '' : ' and no replacement task can pull its image'} until someone launches a new one and repoints the private route tables ` +
            `(about ${minutes} min). ${NO_DATA_LOST.en}`,
          ko:
            `NAT는 대체되는 것이 없는 단일 ${network.nat.instanceType} 인스턴스입니다. 누군가 새 인스턴스를 띄우고 프라이빗 라우팅 테이블을 다시 연결할 때까지` +
            `(약 ${minutes}분) 외부 호출이 실패${endpoints ? '합니다' : '하고 교체 태스크는 이미지를 받지 못합니다'}. ${NO_DATA_LOST.ko}`,
        },
        steps: [
          text('The NAT instance stops; outbound calls from private tasks time out.', 'NAT 인스턴스가 멈추고, 프라이빗 태스크의 외부 호출이 시간 초과됩니다.'),
          text('Alarms or users report errors; a person launches a new NAT instance.', '경보나 사용자가 오류를 알리고, 사람이 새 NAT 인스턴스를 띄웁니다.'),
          text(
            'The private route tables point at the new instance and outbound calls work again.',
            '프라이빗 라우팅 테이블이 새 인스턴스를 가리키고, 외부 호출이 다시 됩니다.',
          ),
        ],
        singlePointsOfFailure: ['nat'],
        improvement: REPLACE_NAT_INSTANCE,
      }
  }
}
