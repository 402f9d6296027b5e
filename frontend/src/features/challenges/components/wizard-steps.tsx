import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { DeadlinePicker } from '@/components/ui/deadline-picker';
import { MarkdownEditor } from '@/components/ui/markdown-editor';
import { MoneyInput } from '@/components/ui/money-input';
import { TagsInput } from '@/components/ui/tags-input';
import { useTaxonomyLabels } from '@/lib/use-taxonomy-labels';
import { CHALLENGE_TYPES, IP_TERMS } from '@/types/api';

import { MAX_CAPABILITIES, MAX_TECH_FIELDS, rubricTotal } from '../utils/wizard-values';
import { IndicatorsEditor } from './indicators-editor';
import { RubricEditor } from './rubric-editor';

const LAB_ORGANIZATION_TYPES = ['UNIVERSITY', 'INSTITUTE', 'ENTERPRISE'] as const;
const PHONE_PATTERN = /^[0-9+()\- ]*$/;

/** Step 1: title, summary, industry chain, technology fields and kind. */
export function BasicsStep() {
  const { t } = useTranslation(['challenges', 'common']);
  const taxonomy = useTaxonomyLabels();
  return (
    <>
      <Form.Item
        name="title"
        label={t('fields.title')}
        rules={[
          { required: true, whitespace: true, message: t('wizard.titleRequired') },
          { max: 120, message: t('common:validation.maxLength', { max: 120 }) },
        ]}
      >
        <Input maxLength={120} showCount placeholder={t('placeholders.title')} />
      </Form.Item>
      <Form.Item name="summary" label={t('fields.summary')} required rules={[{ max: 500, message: t('common:validation.maxLength', { max: 500 }) }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('placeholders.summary')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="industryChain" label={t('fields.industryChain')} required>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={taxonomy.options('industryChains')}
              loading={taxonomy.loading}
              placeholder={t('placeholders.select')}
              data-testid="field-industryChain"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="challengeType" label={t('fields.challengeType')} required>
            <Select
              allowClear
              options={CHALLENGE_TYPES.map((type) => ({ value: type, label: taxonomy.label('challengeTypes', type) }))}
              placeholder={t('placeholders.select')}
              data-testid="field-challengeType"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="techFields" label={t('fields.techFields')} extra={t('wizard.techFieldsHint', { max: MAX_TECH_FIELDS })}>
        <Select
          mode="multiple"
          allowClear
          maxCount={MAX_TECH_FIELDS}
          showSearch={{ optionFilterProp: 'label' }}
          options={taxonomy.techFieldGroups()}
          loading={taxonomy.loading}
          placeholder={t('placeholders.techFields')}
          data-testid="field-techFields"
        />
      </Form.Item>
    </>
  );
}

/** Step 2: technical indicators and required capabilities. */
export function RequirementsStep() {
  const { t } = useTranslation('challenges');
  return (
    <>
      <Form.Item label={t('fields.technicalIndicators')} required extra={t('wizard.indicatorsHint')}>
        <IndicatorsEditor />
      </Form.Item>
      <Form.Item
        name="requiredCapabilities"
        label={t('fields.requiredCapabilities')}
        required
        extra={t('wizard.capabilitiesHint', { max: MAX_CAPABILITIES })}
      >
        <TagsInput maxCount={MAX_CAPABILITIES} maxLength={40} testId="field-requiredCapabilities" />
      </Form.Item>
    </>
  );
}

/** Step 3: the Markdown description with a live preview. */
export function DescriptionStep() {
  const { t } = useTranslation(['challenges', 'common']);
  return (
    <Form.Item
      name="description"
      label={t('fields.description')}
      required
      rules={[{ max: 20_000, message: t('common:validation.maxLength', { max: 20_000 }) }]}
    >
      <MarkdownEditor maxLength={20_000} placeholder={t('placeholders.description')} testId="field-description" />
    </Form.Item>
  );
}

/** Step 4: bounty, deadline, period, eligibility, IP terms, place, contacts and evaluation weights. */
export function TermsStep() {
  const { t } = useTranslation(['challenges', 'common']);
  const taxonomy = useTaxonomyLabels();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="bounty" label={t('fields.bounty')} required extra={t('wizard.bountyHint')}>
            <MoneyInput placeholder={t('placeholders.bounty')} testId="field-bounty" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="bidDeadline" label={t('fields.bidDeadline')} required extra={t('wizard.deadlineHint')}>
            <DeadlinePicker testId="field-bidDeadline" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="deliveryMonths" label={t('fields.deliveryMonths')} required>
            <InputNumber min={1} max={60} precision={0} suffix={t('units.months')} className="full-width" data-testid="field-deliveryMonths" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="ipTerms" label={t('fields.ipTerms')} required>
            <Select
              allowClear
              options={IP_TERMS.map((terms) => ({ value: terms, label: taxonomy.label('ipTerms', terms) }))}
              placeholder={t('placeholders.select')}
              data-testid="field-ipTerms"
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="province" label={t('fields.province')} required>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={taxonomy.options('regions')}
              loading={taxonomy.loading}
              placeholder={t('placeholders.select')}
              data-testid="field-province"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="city" label={t('fields.city')} required rules={[{ max: 60, message: t('common:validation.maxLength', { max: 60 }) }]}>
            <Input maxLength={60} placeholder={t('placeholders.city')} />
          </Form.Item>
        </Col>
      </Row>

      <fieldset className="form-fieldset">
        <legend>{t('fields.eligibility')}</legend>
        <Form.Item name={['eligibility', 'organizationTypes']} label={t('fields.eligibleOrganizationTypes')} extra={t('wizard.orgTypesHint')}>
          <Checkbox.Group
            options={LAB_ORGANIZATION_TYPES.map((type) => ({ value: type, label: t(`common:organizationTypes.${type}`) }))}
          />
        </Form.Item>
        <Form.Item name={['eligibility', 'regions']} label={t('fields.eligibleRegions')} extra={t('wizard.regionsHint')}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={taxonomy.options('regions')}
            placeholder={t('placeholders.anyRegion')}
            data-testid="field-eligibleRegions"
          />
        </Form.Item>
        <Form.Item
          name={['eligibility', 'text']}
          label={t('fields.eligibilityText')}
          rules={[{ max: 2000, message: t('common:validation.maxLength', { max: 2000 }) }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('placeholders.eligibilityText')} />
        </Form.Item>
      </fieldset>

      <fieldset className="form-fieldset">
        <legend>{t('fields.contact')}</legend>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t('fields.contactName')} required rules={[{ max: 60, message: t('common:validation.maxLength', { max: 60 }) }]}>
              <Input maxLength={60} autoComplete="name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="contactPhone"
              label={t('fields.contactPhone')}
              extra={t('wizard.contactHint')}
              rules={[
                { pattern: PHONE_PATTERN, message: t('common:validation.phone') },
                { max: 40, message: t('common:validation.maxLength', { max: 40 }) },
              ]}
            >
              <Input maxLength={40} autoComplete="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="contactEmail"
              label={t('fields.contactEmail')}
              rules={[
                { type: 'email', message: t('common:validation.email') },
                { max: 120, message: t('common:validation.maxLength', { max: 120 }) },
              ]}
            >
              <Input maxLength={120} type="email" autoComplete="email" />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>

      <Form.Item
        name="rubric"
        label={t('fields.rubric')}
        extra={t('wizard.rubricHint')}
        rules={[
          {
            validator: async (_, value) => {
              if (rubricTotal(value) !== 100) {
                throw new Error(t('rubric.mustBe100'));
              }
            },
          },
        ]}
      >
        <RubricEditor />
      </Form.Item>
    </>
  );
}
