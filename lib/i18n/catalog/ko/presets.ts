import type { Messages } from '../define'
import type { PresetsReason } from '../presets-reasons'

/** 프리셋 이름: 목록의 제목과 발표·보고서에 쓰는 시나리오 이름. */
export const presets: Messages<PresetsReason> = {
  'presets.title.swiftlogix': () => 'SwiftLogix — 최종 제안',
  'presets.name.swiftlogix': () => 'SwiftLogix 최종 제안',
  'presets.title.swiftlogix-seoul-plan1': () => 'SwiftLogix 서울 — 1안 (고가용성)',
  'presets.name.swiftlogix-seoul-plan1': () => 'SwiftLogix 서울 — 1안 (고가용성)',
  'presets.title.swiftlogix-seoul-plan2': () => 'SwiftLogix 서울 — 2안 (일부 예약)',
  'presets.name.swiftlogix-seoul-plan2': () => 'SwiftLogix 서울 — 2안 (일부 예약)',
  'presets.title.swiftlogix-seoul-plan3': () => 'SwiftLogix 서울 — 3안 (최저 비용)',
  'presets.name.swiftlogix-seoul-plan3': () => 'SwiftLogix 서울 — 3안 (최저 비용)',
  'presets.title.swiftlogix-seoul-final': () => 'SwiftLogix 서울 — 최종안',
  'presets.name.swiftlogix-seoul-final': () => 'SwiftLogix 서울 — 최종안',
  'presets.title.petclinic-3tier': () => 'PetClinic — 3계층 웹 / WAS / DB',
  'presets.name.petclinic-3tier': () => 'PetClinic 3계층',
  'presets.title.mau-1m': () => '월간 사용자 100만 명 음식 사진 커뮤니티',
  'presets.name.mau-1m': () => '월간 사용자 100만 명 커뮤니티',
  'presets.title.standard-web': () => '표준 웹: Route 53 → ALB → ASG → RDS',
  'presets.name.standard-web': () => '표준 웹',
}
