import type { DeliveryView, MilestoneView } from '@/types/api';

/** A milestone as the API shows it to insiders, with overrides. */
export const milestone = (overrides: Partial<MilestoneView> = {}): MilestoneView => ({
  id: 'm-1',
  seq: 1,
  title: '工艺样片',
  deliverable: '样片与测试报告',
  dueMonth: 6,
  dueDate: '2026-06-30',
  dueAt: '2026-06-30T16:00:00Z',
  paymentPercent: 40,
  paymentAmount: '720000.00',
  paidAmount: '0.00',
  status: 'PLANNED',
  overdue: false,
  overdueSince: null,
  acceptedAt: null,
  report: null,
  returnComments: null,
  returnedAt: null,
  payments: [],
  evidence: [],
  actions: [],
  ...overrides,
});

/** A delivery with two milestones, with overrides. */
export const delivery = (overrides: Partial<DeliveryView> = {}): DeliveryView => ({
  challengeId: 'c-1',
  challengeTitle: '车规级 SiC MOSFET 栅氧可靠性',
  challengeStatus: 'IN_DELIVERY',
  firmOrganizationId: 'org-firm',
  lab: { id: 'lab-1', name: '宽禁带半导体实验室', organizationId: 'org-lab', organizationName: '长江大学' },
  amount: '1800000.00',
  paidTotal: '0.00',
  confirmedAt: '2026-01-01T02:00:00Z',
  startedAt: '2026-01-10T02:00:00Z',
  completedAt: null,
  termination: null,
  overdueCount: 0,
  insider: true,
  milestones: [milestone(), milestone({ id: 'm-2', seq: 2, title: '可靠性验收', dueMonth: 12, dueDate: '2026-12-31', paymentPercent: 60, paymentAmount: '1080000.00' })],
  ...overrides,
});
