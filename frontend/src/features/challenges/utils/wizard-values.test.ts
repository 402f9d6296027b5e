import type { ChallengeView } from '@/types/api';

import { changesTerms, toAmendmentRequest } from './amendment';
import { fromChallenge, stepOfField, toChallengeRequest } from './wizard-values';

describe('wizard values', () => {
  it('finds the step that shows a field the server complained about', () => {
    expect(stepOfField('title')).toBe('basics');
    expect(stepOfField('techFields[2]')).toBe('basics');
    expect(stepOfField('technicalIndicators[1].target')).toBe('requirements');
    expect(stepOfField('requiredCapabilities')).toBe('requirements');
    expect(stepOfField('description')).toBe('description');
    expect(stepOfField('eligibility.regions[0]')).toBe('terms');
    expect(stepOfField('bidDeadline')).toBe('terms');
    expect(stepOfField(['rubric'])).toBe('terms');
  });

  it('sends a draft with blanks as nulls, trimmed text and two-decimal amounts', () => {
    const request = toChallengeRequest(
      {
        title: '  标题 ',
        summary: '   ',
        technicalIndicators: [{}, { name: ' 良率 ', target: '≥ 85', unit: '' }],
        bounty: '8000000',
        eligibility: { organizationTypes: ['UNIVERSITY'], regions: [] },
        contactEmail: 'a@b.cn',
      },
      3,
    );
    expect(request).toMatchObject({
      title: '标题',
      summary: null,
      description: null,
      technicalIndicators: [{ name: '良率', target: '≥ 85', unit: null }],
      bounty: '8000000.00',
      bidDeadline: null,
      eligibility: { text: null, organizationTypes: ['UNIVERSITY'], regions: [] },
      contactEmail: 'a@b.cn',
      contactPhone: null,
      version: 3,
    });
  });
});

describe('amendment requests', () => {
  const challenge = {
    title: '旧标题',
    summary: '摘要',
    description: '# 说明',
    technicalIndicators: [{ name: 'A', target: '1', unit: null }],
    requiredCapabilities: ['x'],
    bounty: '8000000.00',
    bidDeadline: '2026-03-01T02:00:00Z',
    deliveryMonths: 24,
    eligibility: { text: null, organizationTypes: [], regions: [] },
    contact: { name: '林', phone: '1', email: null },
  } as unknown as ChallengeView;

  it('send only what changed, with the reason', () => {
    const values = { ...fromChallenge(challenge), reason: ' 更正笔误 ', title: '新标题', eligibilityText: '' };
    const request = toAmendmentRequest(values, challenge);
    expect(request).toEqual({ reason: '更正笔误', title: '新标题' });
    expect(changesTerms(request)).toBe(false);
  });

  it('know when the terms change (indicators, bounty, deadline)', () => {
    const values = { ...fromChallenge(challenge), reason: 'r', bounty: '9000000', technicalIndicators: [{ name: 'A', target: '2' }] };
    const request = toAmendmentRequest(values, challenge);
    expect(request).toEqual({ reason: 'r', bounty: '9000000.00', technicalIndicators: [{ name: 'A', target: '2', unit: null }] });
    expect(changesTerms(request)).toBe(true);
  });
});
