import 'i18next';

import type { resources } from './i18n';

// Translation keys are checked at compile time against the Chinese resources (the reference language).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['zh-CN'];
  }
}
