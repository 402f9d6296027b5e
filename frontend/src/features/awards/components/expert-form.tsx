import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ProblemFieldError } from '@/lib/api-client';
import { applyProblemToForm } from '@/lib/form-errors';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import type { ExpertView } from '@/types/api';

import { useCreateExpert, type CreateExpertRequest } from '../api/create-expert';
import { useOrganizationOptions } from '../api/get-organization-options';

type ExpertFormValues = {
  username: string;
  password: string;
  displayName: string;
  email?: string;
  organizationId?: string;
  expertise?: string[];
};

const USERNAME = /^[A-Za-z0-9_.-]{3,40}$/;
const PASSWORD = /^(?=.*\p{L})(?=.*\d).*$/u;

/** A dialog that adds an expert to the pool: account, organization (for recusal) and fields of expertise. */
export function ExpertForm({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (expert: ExpertView) => void }) {
  const { t } = useTranslation(['awards', 'accounts', 'common']);
  const [form] = Form.useForm<ExpertFormValues>();
  const taxonomy = useTaxonomyLabels();
  const organizations = useOrganizationOptions({ enabled: open });
  const create = useCreateExpert();
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);

  const submit = (values: ExpertFormValues) => {
    setUnmatched([]);
    const request: CreateExpertRequest = {
      username: values.username.trim(),
      password: values.password,
      displayName: values.displayName.trim(),
      email: values.email?.trim() || null,
      organizationId: values.organizationId ?? null,
      expertise: values.expertise ?? [],
    };
    create.mutate(request, {
      onSuccess: (expert) => {
        form.resetFields();
        onCreated(expert);
      },
      onError: (error) => setUnmatched(applyProblemToForm(form, error)),
    });
  };

  return (
    <Modal
      open={open}
      title={t('experts.createTitle')}
      okText={t('experts.create')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'expert-form-submit' }}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      data-testid="expert-form"
    >
      <Typography.Paragraph type="secondary">{t('experts.createLead')}</Typography.Paragraph>
      {create.isError && <ProblemAlert error={create.error} fieldErrors={unmatched} className="form-alert" />}
      <Form<ExpertFormValues> form={form} layout="vertical" onFinish={submit} preserve={false} requiredMark>
        <Form.Item
          name="displayName"
          label={t('experts.displayName')}
          rules={[
            { required: true, whitespace: true, message: t('common:validation.required') },
            { max: 80, message: t('common:validation.maxLength', { max: 80 }) },
          ]}
        >
          <Input maxLength={80} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('experts.username')}
          extra={t('experts.usernameHint')}
          rules={[
            { required: true, message: t('common:validation.required') },
            { pattern: USERNAME, message: t('experts.usernamePattern') },
          ]}
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('experts.password')}
          extra={t('experts.passwordHint')}
          rules={[
            { required: true, message: t('common:validation.required') },
            { min: 8, max: 128, message: t('experts.passwordLength') },
            { pattern: PASSWORD, message: t('experts.passwordPattern') },
          ]}
        >
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="email" label={t('experts.email')} rules={[{ type: 'email', message: t('common:validation.email') }]}>
          <Input maxLength={120} autoComplete="off" />
        </Form.Item>
        <Form.Item name="organizationId" label={t('experts.organization')} extra={t('experts.organizationHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={organizations.isPending}
            placeholder={t('experts.organizationPlaceholder')}
            options={(organizations.data?.items ?? []).map((organization) => ({
              value: organization.id,
              label: `${organization.name}（${t(`common:organizationTypes.${organization.type}`)}）`,
            }))}
            notFoundContent={organizations.isError ? t('common:errors.generic') : undefined}
          />
        </Form.Item>
        <Form.Item
          name="expertise"
          label={t('experts.expertise')}
          rules={[{ type: 'array', max: 10, message: t('experts.expertiseMax') }]}
        >
          <Select
            mode="multiple"
            allowClear
            maxCount={10}
            showSearch={{ optionFilterProp: 'label' }}
            loading={taxonomy.loading}
            placeholder={t('experts.expertisePlaceholder')}
            options={taxonomy.techFieldGroups()}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
