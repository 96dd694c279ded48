import { gqlMessage } from '../../shared/testing/graphql-message';

/** A wave's adoption as the API answers it, with typenames so Apollo's cache stores it faithfully. */
export function adoptionData(waveId: string, overrides: Record<string, unknown> = {}) {
  return {
    adoption: {
      __typename: 'WaveAdoption',
      waveId,
      asOf: '2026-12-04',
      activeUsers: 3,
      licensedUsers: 4,
      ratio: 0.75,
      active7: 2,
      active30: 3,
      byBusinessUnit: [
        { __typename: 'AdoptionFigures', businessUnit: 'Field sales', licensedUsers: 3, active7: 1, active30: 2, ratio: 2 / 3 },
        { __typename: 'AdoptionFigures', businessUnit: null, licensedUsers: 1, active7: 1, active30: 1, ratio: 1 },
      ],
      inactive: [
        {
          __typename: 'InactiveUser',
          person: { __typename: 'Person', id: 'p3', name: 'Nia Never' },
          code: 'INACTIVE_SINCE_GO_LIVE',
          days: 30,
          lastActiveOn: null,
          reasonMessage: gqlMessage('INACTIVE_SINCE_GO_LIVE', { goLiveDate: '2026-11-04', days: '30' }, 'No use of the CRM since go-live on 2026-11-04 (30 days).'),
        },
      ],
      lastImport: { __typename: 'UsageImport', id: 'i1', format: 'SALESFORCE', rowCount: 120, imported: 80, importedAt: '2026-12-04T08:00:00.000Z' },
      ...overrides,
    },
  };
}
