import { SendOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import type { MilestoneView } from '@/types/api';

import { useReportMilestone } from '../api/report-milestone';
import { EVIDENCE_LINK_MAX, EVIDENCE_LINKS_MAX, parseEvidenceLinks, REPORT_TEXT_MAX } from '../utils/validation';

type ReportValues = { text: string; links?: string };

/**
 * The lab reports a milestone (or reports it again after a return): progress text and evidence links,
 * one per line; files are attached above before reporting. A resubmission starts from the last report.
 */
export function ReportForm({ challengeId, milestone, onReported }: { challengeId: string; milestone: MilestoneView; onReported?: () => void }) {
  const { t } = useTranslation(['delivery', 'common']);
  const [form] = Form.useForm<ReportValues>();
  const reporting = useReportMilestone(challengeId);
  const [stray, setStray] = useState<unknown>();
  const resubmit = milestone.status === 'RETURNED';

  const submit = (values: ReportValues) => {
    setStray(undefined);
    reporting.mutate(
      { milestoneId: milestone.id, request: { text: values.text.trim(), evidenceLinks: parseEvidenceLinks(values.links).links } },
      {
        onSuccess: () => onReported?.(),
        onError: (error) => {
          const unmatched = applyProblemToForm(form, error);
          if (!isApiError(error) || error.errors.length === 0 || unmatched.length > 0) {
            setStray(error);
          }
        },
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      className="report-form"
      onFinish={submit}
      initialValues={{ text: milestone.report?.text ?? '', links: milestone.report?.evidenceLinks.join('\n') ?? '' }}
      data-testid="report-form"
    >
      {stray !== undefined && <ProblemAlert error={stray} className="form-alert" />}
      <Form.Item
        name="text"
        label={t('report.text')}
        extra={resubmit ? t('report.textHintResubmit') : t('report.textHint')}
        rules={[
          { required: true, whitespace: true, message: t('report.textRequired') },
          { max: REPORT_TEXT_MAX, message: t('common:validation.maxLength', { max: REPORT_TEXT_MAX }) },
        ]}
      >
        <Input.TextArea rows={6} maxLength={REPORT_TEXT_MAX} showCount data-testid="report-text" />
      </Form.Item>
      <Form.Item
        name="links"
        label={t('report.links')}
        extra={t('report.linksHint', { max: EVIDENCE_LINKS_MAX })}
        rules={[
          {
            validator: (_, value: string | undefined) => {
              const check = parseEvidenceLinks(value);
              if (!check.problem) {
                return Promise.resolve();
              }
              return Promise.reject(
                new Error(
                  check.problem === 'tooMany'
                    ? t('report.problems.tooMany', { max: EVIDENCE_LINKS_MAX })
                    : t(`report.problems.${check.problem}`, { line: check.line, max: EVIDENCE_LINK_MAX }),
                ),
              );
            },
          },
        ]}
      >
        <Input.TextArea rows={3} placeholder="https://" data-testid="report-links" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={reporting.isPending} data-testid="report-submit">
        {resubmit ? t('report.resubmit') : t('report.submit')}
      </Button>
    </Form>
  );
}
