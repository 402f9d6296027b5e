import { BankOutlined, ExperimentOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Radio, Row, Segmented, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import type { ProblemFieldError } from '@/lib/api-client';
import type { Me, OrganizationType } from '@/lib/auth';
import { creditCodeProblem, normalizeCreditCode } from '@/lib/credit-code';
import { applyProblemToForm } from '@/lib/form-errors';
import { currentLanguage } from '@/lib/i18n';
import { termLabel, useTaxonomy } from '@/lib/taxonomy';

import { useRegister, type RegistrableRole } from '../api/register';
import {
  ORGANIZATION_TYPES_BY_ROLE,
  PASSWORD_PATTERN,
  toRegisterInput,
  USERNAME_PATTERN,
  type OrganizationMode,
  type RegisterValues,
} from '../utils/registration';

type RegisterFormProps = {
  initialRole?: RegistrableRole;
  onSuccess?: (me: Me) => void;
};

/** Self-registration of a FIRM or LAB account, with a new organization or an invitation code. */
export function RegisterForm({ initialRole = 'FIRM', onSuccess }: RegisterFormProps) {
  const { t } = useTranslation(['accounts', 'common']);
  const [form] = Form.useForm<RegisterValues>();
  const register = useRegister();
  const taxonomy = useTaxonomy();
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);
  const role = Form.useWatch('role', form) ?? initialRole;
  const mode = Form.useWatch('organizationMode', form) ?? 'new';
  const language = currentLanguage();

  const typeOptions = ORGANIZATION_TYPES_BY_ROLE[role].map((type) => ({
    value: type,
    label: t(`common:organizationTypes.${type}`),
  }));
  const provinceOptions = useMemo(
    () =>
      (taxonomy.data?.regions ?? []).map((region) => ({ value: region.code, label: termLabel(region, language) })),
    [taxonomy.data, language],
  );

  const creditCodeRule: Rule = {
    validator: async (_, value: string | undefined) => {
      if (!value) {
        return;
      }
      const problem = creditCodeProblem(value);
      if (problem) {
        throw new Error(t(`validation.creditCode.${problem}`));
      }
    },
  };

  const onValuesChange = (changed: Partial<RegisterValues>) => {
    if (changed.role) {
      const type = form.getFieldValue(['organization', 'type']) as OrganizationType | undefined;
      if (type && !ORGANIZATION_TYPES_BY_ROLE[changed.role].includes(type)) {
        form.setFieldValue(['organization', 'type'], undefined);
      }
    }
  };

  const onFinish = (values: RegisterValues) => {
    setUnmatched([]);
    register.mutate(toRegisterInput(values), {
      onSuccess,
      onError: (error) => {
        setUnmatched(applyProblemToForm(form, error));
        const firstError = form.getFieldsError().find((field) => field.errors.length > 0);
        if (firstError) {
          form.scrollToField(firstError.name, { block: 'center' });
        } else {
          window.scrollTo({ top: 0, behavior: 'smooth' });
        }
      },
    });
  };

  return (
    <Form<RegisterValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{ role: initialRole, organizationMode: 'new' }}
      onValuesChange={onValuesChange}
      onFinish={onFinish}
      scrollToFirstError={{ block: 'center' }}
      aria-label={t('register.title')}
      data-testid="register-form"
    >
      {register.isError && <ProblemAlert error={register.error} fieldErrors={unmatched} className="form-alert" />}

      <Typography.Title level={5} className="form-section-title">
        {t('register.sections.role')}
      </Typography.Title>
      <Form.Item name="role" rules={[{ required: true }]} className="role-choice-item">
        <Radio.Group className="role-choice" aria-label={t('register.sections.role')}>
          <Radio.Button value="FIRM" data-testid="role-FIRM">
            <BankOutlined className="role-choice-icon" />
            <span className="role-choice-title">{t('register.roles.FIRM.title')}</span>
            <span className="role-choice-description">{t('register.roles.FIRM.description')}</span>
          </Radio.Button>
          <Radio.Button value="LAB" data-testid="role-LAB">
            <ExperimentOutlined className="role-choice-icon" />
            <span className="role-choice-title">{t('register.roles.LAB.title')}</span>
            <span className="role-choice-description">{t('register.roles.LAB.description')}</span>
          </Radio.Button>
        </Radio.Group>
      </Form.Item>

      <Typography.Title level={5} className="form-section-title">
        {t('register.sections.organization')}
      </Typography.Title>
      <Form.Item name="organizationMode">
        <Segmented<OrganizationMode>
          block
          options={[
            { value: 'new', label: t('register.organizationMode.new') },
            { value: 'invite', label: t('register.organizationMode.invite') },
          ]}
          data-testid="organization-mode"
        />
      </Form.Item>

      {mode === 'new' ? (
        <>
          <Form.Item
            name={['organization', 'name']}
            label={t('fields.organizationName')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 200, message: t('validation.maxLength', { max: 200 }) },
            ]}
          >
            <Input placeholder={t(`register.placeholders.organizationName.${role}`)} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} sm={10}>
              <Form.Item
                name={['organization', 'type']}
                label={t('fields.organizationType')}
                rules={[{ required: true, message: t('validation.select') }]}
              >
                <Select options={typeOptions} placeholder={t('register.placeholders.select')} data-testid="organization-type" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={14}>
              <Form.Item
                name={['organization', 'creditCode']}
                label={t('fields.creditCode')}
                normalize={(value: string) => normalizeCreditCode(value ?? '')}
                validateDebounce={300}
                rules={[{ required: true, message: t('validation.required') }, creditCodeRule]}
                extra={t('register.creditCodeHint')}
              >
                <Input maxLength={18} className="monospace-input" placeholder="91110108MA01XXXXXX" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} sm={10}>
              <Form.Item
                name={['organization', 'province']}
                label={t('fields.province')}
                rules={[{ required: true, message: t('validation.select') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={provinceOptions}
                  loading={taxonomy.isPending}
                  placeholder={t('register.placeholders.province')}
                  data-testid="organization-province"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={14}>
              <Form.Item
                name={['organization', 'city']}
                label={t('fields.city')}
                rules={[
                  { required: true, whitespace: true, message: t('validation.required') },
                  { max: 60, message: t('validation.maxLength', { max: 60 }) },
                ]}
              >
                <Input placeholder={t('register.placeholders.city')} />
              </Form.Item>
            </Col>
          </Row>
        </>
      ) : (
        <Form.Item
          name="invitationCode"
          label={t('fields.invitationCode')}
          extra={t(`register.invitationHint.${role}`)}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 16, message: t('validation.maxLength', { max: 16 }) },
          ]}
        >
          <Input className="monospace-input" autoComplete="off" />
        </Form.Item>
      )}

      {role === 'LAB' && (
        <Form.Item
          name="labName"
          label={t('fields.labName')}
          extra={t('register.labNameHint')}
          rules={[{ max: 120, message: t('validation.maxLength', { max: 120 }) }]}
        >
          <Input placeholder={t('register.placeholders.labName')} />
        </Form.Item>
      )}

      <Typography.Title level={5} className="form-section-title">
        {t('register.sections.account')}
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="username"
            label={t('fields.username')}
            extra={t('register.usernameHint')}
            rules={[
              { required: true, message: t('validation.required') },
              { pattern: USERNAME_PATTERN, message: t('validation.username') },
            ]}
          >
            <Input autoComplete="username" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="displayName"
            label={t('fields.displayName')}
            extra={t('register.displayNameHint')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 80, message: t('validation.maxLength', { max: 80 }) },
            ]}
          >
            <Input autoComplete="name" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="email"
        label={t('fields.email')}
        rules={[
          { type: 'email', message: t('validation.email') },
          { max: 120, message: t('validation.maxLength', { max: 120 }) },
        ]}
      >
        <Input type="email" autoComplete="email" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="password"
            label={t('fields.password')}
            extra={t('register.passwordHint')}
            rules={[
              { required: true, message: t('validation.required') },
              { min: 8, max: 128, message: t('validation.passwordLength') },
              { pattern: PASSWORD_PATTERN, message: t('validation.passwordStrength') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="confirmPassword"
            label={t('fields.confirmPassword')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('validation.required') },
              ({ getFieldValue }) => ({
                validator: async (_, value: string | undefined) => {
                  if (value && value !== getFieldValue('password')) {
                    throw new Error(t('validation.passwordMismatch'));
                  }
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Col>
      </Row>

      <Form.Item className="form-submit">
        <Button type="primary" htmlType="submit" size="large" block loading={register.isPending} data-testid="register-submit">
          {t('register.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
