import { describe, expect, it } from '@jest/globals'
import { parsePlaybook, PlaybookError } from '../../src/config/playbook.js'
import { DEFAULT_POLICY } from '../../src/config/policy.js'
import { repositoryAlerts, scoreWorkflow } from '../../src/health/score.js'
import { CI, NOW, run, runsFrom } from './fixtures.js'

const playbook = (alerts: string) => parsePlaybook(`---\nalerts:\n${alerts}\n---\n\n# Prose\n`, 'playbook.md')
const ids = (alerts: { id: string }[]) => alerts.map(alert => alert.id)

describe('alert thresholds are playbook settings', () => {
  it('default to 95% success, 30 minutes to repair and 3 failures in 24 hours', () => {
    expect(DEFAULT_POLICY.alerts).toEqual({
      minSuccessRatePercent: 95,
      maxTimeToRepairMinutes: 30,
      failuresIn24h: 3
    })
  })

  it('are read from the alerts section, the rest keeping their defaults', () => {
    const { policy } = playbook('  min-success-rate: 80\n  max-time-to-repair-minutes: 120')
    expect(policy.alerts).toEqual({
      minSuccessRatePercent: 80,
      maxTimeToRepairMinutes: 120,
      failuresIn24h: 3
    })
  })

  it('reject an unknown key and a value out of range, naming the line', () => {
    expect(() => playbook('  min-success-rate: 101')).toThrow(PlaybookError)
    expect(() => playbook('  min-success-rate: 101')).toThrow(/alerts\.min-success-rate/)
    expect(() => playbook('  success: 90')).toThrow(/'alerts\.success' is not a known key/)
  })

  it('decide the success-rate alert', () => {
    // 9 of 10 passed: 90%
    const health = scoreWorkflow({ workflow: CI, runs: runsFrom('SSSSSSSSFS'), now: NOW })
    const strict = { ...DEFAULT_POLICY.alerts, minSuccessRatePercent: 95 }
    const lenient = { ...DEFAULT_POLICY.alerts, minSuccessRatePercent: 90 }
    const successAlerts = (thresholds: typeof strict) =>
      ids(repositoryAlerts([health], [], [], NOW, thresholds)).filter(id => id.startsWith('success-rate'))
    expect(successAlerts(strict)).toEqual(['success-rate:.github/workflows/ci.yml'])
    expect(successAlerts(lenient)).toEqual([])
  })

  it('decide the time-to-repair alert, worded in hours and minutes', () => {
    // a 60-minute repair
    const health = scoreWorkflow({
      workflow: CI,
      runs: [run('success', 1), run('failure', 2), run('success', 3)],
      now: NOW
    })
    const alerts = repositoryAlerts([health], [], [], NOW, {
      ...DEFAULT_POLICY.alerts,
      maxTimeToRepairMinutes: 45
    })
    expect(alerts.find(alert => alert.id.startsWith('time-to-repair'))?.message).toBe(
      'CI: mean time to repair 1 h is over 45 min'
    )
    const patient = repositoryAlerts([health], [], [], NOW, {
      ...DEFAULT_POLICY.alerts,
      maxTimeToRepairMinutes: 60
    })
    expect(ids(patient).filter(id => id.startsWith('time-to-repair'))).toEqual([])
  })

  it('decide the failures-in-24-hours alert', () => {
    const runs = [run('failure', 1), run('failure', 2)]
    expect(ids(repositoryAlerts([], [], runs, NOW))).toEqual([])
    expect(ids(repositoryAlerts([], [], runs, NOW, { ...DEFAULT_POLICY.alerts, failuresIn24h: 2 }))).toEqual([
      'failures-24h:.github/workflows/ci.yml'
    ])
  })
})
