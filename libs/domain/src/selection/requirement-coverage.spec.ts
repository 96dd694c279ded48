import { describe, expect, it } from 'vitest';

import { requirementCoverage } from './requirement-coverage';

describe('what the selection says about MUST requirements', () => {
  it('a project without requirements has nothing traced, and says so', () => {
    expect(requirementCoverage({ requirementCount: 0, mustRequirementCount: 0, untracedMustCount: 0 })).toBe('NO_REQUIREMENTS');
  });

  it('requirements with no MUST among them are not "all traced"', () => {
    expect(requirementCoverage({ requirementCount: 4, mustRequirementCount: 0, untracedMustCount: 0 })).toBe('NO_MUST_REQUIREMENTS');
  });

  it('one MUST requirement traced to a criterion is all traced', () => {
    expect(requirementCoverage({ requirementCount: 4, mustRequirementCount: 1, untracedMustCount: 0 })).toBe('ALL_TRACED');
  });

  it('one MUST requirement no criterion traces to is some untraced', () => {
    expect(requirementCoverage({ requirementCount: 4, mustRequirementCount: 2, untracedMustCount: 1 })).toBe('SOME_UNTRACED');
  });
});
