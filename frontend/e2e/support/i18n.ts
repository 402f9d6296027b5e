import fs from 'node:fs';
import path from 'node:path';

import { FRONTEND_DIR } from './server';

type Messages = { [key: string]: string | Messages };

const cache = new Map<string, Messages>();

function messages(language: 'zh-CN' | 'en', namespace: string): Messages {
  const key = `${language}/${namespace}`;
  if (!cache.has(key)) {
    cache.set(key, JSON.parse(fs.readFileSync(path.join(FRONTEND_DIR, 'src', 'locales', language, `${namespace}.json`), 'utf8')) as Messages);
  }
  return cache.get(key)!;
}

/**
 * The UI text for "namespace:dotted.key" from the app's own translation files (Simplified Chinese unless
 * told otherwise), with {{placeholders}} filled in, so that tests find elements by what users read
 * without copying the wording.
 */
export function text(key: string, values: Record<string, string | number> = {}, language: 'zh-CN' | 'en' = 'zh-CN'): string {
  const [namespace, dotted] = key.includes(':') ? key.split(':', 2) : ['common', key];
  let node: string | Messages | undefined = messages(language, namespace);
  for (const part of dotted.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  if (typeof node !== 'string') {
    throw new Error(`No translation for ${key}`);
  }
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Beijing wall-clock time "YYYY-MM-DD HH:mm:ss" of an instant, as the deadline picker takes it. */
export const beijingTime = (date: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
