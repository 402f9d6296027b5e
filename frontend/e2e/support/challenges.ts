import type { JiebangApi } from './api';

/** The body of a complete challenge, ready to be submitted. */
export const challengeBody = (title: string, deadline: Date) => ({
  title,
  summary: '面向 800V 主驱逆变器，攻关碳化硅 MOSFET 栅氧可靠性。',
  description: '## 需求背景\n\n现有产线 HTGB 后阈值漂移偏大。',
  technicalIndicators: [{ name: 'HTGB 1000h 阈值漂移', target: '≤ 0.1', unit: 'V' }],
  requiredCapabilities: ['SiC MOSFET'],
  industryChain: 'INTEGRATED_CIRCUITS',
  techFields: [],
  challengeType: 'KEY_CORE',
  bounty: '5000000.00',
  bidDeadline: deadline.toISOString(),
  deliveryMonths: 12,
  eligibility: { text: '高校、科研院所或企业研发团队', organizationTypes: [], regions: [] },
  ipTerms: 'JOINT',
  province: 'ZJ',
  city: '杭州市',
  contactName: '林雪婷',
  contactPhone: '0571-88886666',
});

/** The body of a complete bid on a challenge (as the bid form would send it). */
export const bidBody = (summary: string, quotedAmount: string) => ({
  summary,
  technicalApproach: '## 技术路线\n\n1. 界面氮化钝化\n2. 沟槽栅元胞优化',
  quotedAmount,
  deliveryMonths: 12,
  team: [{ name: '周启航', title: '教授', role: '项目负责人' }],
  partners: [],
  milestonePlan: [
    { title: '工艺样片', deliverable: '样片与测试报告', dueMonth: 6, paymentPercent: 40 },
    { title: '可靠性验收', deliverable: 'AEC-Q101 考核报告', dueMonth: 12, paymentPercent: 60 },
  ],
  conflictDeclaration: '本团队与发榜单位不存在利益冲突。',
  conflictAffirmed: true,
});

/**
 * A firm drafts and submits a challenge whose bidding ends at `deadline`, an administrator publishes it
 * (the harness allows bidding periods down to 5 seconds). Returns the challenge's id.
 */
export async function publishChallenge(firm: JiebangApi, admin: JiebangApi, title: string, deadline: Date): Promise<string> {
  const created = await firm.post<{ id: string }>('/api/challenges', challengeBody(title, deadline));
  await firm.post(`/api/challenges/${created.id}/submit`);
  await admin.post(`/api/admin/challenges/${created.id}/approve`);
  return created.id;
}

/** A small but well-formed PDF (one empty page), whose first bytes the server recognises as PDF. */
export function smallPdf(text = 'Jiebang'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 20 50 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
