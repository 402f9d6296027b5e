import { Col, Layout, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { NAV_ITEMS } from './navigation';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <Layout.Footer className="app-footer">
      <div className="app-container">
        <Row gutter={[32, 24]}>
          <Col xs={24} md={12}>
            <div className="app-footer-brand">{t('brand.full')}</div>
            <p className="app-footer-slogan">{t('slogan')}</p>
            <p className="app-footer-text">{t('footer.about')}</p>
          </Col>
          <Col xs={12} md={6}>
            <div className="app-footer-heading">{t('footer.explore')}</div>
            <ul className="app-footer-links">
              {NAV_ITEMS.filter((item) => item.key !== 'home').map((item) => (
                <li key={item.key}>
                  <Link to={item.path}>{t(`nav.${item.key}`)}</Link>
                </li>
              ))}
            </ul>
          </Col>
          <Col xs={12} md={6}>
            <div className="app-footer-heading">{t('footer.participate')}</div>
            <ul className="app-footer-links">
              <li>
                <Link to="/register?role=FIRM">{t('footer.registerFirm')}</Link>
              </li>
              <li>
                <Link to="/register?role=LAB">{t('footer.registerLab')}</Link>
              </li>
              <li>
                <a href="/swagger-ui.html">{t('footer.apiDocs')}</a>
              </li>
            </ul>
          </Col>
        </Row>
        <div className="app-footer-bottom">
          {t('footer.copyright', { year: new Date().getFullYear() })}
        </div>
      </div>
    </Layout.Footer>
  );
}
