/**
 * The JSON shapes of the backend API (mirrors of its Java records), shared by every feature. Amounts are
 * decimal strings, instants ISO-8601 UTC strings, ids opaque strings.
 */
import type { OrganizationType } from '@/lib/auth';
import type { Decimal } from '@/lib/format';

/** One page of a list: 1-based page, size ≤ 100. */
export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  size: number;
};

export const CHALLENGE_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'PUBLISHED',
  'REJECTED',
  'CLOSED',
  'AWARD_PROPOSED',
  'AWARDED',
  'IN_DELIVERY',
  'COMPLETED',
  'TERMINATED',
  'UNAWARDED',
  'CANCELLED',
] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** The states the public may see (everything from publication on). */
export const PUBLIC_CHALLENGE_STATUSES: ChallengeStatus[] = [
  'PUBLISHED',
  'CLOSED',
  'AWARD_PROPOSED',
  'AWARDED',
  'IN_DELIVERY',
  'COMPLETED',
  'TERMINATED',
  'UNAWARDED',
  'CANCELLED',
];

export const CHALLENGE_TYPES = ['KEY_CORE', 'DOMESTIC_SUBSTITUTION', 'FRONTIER', 'COMMON_TECH', 'APPLICATION'] as const;
export type ChallengeType = (typeof CHALLENGE_TYPES)[number];

export const IP_TERMS = ['FIRM_OWNS', 'LAB_OWNS_FIRM_LICENSED', 'JOINT', 'PUBLIC', 'NEGOTIABLE'] as const;
export type IpTerms = (typeof IP_TERMS)[number];

export type ChallengeAction = 'EDIT' | 'SUBMIT' | 'CANCEL' | 'APPROVE' | 'REJECT' | 'AMEND' | 'BID' | 'VIEW_BIDS';

export type TechnicalIndicator = { name: string; target: string; unit?: string | null };

export type Rubric = {
  technicalMerit: number;
  feasibility: number;
  teamCapability: number;
  costReasonableness: number;
};

export type OrganizationRef = { id: string; name: string; type: OrganizationType; verified: boolean };

export type AmendmentView = {
  amendedAt: string;
  reason: string;
  changedFields: string[];
  termsChanged: boolean;
  deadlineBefore: string | null;
  deadlineAfter: string | null;
};

export type ChallengeView = {
  id: string;
  status: ChallengeStatus;
  open: boolean;
  title: string;
  summary: string | null;
  description: string | null;
  technicalIndicators: TechnicalIndicator[];
  requiredCapabilities: string[];
  industryChain: string | null;
  techFields: string[];
  challengeType: ChallengeType | null;
  bounty: Decimal | null;
  bidDeadline: string | null;
  deliveryMonths: number | null;
  eligibility: { text: string | null; organizationTypes: OrganizationType[]; regions: string[] } | null;
  ipTerms: IpTerms | null;
  province: string | null;
  city: string | null;
  organization: OrganizationRef;
  bidCount: number;
  publishedAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  termsChangedAt: string | null;
  rubric: Rubric | null;
  contact: { name: string | null; phone: string | null; email: string | null } | null;
  amendments: AmendmentView[];
  review: {
    reviewNote: string | null;
    cancelReason: string | null;
    submittedAt: string | null;
    createdAt: string | null;
    updatedAt: string | null;
    version: number | null;
  } | null;
  actions: ChallengeAction[];
};

export type ChallengeSummaryView = {
  id: string;
  status: ChallengeStatus;
  open: boolean;
  title: string;
  summary: string | null;
  requiredCapabilities: string[];
  industryChain: string | null;
  challengeType: ChallengeType | null;
  bounty: Decimal | null;
  bidDeadline: string | null;
  deliveryMonths: number | null;
  province: string | null;
  city: string | null;
  organization: OrganizationRef | null;
  bidCount: number;
  publishedAt: string | null;
  submittedAt: string | null;
  reviewNote: string | null;
};

export const BID_STATUSES = ['DRAFT', 'SUBMITTED', 'WITHDRAWN', 'SHORTLISTED', 'NOT_SELECTED', 'AWARDED'] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

export type TeamMember = { name: string; title?: string | null; role: string };
export type Partner = { name: string; creditCode: string; role: string };
export type PlannedMilestone = { title: string; deliverable: string; dueMonth: number; paymentPercent: number };

export type BidView = {
  id: string;
  challenge: {
    id: string;
    title: string;
    status: ChallengeStatus;
    bounty: Decimal | null;
    bidDeadline: string | null;
    closedAt: string | null;
  };
  lab: { id: string; name: string; organizationId: string; organizationName: string };
  status: BidStatus;
  summary: string | null;
  technicalApproach: string | null;
  quotedAmount: Decimal | null;
  deliveryMonths: number | null;
  team: TeamMember[];
  partners: Partner[];
  milestonePlan: PlannedMilestone[];
  conflictDeclaration: string | null;
  conflictAffirmed: boolean;
  commitment: string | null;
  submittedAt: string | null;
  withdrawnAt: string | null;
  mustReconfirm: boolean;
  createdAt: string;
  updatedAt: string;
  version: number | null;
};

export type ReceiptView = {
  bidId: string;
  challengeId: string;
  algorithm: string;
  commitment: string;
  submittedAt: string;
};

export type VerificationView = { bidId: string; recorded: string; recomputed: string; matches: boolean };

// Clarifications (答疑), follows, invitations (邀请揭榜) and attachments (SPEC §2).

/** A question and its answer as the challenge page shows it: never the asker's identity. */
export type ClarificationView = {
  id: string;
  challengeId: string;
  question: string;
  answer: string | null;
  askedAt: string;
  answeredAt: string | null;
  changesTerms: boolean;
  askedByMyLab: boolean;
};

export type FollowStatus = { challengeId: string; following: boolean; followedAt: string | null };

export type FollowView = {
  challengeId: string;
  title: string;
  status: ChallengeStatus;
  bidDeadline: string | null;
  bounty: Decimal | null;
  open: boolean;
  followedAt: string;
};

export type InvitationView = {
  id: string;
  challenge: {
    id: string;
    title: string;
    organizationName: string;
    status: ChallengeStatus;
    bidDeadline: string | null;
    bounty: Decimal | null;
    open: boolean;
  };
  lab: { id: string; name: string };
  message: string | null;
  invitedAt: string;
};

export type AttachmentOwnerType = 'CHALLENGE' | 'BID' | 'MILESTONE';

export type AttachmentView = {
  id: string;
  ownerType: AttachmentOwnerType;
  ownerId: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  downloadUrl: string;
};

export type TrackRecord = {
  awarded: number;
  completed: number;
  terminatedWithoutDueDiligence: number;
  onTimeRatio: number | null;
};

export type LabProfileView = {
  id: string;
  name: string;
  organization: OrganizationRef;
  leader: string | null;
  summary: string | null;
  researchFields: string[];
  keywords: string[];
  capabilities: string | null;
  achievements: string | null;
  facilities: string | null;
  teamSize: number;
  province: string | null;
  city: string | null;
  trackRecord: TrackRecord;
  updatedAt: string | null;
};

export type MyLabView = LabProfileView & { invitationCode: string | null; version: number };

export type OrganizationView = {
  id: string;
  name: string;
  type: OrganizationType;
  creditCode: string;
  province: string;
  city: string;
  verified: boolean;
  verifiedAt: string | null;
  invitationCode: string | null;
};

export type AuditEntry = {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string;
  after: string;
  prevHash: string;
  hash: string;
};

export type ChainVerification = { ok: boolean; entries: number; brokenAt: number | null; reason: string | null };

export const NOTIFICATION_KINDS = [
  'CHALLENGE_APPROVED',
  'CHALLENGE_REJECTED',
  'NEW_BID',
  'CHALLENGE_CLOSED',
  'CHALLENGE_AMENDED',
  'CLARIFICATION_ASKED',
  'CLARIFICATION_ANSWERED',
  'INVITED_TO_BID',
  'RECOMMENDED_CHALLENGE',
  'REVIEW_ASSIGNED',
  'AWARD_PROPOSED',
  'AWARD_CONFIRMED',
  'AWARD_WITHDRAWN',
  'CHALLENGE_UNAWARDED',
  'OBJECTION_FILED',
  'OBJECTION_ANSWERED',
  'MILESTONE_SUBMITTED',
  'MILESTONE_RETURNED',
  'MILESTONE_ACCEPTED',
  'MILESTONE_OVERDUE',
  'PAYMENT_RECORDED',
  'CHALLENGE_COMPLETED',
  'ORGANIZATION_VERIFIED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationView = {
  id: number;
  /** A kind this client may not know yet is shown with a generic text. */
  kind: NotificationKind | string;
  params: Record<string, unknown>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

// Evaluation, award, announcement (公示) and objections (SPEC §4). Scores are decimal strings like money.

export const CRITERIA = ['technicalMerit', 'feasibility', 'teamCapability', 'costReasonableness'] as const;
export type Criterion = (typeof CRITERIA)[number];

export type CriterionScore = { score: Decimal; comment: string };

/** A challenge as the evaluation views name it. */
export type ChallengeRef = { id: string; title: string; status: ChallengeStatus; bounty: Decimal | null; closedAt: string | null };

export type ExpertView = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  organization: OrganizationView | null;
  expertise: string[];
  enabled: boolean;
};

export type RecusalReason = 'FIRM_ORGANIZATION' | 'BIDDER_ORGANIZATION' | 'PARTNER_ORGANIZATION' | 'DECLARED_CONFLICT';

export type ReviewerView = {
  reviewerId: string;
  username: string;
  displayName: string;
  role: 'EXPERT' | 'ADMIN';
  organization: { id: string; name: string } | null;
  assignedAt: string;
  recused: boolean;
  recusalReason: RecusalReason | null;
  recusalDetail: string | null;
  declaredAt: string | null;
  hasConflict: boolean | null;
  conflictStatement: string | null;
  scoredBids: number;
  totalBids: number;
};

export type MyReviewView = {
  challenge: ChallengeRef;
  assignedAt: string;
  recused: boolean;
  recusalReason: RecusalReason | null;
  declaredAt: string | null;
  hasConflict: boolean | null;
  mayReview: boolean;
  bidCount: number;
  scoredCount: number;
  complete: boolean;
};

export type ScoreView = {
  bidId: string;
  reviewerId: string;
  reviewerName: string | null;
  technicalMerit: CriterionScore;
  feasibility: CriterionScore;
  teamCapability: CriterionScore;
  costReasonableness: CriterionScore;
  total: Decimal;
  scoredAt: string;
  updatedAt: string;
};

export type ReviewBidsView = { challenge: ChallengeRef; rubric: Rubric; bids: { bid: BidView; myScore: ScoreView | null }[] };

export type ScoreStatistics = { count: number; mean: Decimal | null; stddev: Decimal | null; flagged: boolean };

export type ScoreSummary = {
  rubric: Rubric;
  reviewers: number;
  total: Decimal | null;
  technicalMerit: Decimal | null;
  feasibility: Decimal | null;
  teamCapability: Decimal | null;
  costReasonableness: Decimal | null;
  adoptedScore: Decimal | null;
};

export type DecisionView = {
  bidId: string;
  adoptedScore: Decimal;
  reasoning: string;
  decidedBy: string;
  decidedAt: string;
  meanAtDecision: Decimal | null;
  stddevAtDecision: Decimal | null;
  /** False once the scores changed after the decision: a new decision is needed. */
  current: boolean;
};

export type PreferenceView = { challengeId: string; bidIds: string[]; setAt: string | null };

export type AwardStatus = 'PROPOSED' | 'WITHDRAWN' | 'CONFIRMED' | 'UNAWARDED';

export type WinnerView = { labId: string; labName: string; organizationId: string; organizationName: string };

export type AwardView = {
  id: string;
  challengeId: string;
  challengeTitle: string;
  status: AwardStatus;
  bidId: string | null;
  winner: WinnerView | null;
  amount: Decimal | null;
  rationale: string;
  scores: ScoreSummary | null;
  proposedBy: string;
  proposedAt: string;
  publicityEndsAt: string | null;
  pendingObjections: number;
  confirmedAt: string | null;
  withdrawnAt: string | null;
  recommendationsRecorded: boolean;
  winnerRank: number | null;
};

export type EvaluationBlocker = 'NO_BIDS' | 'PANEL_TOO_SMALL' | 'REVIEWS_INCOMPLETE' | 'DECISIONS_PENDING';

export type EvaluationBidRow = {
  bidId: string;
  lab: { id: string; name: string; organizationId: string; organizationName: string };
  status: BidStatus;
  quotedAmount: Decimal | null;
  deliveryMonths: number | null;
  scores: ScoreView[];
  statistics: ScoreStatistics;
  criterionMeans: ScoreSummary;
  decision: DecisionView | null;
  decisionPending: boolean;
  effectiveScore: Decimal | null;
  missingReviewers: string[];
  preferenceRank: number | null;
};

export type EvaluationView = {
  challenge: ChallengeRef;
  rubric: Rubric;
  panel: { required: number; assigned: number; active: number; declared: number };
  reviewers: ReviewerView[];
  bids: EvaluationBidRow[];
  preference: PreferenceView | null;
  blockers: (EvaluationBlocker | string)[];
  readyToPropose: boolean;
  awards: AwardView[];
  winnerRank: number | null;
};

export type ShortlistView = { challengeId: string; shortlisted: string[]; notSelected: string[] };

export type AnnouncementView = {
  id: string;
  challenge: { id: string; title: string };
  status: AwardStatus;
  winner: WinnerView | null;
  amount: Decimal | null;
  rationale: string;
  scores: ScoreSummary | null;
  proposedAt: string;
  publicityEndsAt: string | null;
  objectionWindowOpen: boolean;
  confirmedAt: string | null;
  withdrawnAt: string | null;
};

export type ObjectionStatus = 'PENDING' | 'UPHELD' | 'DISMISSED';

export type ObjectionView = {
  id: string;
  awardId: string;
  challengeId: string;
  challengeTitle: string;
  reasons: string;
  status: ObjectionStatus;
  answer: string | null;
  filedAt: string;
  answeredAt: string | null;
  publicityEndsAt: string | null;
  objector: { id: string; displayName: string | null };
};

export type BidEvaluationView = {
  bidId: string;
  challenge: ChallengeRef;
  bidStatus: BidStatus;
  rubric: Rubric;
  reviews: {
    reviewer: string;
    technicalMerit: CriterionScore;
    feasibility: CriterionScore;
    teamCapability: CriterionScore;
    costReasonableness: CriterionScore;
    total: Decimal;
  }[];
  summary: ScoreSummary;
};

// Delivery to acceptance, payments and results (SPEC §5); the dashboard (SPEC §8).

export const MILESTONE_STATUSES = ['PLANNED', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export type MilestoneAction = 'REPORT' | 'ACCEPT' | 'RETURN' | 'PAY' | 'ATTACH';

export type MilestoneReport = { text: string; evidenceLinks: string[]; submittedAt: string; submissionCount: number };

export type PaymentView = { id: string; amount: Decimal; paidOn: string; note: string | null; recordedAt: string };

/** A delivery milestone: the public sees schedule and state; insiders also the report, comments, payments, evidence. */
export type MilestoneView = {
  id: string;
  seq: number;
  title: string;
  deliverable: string;
  dueMonth: number;
  /** The due day in Asia/Shanghai, "YYYY-MM-DD". */
  dueDate: string;
  dueAt: string;
  paymentPercent: number;
  paymentAmount: Decimal;
  paidAmount: Decimal;
  status: MilestoneStatus;
  overdue: boolean;
  overdueSince: string | null;
  acceptedAt: string | null;
  report: MilestoneReport | null;
  returnComments: string | null;
  returnedAt: string | null;
  payments: PaymentView[];
  evidence: AttachmentView[];
  actions: MilestoneAction[];
};

export type DeliveryLabRef = { id: string; name: string; organizationId: string; organizationName: string };

export type DeliveryView = {
  challengeId: string;
  challengeTitle: string;
  challengeStatus: ChallengeStatus;
  firmOrganizationId: string;
  lab: DeliveryLabRef;
  amount: Decimal;
  paidTotal: Decimal;
  confirmedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  termination: { terminatedAt: string; reason: string; dueDiligence: boolean } | null;
  overdueCount: number;
  /** Whether the viewer sees reports, comments and payments (the firm, the winning lab, administrators). */
  insider: boolean;
  milestones: MilestoneView[];
};

/** A results summary (成果) on the public showcase. */
export type ResultView = {
  id: string;
  challengeId: string;
  challengeTitle: string;
  title: string;
  summary: string;
  outcomes: string | null;
  ipTerms: IpTerms | null;
  industryChain: string | null;
  challengeType: ChallengeType | null;
  province: string | null;
  firm: { id: string; name: string };
  lab: DeliveryLabRef;
  amount: Decimal | null;
  completedAt: string | null;
  publishedByRole: 'FIRM' | 'LAB' | string;
  publishedAt: string;
  updatedAt: string;
};

/** Published challenges of one industry chain. */
export type ChainCount = { chain: string; challenges: number; bounty: Decimal };

export type RedFlagType = 'SINGLE_BID' | 'REPEATED_WINNER' | 'SHORT_BIDDING_WINDOW';

export type RedFlag = {
  type: RedFlagType | string;
  challengeId: string | null;
  challengeTitle: string | null;
  labId: string | null;
  labName: string | null;
  organizationId: string | null;
  organizationName: string | null;
  count: number | null;
  windowDays: number | null;
};

export type DashboardView = {
  challengesByStatus: Record<string, number>;
  challengesByChain: ChainCount[];
  bounty: { published: Decimal; awarded: Decimal };
  bidsPerChallenge: { buckets: { bids: string; challenges: number }[]; challenges: number; mean: Decimal | null; median: Decimal | null };
  medianDaysToAward: Decimal | null;
  onTimeMilestones: { onTime: number; counted: number; ratio: number | null };
  matchingEffectiveness: { awardsMeasured: number; wonInTopTen: number; share: Decimal | null };
  redFlags: RedFlag[];
  generatedAt: string;
};

// Search and explainable matching. Highlights arrive as text segments, never as markup.

/** A piece of a highlighted field: `hit` marks the words that matched the query. */
export type Segment = { text: string; hit: boolean };

export type FacetCount = { value: string; count: number };

/** A page of search hits with the facet counts of the whole result (1-based page, like Page). */
export type SearchPage<T, F extends string> = {
  items: T[];
  total: number;
  page: number;
  size: number;
  facets: Partial<Record<F, FacetCount[]>>;
};

export type ChallengeSearchHit = {
  challenge: ChallengeSummaryView;
  score: number;
  highlights?: Partial<Record<'title' | 'summary' | 'description', Segment[]>>;
};

export type ChallengeFacet = 'chain' | 'type' | 'region' | 'status';
export type ChallengeSearchResult = SearchPage<ChallengeSearchHit, ChallengeFacet>;

export type LabSearchHit = {
  lab: LabProfileView;
  score: number;
  highlights?: Partial<Record<'name' | 'summary' | 'capabilities', Segment[]>>;
};

export type LabFacet = 'field' | 'region' | 'orgType';
export type LabSearchResult = SearchPage<LabSearchHit, LabFacet>;

export const MATCH_FACTORS = ['TEXT', 'TAGS', 'TRACK_RECORD', 'REGION'] as const;
export type MatchFactorName = (typeof MATCH_FACTORS)[number];

/** One part of a match score: `value` (0..1) times `weight` gives its `share`; the shares add up to the score. */
export type MatchFactor = { factor: MatchFactorName | string; value: number; weight: number; share: number };

/** Why a lab and a challenge match: the factors, the shared tags and the matched terms per field. */
export type Explanation = {
  factors: MatchFactor[];
  matchedTags: string[];
  matchedTerms: Record<string, string[]>;
};

export type LabMatch = { lab: LabProfileView; score: number; explanation: Explanation };
export type ChallengeRecommendation = { challenge: ChallengeSummaryView; score: number; explanation: Explanation };

export type SearchRebuildView = {
  running: boolean;
  startedAt: string;
  finishedAt: string | null;
  processed: number;
  total: number;
  error: string | null;
};

/** GET /api/admin/search/status: the index's state, size, how far it follows the outbox, the last rebuild. */
export type SearchIndexStatus = {
  schemaVersion: number | string;
  state: 'READY' | 'BUILDING';
  documents: { challenges: number; labs: number };
  outbox: { position: number; head: number; lag: number };
  rebuild: SearchRebuildView | null;
};
