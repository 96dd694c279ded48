import { describe, expect, it } from 'vitest';

import { englishText, formatMessage } from '../messages/format-message';
import { checkboxEvidence, criterionBlocker, criterionVerdict, evaluateGateRule, EVIDENCE_NAMED, evidenceKey, GateFacts, gateEvidenceText, gateRuleProblems } from './gate-rules';

const facts = (over: Partial<GateFacts> = {}): GateFacts => ({
  mustRequirements: [
    { title: 'Quotes from opportunities', traced: true },
    { title: 'Outlook sync', traced: true },
  ],
  vendors: ['Acme CRM', 'Bolt CRM'],
  mustCriteria: ['Sales features', 'Integration'],
  scored: new Set(['Acme CRM|Sales features', 'Acme CRM|Integration', 'Bolt CRM|Sales features', 'Bolt CRM|Integration']),
  decisionRecorded: false,
  processes: [
    { name: 'Lead to opportunity', status: 'VALIDATED' },
    { name: 'Case handling', status: 'AUTOMATED' },
  ],
  waves: [{ id: 'w1', name: 'Nordics', scopeCount: 2, keyUserCount: 3, cadence: 'ON_TRACK', live: true, openSevereItems: 0 }],
  kpis: [{ key: 'USER_ADOPTION', name: 'User adoption', baseline: 0.1, target: 0.8, direction: 'UP', latest: 0.55 }],
  phaseRoles: [{ name: 'Trainer', held: true }],
  ...over,
});

describe('evaluateGateRule', () => {
  it('meets the MUST coverage rule when every MUST requirement is traced and every vendor scored on every MUST criterion', () => {
    const verdict = evaluateGateRule({ kind: 'MUST_REQUIREMENTS_COVERED' }, facts());
    expect(verdict.met).toBe(true);
    expect(verdict.evidence.map(gateEvidenceText)).toEqual(['2 of 2 MUST requirements trace to a selection criterion.', '4 of 4 scores on the MUST criteria are given.']);
  });

  it('names the untraced MUST requirement and the missing score', () => {
    const verdict = evaluateGateRule(
      { kind: 'MUST_REQUIREMENTS_COVERED' },
      facts({ mustRequirements: [{ title: 'Quotes from opportunities', traced: true }, { title: 'Outlook sync', traced: false }], scored: new Set(['Acme CRM|Sales features', 'Acme CRM|Integration', 'Bolt CRM|Sales features']) }),
    );
    expect(verdict.met).toBe(false);
    expect(verdict.evidence.filter((e) => !e.ok).map(gateEvidenceText)).toEqual([
      '1 of 2 MUST requirements trace to a selection criterion.',
      'Not traced to any criterion: Outlook sync.',
      '3 of 4 scores on the MUST criteria are given.',
      'Not scored yet: Bolt CRM on Integration.',
    ]);
  });

  it('is not met over nothing: no MUST requirement, no vendor, no process, no wave', () => {
    expect(evaluateGateRule({ kind: 'MUST_REQUIREMENTS_COVERED' }, facts({ mustRequirements: [] })).met).toBe(false);
    expect(evaluateGateRule({ kind: 'MUST_REQUIREMENTS_COVERED' }, facts({ vendors: [] })).met).toBe(false);
    expect(evaluateGateRule({ kind: 'PROCESSES_VALIDATED' }, facts({ processes: [] })).met).toBe(false);
    expect(evaluateGateRule({ kind: 'TRAINING_CADENCE_ON_TRACK' }, facts({ waves: [] })).met).toBe(false);
    expect(evaluateGateRule({ kind: 'WAVES_STAFFED' }, facts({ waves: [] })).met).toBe(false);
  });

  it('counts a process as validated once validated or automated, and names those that are not', () => {
    expect(evaluateGateRule({ kind: 'PROCESSES_VALIDATED' }, facts()).met).toBe(true);
    const verdict = evaluateGateRule({ kind: 'PROCESSES_VALIDATED' }, facts({ processes: [{ name: 'Quote approval', status: 'REDESIGNED' }, { name: 'Case handling', status: 'VALIDATED' }] }));
    expect(verdict.met).toBe(false);
    expect(verdict.evidence.map(gateEvidenceText)).toEqual(['1 of 2 processes are validated.', 'Not validated yet: Quote approval.']);
  });

  it('names the first ten shortfalls and counts the rest', () => {
    const processes = Array.from({ length: EVIDENCE_NAMED + 3 }, (_, i) => ({ name: `Process ${i + 1}`, status: 'DOCUMENTED' }));
    const texts = evaluateGateRule({ kind: 'PROCESSES_VALIDATED' }, facts({ processes })).evidence.map(gateEvidenceText);
    expect(texts).toHaveLength(1 + EVIDENCE_NAMED + 1);
    expect(texts.at(-1)).toBe('…and 3 more.');
  });

  it('judges the training cadence of one wave or of every wave', () => {
    const waves: GateFacts['waves'] = [
      { id: 'w1', name: 'Nordics', scopeCount: 1, keyUserCount: 1, cadence: 'ON_TRACK', live: true, openSevereItems: 0 },
      { id: 'w2', name: 'Benelux', scopeCount: 1, keyUserCount: 1, cadence: 'UNDER', live: true, openSevereItems: 0 },
    ];
    expect(evaluateGateRule({ kind: 'TRAINING_CADENCE_ON_TRACK', waveId: 'w1' }, facts({ waves })).met).toBe(true);
    expect(evaluateGateRule({ kind: 'TRAINING_CADENCE_ON_TRACK' }, facts({ waves })).met).toBe(false);
    expect(evaluateGateRule({ kind: 'TRAINING_CADENCE_ON_TRACK', waveId: 'gone' }, facts({ waves })).evidence[0].code).toBe('WAVE_GONE');
  });

  it('reads a KPI against its target or a threshold, in the KPI’s direction', () => {
    expect(evaluateGateRule({ kind: 'KPI_AT_THRESHOLD', kpiKey: 'USER_ADOPTION' }, facts()).met).toBe(false);
    expect(evaluateGateRule({ kind: 'KPI_AT_THRESHOLD', kpiKey: 'USER_ADOPTION', threshold: 0.5 }, facts()).met).toBe(true);
    const down = facts({ kpis: [{ key: 'TICKETS', name: 'Open tickets', baseline: 40, target: 10, direction: 'DOWN', latest: 12 }] });
    expect(evaluateGateRule({ kind: 'KPI_AT_THRESHOLD', kpiKey: 'TICKETS' }, down).met).toBe(false);
    expect(evaluateGateRule({ kind: 'KPI_AT_THRESHOLD', kpiKey: 'TICKETS', threshold: 12 }, down).met).toBe(true);
    expect(evaluateGateRule({ kind: 'KPI_AT_THRESHOLD', kpiKey: 'NONE' }, down).evidence[0].code).toBe('KPI_GONE');
    const unmeasured = facts({ kpis: [{ key: 'USER_ADOPTION', name: 'User adoption', baseline: null, target: 0.8, direction: 'UP', latest: null }] });
    expect(evaluateGateRule({ kind: 'KPI_AT_THRESHOLD', kpiKey: 'USER_ADOPTION' }, unmeasured).evidence.map(gateEvidenceText)).toEqual(['User adoption has not been measured yet (it must reach 0.8).']);
    expect(evaluateGateRule({ kind: 'KPI_BASELINES_RECORDED' }, unmeasured).met).toBe(false);
  });

  it('asks every role the phase’s open tasks need to be held, and is met when they need none', () => {
    expect(evaluateGateRule({ kind: 'PHASE_ROLES_HELD' }, facts({ phaseRoles: [{ name: 'Trainer', held: true }, { name: 'Key user', held: false }] })).evidence.map(gateEvidenceText)).toEqual([
      '1 of 2 roles the phase’s tasks need are held.',
      'Nobody holds Key user.',
    ]);
    expect(evaluateGateRule({ kind: 'PHASE_ROLES_HELD' }, facts({ phaseRoles: [] })).met).toBe(true);
  });

  it('wants a scope and key users on every wave', () => {
    const verdict = evaluateGateRule({ kind: 'WAVES_STAFFED' }, facts({ waves: [{ id: 'w', name: 'Benelux', scopeCount: 0, keyUserCount: 0, cadence: 'NOT_PLANNED', live: false, openSevereItems: 0 }] }));
    expect(verdict.evidence.map(gateEvidenceText)).toEqual(['Benelux has no scope yet.', 'Benelux has no key users yet.']);
  });
});

describe('the hypercare rule', () => {
  const waves: GateFacts['waves'] = [
    { id: 'w1', name: 'Nordics', scopeCount: 1, keyUserCount: 1, cadence: 'ON_TRACK', live: true, openSevereItems: 1 },
    { id: 'w2', name: 'Benelux', scopeCount: 1, keyUserCount: 1, cadence: 'ON_TRACK', live: true, openSevereItems: 0 },
    { id: 'w3', name: 'Iberia', scopeCount: 1, keyUserCount: 1, cadence: 'NOT_PLANNED', live: false, openSevereItems: 0 },
  ];

  it('wants no open severity 1 or 2 item in any live wave, and names the wave that has one', () => {
    const verdict = evaluateGateRule({ kind: 'NO_SEVERE_SUPPORT_ITEMS' }, facts({ waves }));
    expect(verdict.met).toBe(false);
    expect(verdict.evidence.map(gateEvidenceText)).toEqual(['Nordics has 1 severity 1 or 2 support item open.', 'Benelux has no severity 1 or 2 support item open.']);
    expect(evaluateGateRule({ kind: 'NO_SEVERE_SUPPORT_ITEMS', waveId: 'w2' }, facts({ waves })).met).toBe(true);
  });

  it('is not met before any wave is live', () => {
    expect(evaluateGateRule({ kind: 'NO_SEVERE_SUPPORT_ITEMS' }, facts({ waves: [waves[2]] })).evidence).toEqual([{ code: 'NO_LIVE_WAVES', params: {}, ok: false }]);
  });
});

describe('criterionVerdict and sign-offs', () => {
  const rule = evaluateGateRule({ kind: 'PROCESSES_VALIDATED' }, facts());
  const key = evidenceKey(rule.evidence);

  it('holds a checkbox when ticked and a rule when met, without a sign-off asked', () => {
    expect(criterionVerdict({ kind: 'CHECKBOX', done: true, needsSignOff: false }, null, null, evidenceKey(checkboxEvidence(true)))).toMatchObject({ met: true, signOff: 'NOT_REQUIRED' });
    expect(criterionVerdict({ kind: 'RULE', done: false, needsSignOff: false }, rule, null, key).met).toBe(true);
    // A rule cannot be ticked into holding.
    expect(criterionVerdict({ kind: 'RULE', done: true, needsSignOff: false }, { met: false, evidence: [] }, null, '[]').met).toBe(false);
  });

  it('waits for the sign-off, holds once signed, and lapses when the facts change', () => {
    const criterion = { kind: 'RULE' as const, done: false, needsSignOff: true };
    expect(criterionVerdict(criterion, rule, null, key)).toEqual({ met: false, factsMet: true, signOff: 'AWAITING' });
    expect(criterionVerdict(criterion, rule, { evidenceKey: key }, key)).toEqual({ met: true, factsMet: true, signOff: 'SIGNED' });
    const changed = evaluateGateRule({ kind: 'PROCESSES_VALIDATED' }, facts({ processes: [...facts().processes, { name: 'Renewals', status: 'VALIDATED' }] }));
    expect(changed.met).toBe(true);
    expect(criterionVerdict(criterion, changed, { evidenceKey: key }, evidenceKey(changed.evidence))).toEqual({ met: false, factsMet: true, signOff: 'LAPSED' });
  });

  it('fingerprints evidence whatever the order of its parameters', () => {
    expect(evidenceKey([{ code: 'A', params: { x: 1, y: 2 }, ok: true }])).toBe(evidenceKey([{ code: 'A', params: { y: 2, x: 1 }, ok: true }]));
    expect(evidenceKey([{ code: 'A', params: { x: 1 }, ok: true }])).not.toBe(evidenceKey([{ code: 'A', params: { x: 2 }, ok: true }]));
  });

  it('says on the gate what a criterion waits for', () => {
    const label = 'Requirements signed off';
    expect(criterionBlocker(label, { met: false, factsMet: false, signOff: 'AWAITING' }, 'Executive sponsor')).toEqual({ code: 'EXIT_CRITERION_NOT_MET', params: { criterion: label } });
    const awaiting = criterionBlocker(label, { met: false, factsMet: true, signOff: 'AWAITING' }, 'Executive sponsor');
    expect(awaiting).toEqual({ code: 'EXIT_CRITERION_AWAITING_SIGN_OFF', params: { criterion: label, role: 'Executive sponsor' } });
    expect(englishText(awaiting.code, awaiting.params)).toBe('Exit criterion not met: Requirements signed off (waiting for the sign-off of Executive sponsor)');
    expect(formatMessage('nl', awaiting)).toBe('Exitcriterium niet gehaald: Requirements signed off (wacht op het akkoord van Executive sponsor)');
    expect(criterionBlocker(label, { met: false, factsMet: true, signOff: 'LAPSED' }, null)).toEqual({ code: 'EXIT_CRITERION_SIGN_OFF_LAPSED', params: { criterion: label, role: '' } });
    expect(formatMessage('it', { code: 'EXIT_CRITERION_SIGN_OFF_LAPSED', params: { criterion: label, role: '' } })).toContain('(approvato dal ruolo richiesto su fatti poi cambiati');
    expect(formatMessage('it', { code: 'EXIT_CRITERION_AWAITING_SIGN_OFF', params: { criterion: label, role: '' } })).toContain('(in attesa dell’approvazione del ruolo richiesto)');
    expect(formatMessage('it', awaiting)).toContain('(in attesa dell’approvazione di Executive sponsor)');
  });
});

describe('gateRuleProblems', () => {
  it('refuses a setting the kind does not take and asks for the KPI a threshold rule reads', () => {
    expect(gateRuleProblems({ kind: 'PROCESSES_VALIDATED', waveId: 'w1' })).toEqual([{ field: 'waveId', code: 'RULE_SETTING_NOT_TAKEN', params: { kind: 'PROCESSES_VALIDATED', setting: 'waveId' } }]);
    expect(gateRuleProblems({ kind: 'KPI_AT_THRESHOLD' })).toEqual([{ field: 'kpiKey', code: 'RULE_NEEDS_KPI', params: {} }]);
    expect(gateRuleProblems({ kind: 'KPI_AT_THRESHOLD', kpiKey: 'USER_ADOPTION', threshold: 0.7 })).toEqual([]);
    expect(gateRuleProblems({ kind: 'TRAINING_CADENCE_ON_TRACK', waveId: null })).toEqual([]);
  });
});
