import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Role } from '@/lib/auth';

const COLORS: Record<Role, string> = {
  FIRM: 'blue',
  LAB: 'green',
  ADMIN: 'volcano',
  EXPERT: 'purple',
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[role]} variant="outlined" data-testid="role-tag">
      {t(`roles.${role}`)}
    </Tag>
  );
}
