'use client'

import { useT } from '@/components/i18n/locale-provider'
import { useShallow } from 'zustand/react/shallow'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { PRICED_REGIONS, isPricedRegion } from '@/lib/model'
import { MaxTasksField } from './max-tasks-field'
import { MultiAzSwitch } from './multi-az-switch'
import { NatRadioGroup } from './nat-radio-group'
import { NumberField } from './number-field'
import { SelectField } from './select-field'
import { ServiceTaskOverrides } from './service-task-overrides'
import { TasksSlider } from './tasks-slider'
import { useControlsSay } from './use-controls-say'

/** Classes with a vCPU count in the engine's table; their prices may still be unknown in a region. */
const DB_CLASSES = ['db.t3.micro', 'db.t3.small', 'db.t3.medium', 'db.t4g.micro', 'db.t4g.small', 'db.t4g.medium', 'db.m5.large', 'db.m6g.large', 'db.m7g.large']

/** Valid Fargate CPU/memory pairs (AWS allows these combinations). */
const FARGATE_SIZES = [
  { vcpu: 0.25, memoryGb: 0.5 },
  { vcpu: 0.25, memoryGb: 1 },
  { vcpu: 0.5, memoryGb: 1 },
  { vcpu: 0.5, memoryGb: 2 },
  { vcpu: 1, memoryGb: 2 },
  { vcpu: 1, memoryGb: 4 },
  { vcpu: 2, memoryGb: 4 },
  { vcpu: 2, memoryGb: 8 },
  { vcpu: 4, memoryGb: 8 },
]

const sizeKey = (vcpu: number, memoryGb: number) => `${vcpu}/${memoryGb}`

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3 border-b border-slate-200 pb-4 last:border-b-0">
      <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
      {children}
    </section>
  )
}

export function ControlPanel() {
  const s = useDashboardStore(
    useShallow((state) => {
      const fargate = state.scenario.config.services.find((svc) => svc.compute.kind === 'fargate')
      return {
        region: state.scenario.config.region,
        dbClass: state.scenario.config.database.instanceClass,
        azCount: state.scenario.config.network.azCount,
        fargateSize: fargate && fargate.compute.kind === 'fargate' ? sizeKey(fargate.compute.vcpu, fargate.compute.memoryGb) : null,
        budget: state.scenario.requirements.budget.monthly,
        currency: state.scenario.requirements.budget.currency,
        peakRps: state.scenario.requirements.traffic.peak.rps,
        peakName: state.scenario.requirements.traffic.peak.name,
        natOutboundGb: state.scenario.requirements.traffic.natOutboundGbPerMonth ?? null,
        p95Ms: state.scenario.requirements.sla.p95Ms,
        rtoMinutes: state.scenario.requirements.recovery.rtoMinutes,
        rpoMinutes: state.scenario.requirements.recovery.rpoMinutes,
        hasNatGateway: state.scenario.config.network.nat.mode === 'single' || state.scenario.config.network.nat.mode === 'per-az',
      }
    }),
  )
  const actions = useDashboardStore(useShallow((state) => ({ setDbClass: state.setDbClass, setAzCount: state.setAzCount, setFargateSize: state.setFargateSize, setBudget: state.setBudget, setPeakRps: state.setPeakRps, setRegion: state.setRegion, setNatOutboundGb: state.setNatOutboundGb, editScenario: state.editScenario })))
  const t = useT()
  const { c } = useControlsSay()
  const dbOptions = (DB_CLASSES.includes(s.dbClass) ? DB_CLASSES : [s.dbClass, ...DB_CLASSES]).map((c) => ({ value: c, label: c }))
  const sizeOptions = FARGATE_SIZES.map((f) => ({ value: sizeKey(f.vcpu, f.memoryGb), label: c('fargate-size', { vcpu: f.vcpu, memoryGb: f.memoryGb }) }))
  // A region outside the priced ones (an imported design's) stays selectable as it is.
  const regionOptions = (isPricedRegion(s.region) ? PRICED_REGIONS : [s.region, ...PRICED_REGIONS]).map((region) => ({ value: region, label: c('region-option', { region }) }))
  return (
    <div className="space-y-4">
      <Section title={t('controls.location')}>
        <SelectField label={t('controls.region')} value={s.region} options={regionOptions} hint={t('controls.regionHint')} onChange={(v) => void actions.setRegion(v)} />
      </Section>
      <Section title={t('controls.compute')}>
        <TasksSlider />
        <MaxTasksField />
        <ServiceTaskOverrides />
        <SelectField
          label={t('controls.fargateSize')}
          value={s.fargateSize ?? ''}
          options={s.fargateSize ? sizeOptions : [{ value: '', label: c('no-fargate-services') }]}
          disabled={!s.fargateSize}
          hint={s.fargateSize ? t('controls.fargateHint') : t('controls.noFargate')}
          onChange={(value) => {
            const [vcpu, memoryGb] = value.split('/').map(Number)
            actions.setFargateSize(vcpu!, memoryGb!)
          }}
        />
      </Section>
      <Section title={t('controls.resilience')}>
        <MultiAzSwitch />
        <NatRadioGroup />
        <SelectField label={t('controls.azs')} value={String(s.azCount)} options={[2, 3].map((count) => ({ value: String(count), label: c('az-count', { count }) }))} onChange={(v) => actions.setAzCount(Number(v))} />
      </Section>
      <Section title={t('controls.database')}>
        <SelectField label={t('controls.dbClass')} value={s.dbClass} options={dbOptions} onChange={actions.setDbClass} />
      </Section>
      <Section title={t('controls.demands')}>
        <NumberField label={t('controls.budget')} value={s.budget} min={0} max={1_000_000_000} suffix={s.currency} onCommit={actions.setBudget} />
        <NumberField label={t('controls.peak')} value={s.peakRps} min={0} max={1_000_000} suffix={c('peak-unit', { peakName: s.peakName })} onCommit={actions.setPeakRps} />
        {s.hasNatGateway && (
          <NumberField label={t('controls.natOutbound')} value={s.natOutboundGb} min={0} max={1_000_000} suffix={t('controls.natOutboundUnit')} placeholder={t('controls.notStated')} hint={t('controls.natOutboundHint')} onCommit={actions.setNatOutboundGb} />
        )}
        {/* The CTO's and Ops' demands: what an imported design assumes until they are set here. */}
        <NumberField label={t('controls.slaP95')} value={s.p95Ms} min={1} max={600_000} suffix={t('controls.ms')} onCommit={(p95Ms) => actions.editScenario('sla-p95', (sc) => ({ ...sc, requirements: { ...sc.requirements, sla: { ...sc.requirements.sla, p95Ms } } }))} />
        <NumberField label={t('controls.rto')} value={s.rtoMinutes} min={1} max={525_600} suffix={t('controls.minutes')} onCommit={(rtoMinutes) => actions.editScenario('recovery-objectives', (sc) => ({ ...sc, requirements: { ...sc.requirements, recovery: { ...sc.requirements.recovery, rtoMinutes } } }))} />
        <NumberField label={t('controls.rpo')} value={s.rpoMinutes} min={0} max={525_600} suffix={t('controls.minutes')} onCommit={(rpoMinutes) => actions.editScenario('recovery-objectives', (sc) => ({ ...sc, requirements: { ...sc.requirements, recovery: { ...sc.requirements.recovery, rpoMinutes } } }))} />
      </Section>
    </div>
  )
}
