import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import enAccounts from '@/locales/en/accounts.json';
import enAdmin from '@/locales/en/admin.json';
import enAttachments from '@/locales/en/attachments.json';
import enAwards from '@/locales/en/awards.json';
import enBids from '@/locales/en/bids.json';
import enChallenges from '@/locales/en/challenges.json';
import enClarifications from '@/locales/en/clarifications.json';
import enCommon from '@/locales/en/common.json';
import enDelivery from '@/locales/en/delivery.json';
import enExports from '@/locales/en/exports.json';
import enHome from '@/locales/en/home.json';
import enInvitations from '@/locales/en/invitations.json';
import enLabs from '@/locales/en/labs.json';
import enNotifications from '@/locales/en/notifications.json';
import enSearch from '@/locales/en/search.json';
import enStats from '@/locales/en/stats.json';
import zhAccounts from '@/locales/zh-CN/accounts.json';
import zhAdmin from '@/locales/zh-CN/admin.json';
import zhAttachments from '@/locales/zh-CN/attachments.json';
import zhAwards from '@/locales/zh-CN/awards.json';
import zhBids from '@/locales/zh-CN/bids.json';
import zhChallenges from '@/locales/zh-CN/challenges.json';
import zhClarifications from '@/locales/zh-CN/clarifications.json';
import zhCommon from '@/locales/zh-CN/common.json';
import zhDelivery from '@/locales/zh-CN/delivery.json';
import zhExports from '@/locales/zh-CN/exports.json';
import zhHome from '@/locales/zh-CN/home.json';
import zhInvitations from '@/locales/zh-CN/invitations.json';
import zhLabs from '@/locales/zh-CN/labs.json';
import zhNotifications from '@/locales/zh-CN/notifications.json';
import zhSearch from '@/locales/zh-CN/search.json';
import zhStats from '@/locales/zh-CN/stats.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'jiebang.language';

export const resources = {
  'zh-CN': {
    common: zhCommon,
    accounts: zhAccounts,
    home: zhHome,
    stats: zhStats,
    challenges: zhChallenges,
    bids: zhBids,
    labs: zhLabs,
    admin: zhAdmin,
    awards: zhAwards,
    notifications: zhNotifications,
    clarifications: zhClarifications,
    invitations: zhInvitations,
    attachments: zhAttachments,
    delivery: zhDelivery,
    exports: zhExports,
    search: zhSearch,
  },
  en: {
    common: enCommon,
    accounts: enAccounts,
    home: enHome,
    stats: enStats,
    challenges: enChallenges,
    bids: enBids,
    labs: enLabs,
    admin: enAdmin,
    awards: enAwards,
    notifications: enNotifications,
    clarifications: enClarifications,
    invitations: enInvitations,
    attachments: enAttachments,
    delivery: enDelivery,
    exports: enExports,
    search: enSearch,
  },
} as const;

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** The language to start with: the one the user chose before, else Simplified Chinese. */
export const initialLanguage = (): Language => readStoredLanguage() ?? DEFAULT_LANGUAGE;

/** The UI language right now, always one of LANGUAGES. */
export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);

function applyLanguage(language: string) {
  if (!isLanguage(language)) {
    return;
  }
  document.documentElement.lang = language;
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}

/** Switches the UI language; the choice is remembered in localStorage and reflected in <html lang>. */
export async function changeLanguage(language: Language) {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

if (!i18n.isInitialized) {
  i18n.on('languageChanged', applyLanguage);
  void i18n.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    ns: ['common', 'accounts', 'home', 'stats', 'challenges', 'bids', 'labs', 'admin', 'awards', 'notifications', 'clarifications', 'invitations', 'attachments', 'delivery', 'exports', 'search'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  applyLanguage(currentLanguage());
}

export { i18n };
