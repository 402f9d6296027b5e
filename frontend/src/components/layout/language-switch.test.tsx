import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/react';
import { useTranslation } from 'react-i18next';

import { i18n, initialLanguage, LANGUAGE_STORAGE_KEY } from '@/lib/i18n';

import { LanguageSwitch } from './language-switch';

function HomeLabel() {
  const { t } = useTranslation();
  return <span data-testid="label">{t('nav.home')}</span>;
}

describe('LanguageSwitch', () => {
  it('starts in Simplified Chinese', () => {
    expect(initialLanguage()).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English, remembers the choice and updates <html lang>', async () => {
    const user = userEvent.setup();
    render(
      <>
        <LanguageSwitch />
        <HomeLabel />
      </>,
    );
    expect(screen.getByTestId('label')).toHaveTextContent('首页');

    await user.click(screen.getByTestId('language-switch'));

    expect(await screen.findByText('Home')).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.language).toBe('en');
    // The next visit starts where this one left off.
    expect(initialLanguage()).toBe('en');
    expect(screen.getByTestId('language-switch')).toHaveTextContent('中文');

    await user.click(screen.getByTestId('language-switch'));

    expect(await screen.findByText('首页')).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('ignores a stored value that is not a supported language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(initialLanguage()).toBe('zh-CN');
  });
});
