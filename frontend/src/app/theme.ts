import type { ThemeConfig } from 'antd';

/** A restrained theme: deep blue for actions, seal red only for the brand mark. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e9c',
    colorInfo: '#1f4e9c',
    colorLink: '#1f4e9c',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
    colorBgLayout: '#f5f7fa',
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 64,
      headerPadding: '0',
      footerBg: '#0f1e36',
      footerPadding: '48px 0 24px',
      bodyBg: '#f5f7fa',
    },
    Menu: {
      horizontalItemSelectedColor: '#1f4e9c',
      itemBg: 'transparent',
      itemSelectedBg: '#e8eef8',
      itemSelectedColor: '#1f4e9c',
    },
    Card: {
      headerFontSize: 16,
    },
    Statistic: {
      contentFontSize: 28,
    },
  },
};
