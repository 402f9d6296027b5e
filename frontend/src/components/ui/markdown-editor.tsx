import { Col, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { Markdown } from './markdown';

type MarkdownEditorProps = {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  maxLength?: number;
  rows?: number;
  placeholder?: string;
  'aria-invalid'?: boolean;
  testId?: string;
};

/** A Markdown text area with a live preview beside it (below it on narrow screens). */
export function MarkdownEditor({ id, value, onChange, maxLength, rows = 16, placeholder, testId, ...rest }: MarkdownEditorProps) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 8]} className="markdown-editor">
      <Col xs={24} lg={12}>
        <div className="markdown-editor-label">{t('markdown.write')}</div>
        <Input.TextArea
          id={id}
          value={value}
          onChange={(event) => onChange?.(event.target.value)}
          rows={rows}
          maxLength={maxLength}
          showCount={maxLength !== undefined}
          placeholder={placeholder}
          aria-invalid={rest['aria-invalid']}
          className="markdown-editor-input"
          data-testid={testId}
        />
        <Typography.Text type="secondary" className="markdown-editor-hint">
          {t('markdown.hint')}
        </Typography.Text>
      </Col>
      <Col xs={24} lg={12}>
        <div className="markdown-editor-label">{t('markdown.preview')}</div>
        <div className="markdown-editor-preview" aria-live="polite" data-testid={testId ? `${testId}-preview` : undefined}>
          <Markdown source={value} />
        </div>
      </Col>
    </Row>
  );
}
