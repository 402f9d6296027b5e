import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CopyableCode } from '@/components/ui/copyable-code';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { TagsInput } from '@/components/ui/tags-input';
import { isApiError, type ProblemFieldError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { MyLabView } from '@/types/api';

import { useUpdateMyLab } from '../api/update-my-lab';

type LabProfileValues = {
  name?: string;
  leader?: string;
  summary?: string;
  researchFields?: string[];
  keywords?: string[];
  capabilities?: string;
  achievements?: string;
  facilities?: string;
  teamSize?: number;
  province?: string;
  city?: string;
};

const toValues = (lab: MyLabView): LabProfileValues => ({
  name: lab.name,
  leader: lab.leader ?? undefined,
  summary: lab.summary ?? undefined,
  researchFields: lab.researchFields,
  keywords: lab.keywords,
  capabilities: lab.capabilities ?? undefined,
  achievements: lab.achievements ?? undefined,
  facilities: lab.facilities ?? undefined,
  teamSize: lab.teamSize,
  province: lab.province ?? undefined,
  city: lab.city ?? undefined,
});

const blank = (text: string | undefined) => (text && text.trim() ? text.trim() : null);

/** The lab's capability profile editor (PUT /api/my/lab), with its invitation code for colleagues. */
export function LabProfileForm({ lab, onReload }: { lab: MyLabView; onReload: () => void }) {
  const { t } = useTranslation(['labs', 'common']);
  const { message } = App.useApp();
  const taxonomy = useTaxonomyLabels();
  const [form] = Form.useForm<LabProfileValues>();
  const update = useUpdateMyLab();
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);
  const initialValues = useMemo(() => toValues(lab), [lab]);
  const stale = isApiError(update.error) && update.error.type === '/problems/concurrent-modification';
  const maxLength = (max: number) => ({ max, message: t('common:validation.maxLength', { max }) });

  const onFinish = (values: LabProfileValues) => {
    update.mutate(
      {
        name: (values.name ?? '').trim(),
        leader: blank(values.leader),
        summary: blank(values.summary),
        researchFields: values.researchFields ?? [],
        keywords: values.keywords ?? [],
        capabilities: blank(values.capabilities),
        achievements: blank(values.achievements),
        facilities: blank(values.facilities),
        teamSize: values.teamSize ?? null,
        province: values.province ?? null,
        city: blank(values.city),
        version: lab.version,
      },
      {
        onSuccess: (saved) => {
          setUnmatched([]);
          form.setFieldsValue(toValues(saved));
          message.success(t('editor.saved'));
        },
        onError: (error) => setUnmatched(applyProblemToForm(form, error)),
      },
    );
  };

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={17}>
        <Card data-testid="lab-profile-form">
          {update.isError && (
            <ProblemAlert
              className="form-alert"
              error={update.error}
              fieldErrors={unmatched}
              action={
                stale ? (
                  <Button size="small" onClick={onReload}>
                    {t('common:conflict.reload')}
                  </Button>
                ) : undefined
              }
            />
          )}
          <Form<LabProfileValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} scrollToFirstError={{ block: 'center' }}>
            <Row gutter={16}>
              <Col xs={24} md={14}>
                <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, whitespace: true, message: t('common:validation.required') }, maxLength(120)]}>
                  <Input maxLength={120} />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item name="leader" label={t('fields.leader')} rules={[maxLength(60)]}>
                  <Input maxLength={60} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="summary" label={t('fields.summary')} rules={[maxLength(1000)]}>
              <Input.TextArea rows={3} maxLength={1000} showCount />
            </Form.Item>
            <Form.Item name="researchFields" label={t('fields.researchFields')} extra={t('editor.fieldsHint')}>
              <Select
                mode="multiple"
                allowClear
                maxCount={10}
                showSearch={{ optionFilterProp: 'label' }}
                options={taxonomy.techFieldGroups()}
                loading={taxonomy.loading}
                data-testid="lab-research-fields"
              />
            </Form.Item>
            <Form.Item name="keywords" label={t('fields.keywords')} extra={t('editor.keywordsHint')}>
              <TagsInput maxCount={30} maxLength={40} testId="lab-keywords" />
            </Form.Item>
            <Form.Item name="capabilities" label={t('fields.capabilities')} rules={[maxLength(5000)]}>
              <Input.TextArea rows={5} maxLength={5000} showCount placeholder={t('editor.capabilitiesPlaceholder')} />
            </Form.Item>
            <Form.Item name="achievements" label={t('fields.achievements')} rules={[maxLength(5000)]}>
              <Input.TextArea rows={5} maxLength={5000} showCount placeholder={t('editor.achievementsPlaceholder')} />
            </Form.Item>
            <Form.Item name="facilities" label={t('fields.facilities')} rules={[maxLength(3000)]}>
              <Input.TextArea rows={4} maxLength={3000} showCount placeholder={t('editor.facilitiesPlaceholder')} />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="teamSize" label={t('fields.teamSize')} rules={[{ required: true, message: t('common:validation.required') }]}>
                  <InputNumber min={1} max={10_000} precision={0} className="full-width" suffix={t('editor.people')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="province" label={t('fields.province')} rules={[{ required: true, message: t('common:validation.select') }]}>
                  <Select showSearch={{ optionFilterProp: 'label' }} options={taxonomy.options('regions')} loading={taxonomy.loading} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="city" label={t('fields.city')} rules={[maxLength(60)]}>
                  <Input maxLength={60} />
                </Form.Item>
              </Col>
            </Row>
            <div className="form-actions-bar">
              <Link to={`/labs/${lab.id}`}>{t('editor.viewPublic')}</Link>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending} data-testid="lab-profile-save">
                {t('editor.save')}
              </Button>
            </div>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={7}>
        <Card title={t('editor.invitationTitle')} className="detail-card">
          {lab.invitationCode ? <CopyableCode value={lab.invitationCode} testId="lab-invitation" /> : '—'}
          <Typography.Paragraph type="secondary" className="invitation-hint">
            {t('editor.invitationHint')}
          </Typography.Paragraph>
        </Card>
        <Card title={t('editor.organization')} className="detail-card">
          <div>{lab.organization.name}</div>
          <Typography.Text type={lab.organization.verified ? 'success' : 'warning'}>
            {lab.organization.verified ? t('profile.verified') : t('editor.unverified')}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
