import { i18n } from '@/lib/i18n';

import { notificationText } from './wording';

const zh = i18n.getFixedT('zh-CN', 'notifications');
const en = i18n.getFixedT('en', 'notifications');
const note = (kind: string, params: Record<string, unknown> = {}) => ({ kind, params });
const params = { title: 'SiC 外延', challengeId: 'c1', milestoneId: 'm1', milestone: '工艺样片', seq: 2 };

describe('delivery notification wording', () => {
  it('names the milestone by number and title', () => {
    expect(notificationText(note('MILESTONE_SUBMITTED', params), zh)).toBe('榜单《SiC 外延》的里程碑 2“工艺样片”已提交验收，请查看报告并验收。');
    expect(notificationText(note('MILESTONE_RETURNED', params), en)).toBe(
      'Milestone 2 “工艺样片” of the challenge “SiC 外延” was returned for revision; read the comments and report again.',
    );
    expect(notificationText(note('MILESTONE_ACCEPTED', params), zh)).toBe('榜单《SiC 外延》的里程碑 2“工艺样片”已通过验收。');
  });

  it('gives the due date of an overdue milestone and the amount of a payment', () => {
    expect(notificationText(note('MILESTONE_OVERDUE', { ...params, dueDate: '2026-06-30' }), zh)).toBe(
      '榜单《SiC 外延》的里程碑 2“工艺样片”已逾期（截止日期 2026-06-30）。',
    );
    expect(notificationText(note('PAYMENT_RECORDED', { ...params, amount: '720000.00' }), zh)).toBe(
      '榜单《SiC 外延》的里程碑 2“工艺样片”已登记一笔付款：¥720,000.00。',
    );
    expect(notificationText(note('PAYMENT_RECORDED', { ...params, amount: '720000.00' }), en)).toBe(
      'Milestone 2 “工艺样片” of the challenge “SiC 外延”: a payment of ¥720,000.00 was recorded.',
    );
  });

  it('reads well without the milestone, the due date or an unreadable amount', () => {
    expect(notificationText(note('MILESTONE_OVERDUE', { title: 'X' }), zh)).toBe('榜单《X》的里程碑已逾期。');
    expect(notificationText(note('MILESTONE_ACCEPTED', { title: 'X', seq: 1 }), en)).toBe('Milestone 1 of the challenge “X” was accepted.');
    expect(notificationText(note('PAYMENT_RECORDED', { title: 'X', amount: 'lots' }), en)).toBe('A milestone of the challenge “X”: a payment was recorded.');
  });

  it('invites the parties to publish the results on completion', () => {
    expect(notificationText(note('CHALLENGE_COMPLETED', { title: 'X', lab: 'L' }), zh)).toBe('榜单《X》的全部里程碑已通过验收，攻关完成。欢迎发布成果摘要。');
  });
});
