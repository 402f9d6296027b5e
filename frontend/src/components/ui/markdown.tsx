import { Typography } from 'antd';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import ReactMarkdown from 'react-markdown';

type LinkProps = ComponentProps<'a'> & { node?: unknown };

/** Links leave the site in a new tab without handing over the opener or lending our reputation. */
function SafeLink({ href, children }: LinkProps) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
      {children}
    </a>
  );
}

/**
 * Renders user-written Markdown. Raw HTML is never interpreted (no rehype-raw: it shows as text), and
 * react-markdown's URL filter drops javascript: and other unsafe link targets.
 */
export function Markdown({ source, className, testId }: { source: string | null | undefined; className?: string; testId?: string }) {
  const { t } = useTranslation();
  if (!source || !source.trim()) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('markdown.empty')}
      </Typography.Text>
    );
  }
  return (
    <div className={['markdown-body', className].filter(Boolean).join(' ')} data-testid={testId}>
      <ReactMarkdown components={{ a: SafeLink }}>{source}</ReactMarkdown>
    </div>
  );
}
