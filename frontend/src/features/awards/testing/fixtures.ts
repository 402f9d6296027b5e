import type { AwardView, CriterionScore, EvaluationBidRow, EvaluationView, ReviewerView, Rubric, ScoreView } from '@/types/api';

/** Test data shaped like the backend's evaluation views. */
export const RUBRIC: Rubric = { technicalMerit: 40, feasibility: 25, teamCapability: 20, costReasonableness: 15 };

const criterion = (score: string, comment = '评语'): CriterionScore => ({ score, comment });

export function reviewer(id: string, name: string, overrides: Partial<ReviewerView> = {}): ReviewerView {
  return {
    reviewerId: id,
    username: `expert-${id}`,
    displayName: name,
    role: 'EXPERT',
    organization: null,
    assignedAt: '2026-03-01T02:00:00Z',
    recused: false,
    recusalReason: null,
    recusalDetail: null,
    declaredAt: '2026-03-01T03:00:00Z',
    hasConflict: false,
    conflictStatement: null,
    scoredBids: 2,
    totalBids: 2,
    ...overrides,
  };
}

export function score(bidId: string, reviewerId: string, name: string, points: [string, string, string, string], total: string): ScoreView {
  return {
    bidId,
    reviewerId,
    reviewerName: name,
    technicalMerit: criterion(points[0]),
    feasibility: criterion(points[1]),
    teamCapability: criterion(points[2]),
    costReasonableness: criterion(points[3]),
    total,
    scoredAt: '2026-03-02T02:00:00Z',
    updatedAt: '2026-03-02T02:00:00Z',
  };
}

export function bidRow(id: string, lab: string, overrides: Partial<EvaluationBidRow> = {}): EvaluationBidRow {
  return {
    bidId: id,
    lab: { id: `lab-${id}`, name: lab, organizationId: `org-${id}`, organizationName: `${lab}所在大学` },
    status: 'SUBMITTED',
    quotedAmount: '900000.00',
    deliveryMonths: 12,
    scores: [],
    statistics: { count: 0, mean: null, stddev: null, flagged: false },
    criterionMeans: {
      rubric: RUBRIC,
      reviewers: 0,
      total: null,
      technicalMerit: null,
      feasibility: null,
      teamCapability: null,
      costReasonableness: null,
      adoptedScore: null,
    },
    decision: null,
    decisionPending: false,
    effectiveScore: null,
    missingReviewers: [],
    preferenceRank: null,
    ...overrides,
  };
}

export function award(overrides: Partial<AwardView> = {}): AwardView {
  return {
    id: 'award-1',
    challengeId: 'c1',
    challengeTitle: 'SiC 栅氧可靠性',
    status: 'PROPOSED',
    bidId: 'b1',
    winner: { labId: 'lab-b1', labName: '宽禁带实验室', organizationId: 'org-b1', organizationName: '长江大学' },
    amount: '900000.00',
    rationale: '综合评分最高',
    scores: null,
    proposedBy: 'admin',
    proposedAt: '2026-03-03T02:00:00Z',
    publicityEndsAt: new Date(Date.now() + 3_600_000).toISOString(),
    pendingObjections: 0,
    confirmedAt: null,
    withdrawnAt: null,
    recommendationsRecorded: false,
    winnerRank: null,
    ...overrides,
  };
}

export function evaluation(overrides: Partial<EvaluationView> = {}): EvaluationView {
  return {
    challenge: { id: 'c1', title: 'SiC 栅氧可靠性', status: 'CLOSED', bounty: '2000000.00', closedAt: '2026-03-01T01:00:00Z' },
    rubric: RUBRIC,
    panel: { required: 3, assigned: 3, active: 3, declared: 3 },
    reviewers: [],
    bids: [],
    preference: null,
    blockers: [],
    readyToPropose: true,
    awards: [],
    winnerRank: null,
    ...overrides,
  };
}
