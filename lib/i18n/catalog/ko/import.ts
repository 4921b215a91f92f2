import { withJosa } from '../../josa'
import type { ImportReason } from '../import-reasons'
import type { Messages } from '../define'

const UNREADABLE: Record<string, string> = { empty: '파일이 비어 있습니다', binary: '텍스트 파일이 아닙니다', 'not-an-object': 'JSON 객체가 들어 있지 않습니다' }
const UNSUPPORTED: Record<string, string> = {
  'no-format-version': 'format_version이 없어 terraform show -json 출력이 아닙니다',
  'format-version': '이 ArchDeck이 읽지 못하는 형식 버전입니다',
  'not-plan-or-state': '플랜이나 상태가 아니라 프로바이더 스키마입니다',
}
const LIMITS: Record<string, string> = {
  files: '파일 수',
  bytes: '전체 바이트 수',
  'file-bytes': '파일 하나의 바이트 수',
  instances: '리소스 인스턴스 수',
  repetitions: 'count·for_each 하나의 반복 횟수',
  'module-depth': '모듈 중첩 깊이',
  'reference-depth': '한 줄로 이어진 참조 수',
  expression: '식의 크기',
}

/** Terraform 가져오기의 보고와 거절 사유. */
export const importMessages: Messages<ImportReason> = {
  'import.skipped': ({ resourceType, why }) => `${withJosa(resourceType, '을/를')} 제외했습니다: ${why}`,
  'import.skipped.not-modelled': ({ resourceType }) => `${withJosa(resourceType, '은/는')} ArchDeck 모델에 없는 리소스라 비용과 점검에서 빠집니다`,
  'import.skipped.other-provider': ({ provider }) => `${withJosa(provider, '은/는')} AWS 프로바이더가 아니라 제외했습니다`,
  'import.skipped.other-vpc': ({ vpc }) => `설계의 VPC(${vpc})가 아닌 다른 VPC에 있어 제외했습니다`,
  'import.skipped.rds-cluster': () => 'RDS·Aurora 클러스터는 모델에 없습니다. 단일 RDS 인스턴스와 그 읽기 복제본만 다룹니다',
  'import.skipped.aurora': () => 'Aurora는 모델에 없습니다. PostgreSQL·MySQL용 RDS만 다룹니다',
  'import.skipped.engine-not-modelled': ({ engine }) => `데이터베이스 엔진 ${withJosa(engine || '(지정 없음)', '은/는')} 모델에 없습니다. PostgreSQL과 MySQL만 다룹니다`,
  'import.skipped.endpoint-not-modelled': ({ service }) => `VPC 엔드포인트 ${withJosa(service || '(이름 없음)', '은/는')} 모델이 아는 엔드포인트가 아닙니다`,
  'import.skipped.gateway-load-balancer': () => '게이트웨이 로드 밸런서는 모델에 없습니다',
  'import.skipped.load-balancer-without-security-group': () => '이 로드 밸런서에는 보안 그룹이 없어, 누가 접근하는지 모델이 따질 수 없습니다',
  'import.skipped.instance-not-modelled': () => '배스천도 NAT도 아닌 EC2 인스턴스는 모델에 없습니다',
  'import.skipped.memcached': () => 'Memcached는 모델에 없습니다. Redis와 Valkey만 다룹니다',
  'import.skipped.second-cache': () => '모델에는 캐시가 하나뿐이라 두 번째 캐시는 제외했습니다',
  'import.skipped.rule-not-modelled': ({ rule }) => `모델에 담을 수 없는 규칙입니다(${rule}). IPv4의 TCP·UDP·전체 트래픽을, 주소 범위·보안 그룹·CloudFront 접두사 목록에서 허용하는 규칙만 담습니다`,
  'import.skipped.rule-group-unknown': () => '규칙이 가리키는 보안 그룹이 파일에 없습니다',
  'import.skipped.rule-peer-unknown': ({ peer }) => `규칙이 허용하는 ${withJosa(peer, '은/는')} 설계의 보안 그룹이 아닙니다`,

  'import.assumed': ({ field, value, why }) => `${field} = ${value}: ${why}`,
  'import.assumed.not-in-terraform': ({ field, found }) => `Terraform에는 ${field} 값이 없어${found ? `(찾은 값: ${found})` : ''} ArchDeck 기본값을 썼습니다. 실제와 다르면 바꾸세요`,
  'import.assumed.variable-without-value': ({ field }) => `${withJosa(field, '은/는')} 값이 없는 변수에서 오므로, 값을 주기 전까지(tfvars 파일이나 -var) ArchDeck 기본값을 씁니다`,
  'import.assumed.network-not-in-files': () => '파일에 서브넷이 없습니다(가져오지 않은 모듈이나 구성에서 네트워크를 만듭니다). 퍼블릭은 인터넷 게이트웨이로, 앱 계층은 NAT 하나로 나가는 일반적인 3계층을 대신 넣었습니다',
  'import.assumed.requirement-default': ({ field }) => `Terraform에는 ${field} 값이 없어, 직접 정하기 전까지 SwiftLogix가 밝힌 요구를 씁니다`,
  'import.assumed.tier-by-name': ({ subnet, tier }) => `${subnet}: 라우팅으로는 알 수 없어 이름을 보고 ${tier} 계층으로 읽었습니다`,
  'import.assumed.az-count-raised': ({ found, used }) => `서비스가 가용 영역 ${found}곳에서 실행되지만, 로드 밸런서와 RDS에 두 곳이 필요하므로 모델은 최소 ${used}곳으로 계획합니다`,
  'import.assumed.az-count-capped': ({ found, used }) => `서비스가 가용 영역 ${found}곳에서 실행되지만, 모델은 최대 ${used}곳까지 계획합니다`,
  'import.assumed.vpc-cidr': ({ found }) => `VPC 주소 범위 ${withJosa(found || '(알 수 없음)', '은/는')} 모델에 담을 수 없어(/16~/24만 가능) 기본 범위를 썼습니다`,
  'import.assumed.no-vpc': () => '파일에 VPC가 없어 기본 주소 범위를 썼습니다',
  'import.assumed.no-database': ({ instanceClass }) => `파일에 RDS 데이터베이스가 없는데 모델에는 하나가 필요해 ${withJosa(instanceClass, '을/를')} 대신 넣었습니다. 이 비용은 빼고 읽거나 직접 정하세요`,
  'import.assumed.no-listener': () => '파일에 로드 밸런서의 리스너가 없어 포트 80 HTTP 리스너를 대신 넣었습니다',
  'import.assumed.storage-type': ({ found }) => `스토리지 유형 ${withJosa(found, '을/를')} 모델이 가격을 매기는 범용 SSD gp3로 읽었습니다`,
  'import.assumed.fargate-size': ({ found, used }) => `${found} vCPU는 Fargate 태스크 크기가 아니라 가장 가까운 ${used} vCPU를 썼습니다`,
  'import.assumed.default-security-group': () => '지정된 보안 그룹이 없어, 이때 AWS가 쓰는 VPC 기본 보안 그룹을 대신 넣었습니다',
  'import.assumed.region-not-modelled': ({ found }) => `${withJosa(found, '은/는')} AWS 리전 코드로 읽을 수 없어 기본 리전을 썼습니다`,

  'import.understood': ({ part }) => `${withJosa(part, '으로/로')} 가져왔습니다`,
  'import.from-model-facts': ({ field }) => `${withJosa(field, '은/는')} Terraform이 담지 못하는 값이라, 파일에 있는 ArchDeck의 설계 정보(local.archdeck_model_facts)에서 가져왔습니다`,
  'import.secret-to-variable': ({ attribute, variable }) => `${attribute}에 비밀 값이 그대로 적혀 있어 가져오지 않았습니다. 변수(${variable})나 비밀 저장소에 두세요`,
  'import.rule-not-modelled': ({ rule }) => `모델에 담을 수 없는 규칙을 제외했습니다(${rule})`,
  'import.network-load-balancer': ({ loadBalancer }) => `${withJosa(loadBalancer, '은/는')} 네트워크 로드 밸런서입니다. 모델이 가격을 매기는 유일한 종류인 애플리케이션 로드 밸런서로 읽었습니다`,
  'import.nat-fewer-than-azs': ({ gateways, azs }) => `가용 영역 ${azs}곳에 NAT 게이트웨이가 ${gateways}개라 단일 NAT로 읽었습니다`,
  'import.scaling-metric-not-modelled': ({ metric }) => `${metric} 기준 대상 추적은 모델이 아는 지표가 아니라 CPU 기준으로 읽었습니다`,
  'import.ecs-on-ec2': ({ service, instanceType }) => `${withJosa(service, '은/는')} EC2 Auto Scaling 그룹에서 실행됩니다. ${instanceType} 인스턴스로, 개수는 그룹의 인스턴스 수로 모델링했습니다`,
  'import.variable-without-value': ({ variable }) => `변수 ${variable}에 값이 없어, 이 값에 기대는 부분은 알 수 없습니다`,
  'import.undeclared-variable': ({ variable }) => `선언되지 않은 변수 ${variable}에 값이 주어졌습니다`,
  'import.registry-module': ({ module, source }) =>
    `${module}의 출처 ${withJosa(source, '은/는')} 오프라인에서 받을 수 없습니다. 모듈이 이미 펼쳐진 플랜의 terraform show -json 출력을 가져오세요`,
  'import.module-not-found': ({ module, source }) => `${module}: ${source}에서 파일을 찾지 못했습니다`,
  'import.duplicate-block': ({ block }) => `${withJosa(block, '이/가')} 두 번 이상 선언되어 처음 것을 읽었습니다`,
  'import.var-file-not-applied': ({ file }) => `${withJosa(file, '은/는')} 적용하지 않았습니다. Terraform은 terraform.tfvars와 *.auto.tfvars가 아닌 .tfvars 파일을 -var-file로 지정할 때만 읽습니다(대화 상자에서 체크하거나 archdeck import에 경로로 주세요)`,
  'import.several-roots': ({ root, others }) => `루트 폴더가 여럿입니다. ${withJosa(root, '을/를')} 읽었고 ${withJosa(others, '은/는')} 읽지 않았습니다`,
  'import.unsupported-construct': ({ construct }) => `오프라인에서 해석할 수 없습니다: ${construct}`,
  'import.unsupported-function': ({ name }) => `함수 ${withJosa(name, '은/는')} 오프라인에서 계산할 수 없어 결과를 알 수 없습니다`,
  'import.eval-error': ({ detail, expression }) => `${expression ? `${expression}: ` : ''}${detail}`,
  'import.secret-not-kept': ({ attribute, variable, local }) => `${attribute ?? (variable ? `var.${variable}` : local ? `local.${local}` : '비밀 값')}에는 비밀 값이 있어 값을 보관하지 않습니다`,
  'import.secret-dropped': ({ attribute }) => `${withJosa(attribute, '은/는')} 민감한 값이라 버렸습니다`,
  'import.local-cycle': ({ local }) => `${withJosa(`local.${local}`, '이/가')} 자기 자신을 참조해 값을 알 수 없습니다`,
  'import.count-unknown': () => 'count를 오프라인에서 알 수 없어 인스턴스 하나([0])로 읽었습니다. 설계의 개수를 확인하세요',
  'import.for-each-unknown': () => 'for_each를 오프라인에서 알 수 없어 인스턴스 하나("unknown")로 읽었습니다. 설계의 개수를 확인하세요',
  'import.dynamic-unknown': ({ block }) => `dynamic ${block} 블록을 오프라인에서 알 수 없어 만들지 않았습니다`,
  'import.region-not-set': ({ provider }) => `프로바이더 ${provider}에 리전이 없습니다`,
  'import.region-from-resources': ({ provider, region }) => `프로바이더 ${provider}의 리전 ${withJosa(region, '을/를')} 리소스에서 읽었습니다`,
  'import.assumed-availability-zones': ({ region, names }) => `${region}의 가용 영역을 ${withJosa(names, '으로/로')} 가정했습니다`,
  'import.model-facts-unreadable': ({ local }) => `${withJosa(`local.${local}`, '이/가')} ArchDeck이 쓰는 설계 정보 형식이 아니라 무시했습니다`,
  'import.plan-errored': ({ file }) => `${withJosa(file, '은/는')} Terraform이 끝내지 못한 플랜이라 내용이 불완전할 수 있습니다`,

  'import.unreadable-file': ({ why }) => `파일을 읽을 수 없습니다: ${UNREADABLE[why] ?? why}`,
  'import.syntax-error': ({ detail }) => `구문 오류: ${detail}`,
  'import.unsupported-file': ({ why, version }) => `지원하지 않는 파일입니다: ${UNSUPPORTED[why] ?? why}${version ? ` (${version})` : ''}`,
  'import.no-resources': () => '가져올 것이 없습니다. 파일의 AWS 리소스 중 설계가 된 것이 없습니다',
  'import.invalid-model': ({ count, path, message }) => `가져온 설계가 올바르지 않습니다(문제 ${count}개). 첫 문제 ${path}: ${message}. 아무것도 가져오지 않았습니다.`,
  'import.too-large': ({ limit, value, max, detail, instances, maxInstances }) =>
    instances !== undefined
      ? `너무 큽니다: 리소스 인스턴스 ${instances}개, 최대 ${maxInstances}개까지 가져옵니다`
      : `너무 큽니다: ${limit ? (LIMITS[limit] ?? limit) : '크기'}${value !== undefined ? ` ${value}` : ''}${max !== undefined ? `, 최대 ${max}` : ''}${detail ? ` (${detail})` : ''}`,
}
