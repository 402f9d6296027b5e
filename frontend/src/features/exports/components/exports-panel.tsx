import { ApiOutlined, DownloadOutlined, ExportOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { EXPORT_FORMATS, EXPORT_TABLES, exportUrl, OCDS_AWARDED_URL } from '../utils/export-links';

const FORMAT_ICONS = { csv: <FileTextOutlined />, xlsx: <FileExcelOutlined /> } as const;

/** Downloads of the four datasets in CSV and XLSX, and the OCDS release package of all awarded challenges. */
export function ExportsPanel() {
  const { t } = useTranslation('exports');
  return (
    <div data-testid="exports-panel">
      <Typography.Paragraph type="secondary">{t('lead')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {EXPORT_TABLES.map((table) => (
          <Col key={table} xs={24} md={12}>
            <Card className="export-card" data-testid="export-card" data-table={table} title={t(`tables.${table}.title`)}>
              <Typography.Paragraph type="secondary" className="export-description">
                {t(`tables.${table}.description`)}
              </Typography.Paragraph>
              <Space wrap>
                {EXPORT_FORMATS.map((format) => (
                  <Button
                    key={format}
                    href={exportUrl(table, format)}
                    download
                    icon={FORMAT_ICONS[format]}
                    data-testid={`export-${table}-${format}`}
                    aria-label={t('download', { name: t(`tables.${table}.title`), format: format.toUpperCase() })}
                  >
                    {format.toUpperCase()}
                  </Button>
                ))}
              </Space>
            </Card>
          </Col>
        ))}
        <Col xs={24}>
          <Card
            className="export-card"
            data-testid="export-ocds"
            title={
              <span>
                <ApiOutlined /> {t('ocds.title')}
              </span>
            }
          >
            <Typography.Paragraph type="secondary">{t('ocds.description')}</Typography.Paragraph>
            <Space wrap>
              <Button type="primary" href={OCDS_AWARDED_URL} download="ocds-awarded.json" icon={<DownloadOutlined />} data-testid="export-ocds-download">
                {t('ocds.download')}
              </Button>
              <Button href={OCDS_AWARDED_URL} target="_blank" rel="noopener noreferrer" icon={<ExportOutlined />} data-testid="export-ocds-view">
                {t('ocds.view')}
              </Button>
            </Space>
            <Alert type="info" showIcon className="export-ocds-note" title={t('ocds.perChallenge')} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
