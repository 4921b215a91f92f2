import type { DesignBlocker } from '../../../design-check/design-check-reasons'
import { joinList } from '../../join-list'
import { withJosa } from '../../josa'
import type { DesignUiReason } from '../design-ui-reasons'
import type { Messages } from '../define'

const list = (items: readonly string[]) => joinList(items, 'ko')

/** 설계가 실행될 수 없는 이유와, 실행되게 하는 방법. */
export const design: Messages<DesignBlocker | DesignUiReason> = {
  'design.no-image-pull-path': ({ services, missingEndpoints }) =>
    `${list(services)}: 컨테이너 이미지를 가져올 수 없습니다. 앱 서브넷에 NAT도, ${list(missingEndpoints)} VPC 엔드포인트도 없습니다. NAT 게이트웨이나 ECR(ecr-api, ecr-dkr)·S3 엔드포인트를 추가하세요.`,
  'design.no-logs-path': ({ services }) => `${list(services)}: awslogs 드라이버가 로그를 보낼 수 없어 태스크가 시작되지 않습니다. NAT 게이트웨이나 CloudWatch Logs(logs) 엔드포인트를 추가하세요.`,
  'design.no-secrets-path': ({ services }) => `${list(services)}: 태스크가 시작될 때 데이터베이스 시크릿을 읽을 수 없습니다. NAT 게이트웨이나 Secrets Manager(secretsmanager) 엔드포인트를 추가하세요.`,
  'design.no-instance-egress': ({ services }) => `${list(services)}: 인스턴스가 인터넷에도 S3에도 닿지 않아 패키지를 설치하거나 업데이트할 수 없습니다. NAT 게이트웨이나 S3 게이트웨이 엔드포인트를 추가하세요.`,
  'design.https-egress-blocked': ({ services, securityGroups }) =>
    `보안 그룹 ${withJosa(list(securityGroups), '이/가')} HTTPS 아웃바운드를 허용하지 않아 ${withJosa(list(services), '이/가')} ECR, CloudWatch Logs, Secrets Manager에 닿을 수 없습니다. TCP 443 아웃바운드를 허용하세요.`,
  'design.nat-without-internet-gateway': () => 'NAT 게이트웨이가 트래픽을 내보낼 인터넷 게이트웨이가 없습니다. 인터넷 게이트웨이를 추가하세요.',
  'design.public-load-balancer-without-internet-gateway': ({ loadBalancer }) => `인터넷 게이트웨이가 없는 VPC에는 인터넷 연결 ${withJosa(loadBalancer, '을/를')} 만들 수 없습니다. 인터넷 게이트웨이를 추가하거나 내부용으로 바꾸세요.`,
  'design.ui.cannot-run': ({ reasons }) => `실행 불가: 문제 ${reasons}개 때문에 이 설계는 시작되지 않습니다`,
  'design.ui.cannot-start': () => '시작 불가',
  'design.ui.views-note': () => '이 설계는 시작되지 않습니다(위 참고). 아래 답은 그 문제를 고친 뒤 실행될 모습이며, 지금은 어느 것도 성립하지 않습니다.',
  'design.ui.export-header': () => 'ArchDeck: 이 설계는 그린 그대로는 실행되지 않습니다. 적용하기 전에 다음을 고치세요:',
}
