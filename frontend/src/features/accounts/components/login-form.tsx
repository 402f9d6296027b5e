import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { isApiError, type ProblemFieldError } from '@/lib/api-client';
import type { Me } from '@/lib/auth';
import { applyProblemToForm } from '@/lib/form-errors';

import { useLogin, type LoginInput } from '../api/login';

/** Username and password; shows the server's explanation of a failure and, when throttled, when to retry. */
export function LoginForm({ onSuccess }: { onSuccess?: (me: Me) => void }) {
  const { t } = useTranslation('accounts');
  const [form] = Form.useForm<LoginInput>();
  const login = useLogin();
  const [unmatched, setUnmatched] = useState<ProblemFieldError[]>([]);
  const [blockedUntil, setBlockedUntil] = useState<number>();

  useEffect(() => {
    if (blockedUntil === undefined) {
      return;
    }
    const timer = window.setTimeout(() => setBlockedUntil(undefined), Math.max(0, blockedUntil - Date.now()));
    return () => window.clearTimeout(timer);
  }, [blockedUntil]);

  const onFinish = (values: LoginInput) => {
    setUnmatched([]);
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess,
        onError: (error) => {
          setUnmatched(applyProblemToForm(form, error));
          if (isApiError(error) && error.status === 429 && error.retryAfter) {
            setBlockedUntil(Date.now() + error.retryAfter * 1000);
          }
        },
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={onFinish}
      aria-label={t('login.title')}
      data-testid="login-form"
    >
      {login.isError && <ProblemAlert error={login.error} fieldErrors={unmatched} className="form-alert" />}
      <Form.Item
        name="username"
        label={t('fields.username')}
        rules={[{ required: true, whitespace: true, message: t('validation.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus placeholder={t('login.usernamePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('fields.password')}
        rules={[{ required: true, message: t('validation.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder={t('login.passwordPlaceholder')} />
      </Form.Item>
      <Form.Item className="form-submit">
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={login.isPending}
          disabled={blockedUntil !== undefined}
          data-testid="login-submit"
        >
          {t('login.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
