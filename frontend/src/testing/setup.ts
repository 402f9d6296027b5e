import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';

import { changeLanguage, i18n, LANGUAGE_STORAGE_KEY } from '@/lib/i18n';

// jsdom lacks the layout APIs that Ant Design's responsive helpers use.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

function clearCookies() {
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  }
}

beforeEach(async () => {
  if (i18n.language !== 'zh-CN') {
    await changeLanguage('zh-CN');
  }
  window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
});

afterEach(() => {
  cleanup();
  clearCookies();
  window.localStorage.clear();
});
