import { Input, Tag } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

type TagsInputProps = {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  maxCount?: number;
  maxLength?: number;
  placeholder?: string;
  'aria-invalid'?: boolean;
  testId?: string;
};

const SEPARATORS = /[,，;；、\n]/;

/** Free-text tags: type and press Enter (or a comma) to add, click × to remove; duplicates are ignored. */
export function TagsInput({ id, value = [], onChange, maxCount = 10, maxLength = 40, placeholder, testId, ...rest }: TagsInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const full = value.length >= maxCount;

  const add = (text: string) => {
    const next = [...value];
    for (const part of text.split(SEPARATORS)) {
      const tag = part.trim().slice(0, maxLength);
      if (tag && next.length < maxCount && !next.some((existing) => existing.toLowerCase() === tag.toLowerCase())) {
        next.push(tag);
      }
    }
    if (next.length !== value.length) {
      onChange?.(next);
    }
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && !draft && value.length > 0) {
      onChange?.(value.slice(0, -1));
    }
  };

  return (
    <div className="tags-input" data-testid={testId}>
      {value.length > 0 && (
        <div className="tags-input-tags">
          {value.map((tag) => (
            <Tag
              key={tag}
              closable
              onClose={(event) => {
                event.preventDefault();
                onChange?.(value.filter((existing) => existing !== tag));
              }}
              closeIcon={<span aria-label={t('tags.remove', { tag })}>×</span>}
            >
              {tag}
            </Tag>
          ))}
        </div>
      )}
      <Input
        id={id}
        value={draft}
        disabled={full}
        maxLength={maxLength * 2}
        placeholder={full ? t('tags.full', { max: maxCount }) : (placeholder ?? t('tags.placeholder'))}
        onChange={(event) => {
          const text = event.target.value;
          if (SEPARATORS.test(text)) {
            add(text);
          } else {
            setDraft(text);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() && add(draft)}
        aria-invalid={rest['aria-invalid']}
        suffix={<span className="tags-input-count">{value.length}/{maxCount}</span>}
      />
    </div>
  );
}
