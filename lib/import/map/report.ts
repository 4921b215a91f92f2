import type { Assumed, ImportNote, ImportReport, ResourceInstance, Skipped, Understood } from '../types'

/** Collects what each mapper understood, assumed and skipped; the first word on an address wins. */
export class ReportBuilder {
  private readonly understoodBy = new Map<string, Understood>()
  private readonly assumedList: Assumed[] = []
  private readonly skippedBy = new Map<string, Skipped>()
  private readonly noteList: ImportNote[] = []

  understood(instance: ResourceInstance, becomes: string): void {
    if (this.understoodBy.has(instance.address) || this.skippedBy.has(instance.address)) return
    this.understoodBy.set(instance.address, { address: instance.address, becomes, where: instance.where })
  }

  isHandled(instance: ResourceInstance): boolean {
    return this.understoodBy.has(instance.address) || this.skippedBy.has(instance.address)
  }

  assumed(field: string, value: unknown, why: ImportNote): void {
    this.assumedList.push({ field, value: typeof value === 'string' ? value : JSON.stringify(value), why })
  }

  skipped(instance: ResourceInstance, why: ImportNote): void {
    if (this.understoodBy.has(instance.address) || this.skippedBy.has(instance.address)) return
    this.skippedBy.set(instance.address, { address: instance.address, resourceType: instance.type, why: { ...why, address: instance.address, where: instance.where } })
  }

  note(note: ImportNote): void {
    this.noteList.push(note)
  }

  build(): ImportReport {
    return { understood: [...this.understoodBy.values()], assumed: this.assumedList, skipped: [...this.skippedBy.values()], notes: this.noteList }
  }
}
