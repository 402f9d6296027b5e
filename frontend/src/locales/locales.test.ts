import { resources } from '@/lib/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    return [`${prefix}[${value.length}]`, ...value.flatMap((item, i) => keys(item, `${prefix}[${i}]`))];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

describe('translations', () => {
  it.each(Object.keys(resources['zh-CN']) as (keyof (typeof resources)['zh-CN'])[])(
    'namespace %s has the same keys in Chinese and English',
    (namespace) => {
      expect(keys(resources.en[namespace]).sort()).toEqual(keys(resources['zh-CN'][namespace]).sort());
    },
  );
});
