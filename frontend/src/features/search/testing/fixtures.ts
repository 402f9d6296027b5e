import type { ChallengeSummaryView, Explanation, LabProfileView } from '@/types/api';

/** A published challenge as the search and recommendation endpoints return it. */
export const challengeSummary = (id: string, title: string, patch: Partial<ChallengeSummaryView> = {}): ChallengeSummaryView => ({
  id,
  status: 'PUBLISHED',
  open: true,
  title,
  summary: null,
  requiredCapabilities: [],
  industryChain: 'INTEGRATED_CIRCUITS',
  challengeType: 'KEY_CORE',
  bounty: '8000000.00',
  bidDeadline: '2026-06-01T02:00:00Z',
  deliveryMonths: 24,
  province: 'GD',
  city: '深圳市',
  organization: { id: 'org-yaoxin', name: '耀芯半导体', type: 'ENTERPRISE', verified: true },
  bidCount: 2,
  publishedAt: '2026-03-01T02:00:00Z',
  submittedAt: null,
  reviewNote: null,
  ...patch,
});

export const labProfile = (id: string, name: string, patch: Partial<LabProfileView> = {}): LabProfileView => ({
  id,
  name,
  organization: { id: `org-${id}`, name: '长江大学', type: 'UNIVERSITY', verified: true },
  leader: '曾伟',
  summary: '宽禁带功率器件与可靠性研究。',
  researchFields: ['POWER_SEMICONDUCTORS'],
  keywords: ['碳化硅', 'MOSFET'],
  capabilities: '碳化硅 MOSFET 栅氧工艺与 HTGB 可靠性测试。',
  achievements: null,
  facilities: null,
  teamSize: 18,
  province: 'HB',
  city: '武汉市',
  trackRecord: { awarded: 1, completed: 1, terminatedWithoutDueDiligence: 0, onTimeRatio: 1 },
  updatedAt: '2026-02-01T02:00:00Z',
  ...patch,
});

/** Shares 0.45 + 0.15 + 0.1 + 0 = score 0.7. */
export const explanation = (patch: Partial<Explanation> = {}): Explanation => ({
  factors: [
    { factor: 'TEXT', value: 0.9, weight: 0.5, share: 0.45 },
    { factor: 'TAGS', value: 0.5, weight: 0.3, share: 0.15 },
    { factor: 'TRACK_RECORD', value: 1, weight: 0.1, share: 0.1 },
    { factor: 'REGION', value: 0, weight: 0.1, share: 0 },
  ],
  matchedTags: ['碳化硅', 'MOSFET'],
  matchedTerms: { capabilities: ['栅氧', '可靠性'], indicators: ['HTGB'], unknownField: ['x'] },
  ...patch,
});

export const taxonomy = {
  industryChains: [
    { code: 'INTEGRATED_CIRCUITS', zh: '集成电路', en: 'Integrated circuits', chain: null },
    { code: 'NEW_ENERGY_VEHICLES', zh: '新能源汽车', en: 'New energy vehicles', chain: null },
  ],
  techFields: [{ code: 'POWER_SEMICONDUCTORS', zh: '功率半导体', en: 'Power semiconductors', chain: 'INTEGRATED_CIRCUITS' }],
  challengeTypes: [{ code: 'KEY_CORE', zh: '卡脖子技术攻关', en: 'Key core technology', chain: null }],
  organizationTypes: [],
  ipTerms: [],
  regions: [
    { code: 'GD', zh: '广东省', en: 'Guangdong', chain: null },
    { code: 'JS', zh: '江苏省', en: 'Jiangsu', chain: null },
    { code: 'HB', zh: '湖北省', en: 'Hubei', chain: null },
  ],
};
