import type { Action } from '@ogp-forum/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../lib/auth';

/** A page only some may see: visitors are sent to sign in (and back), members without the permission are told so. */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  if (!auth.user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (!auth.can(action)) {
    return (
      <div className="state" role="alert">
        <h1>{t('errors.forbiddenTitle')}</h1>
        <p>{t('errors.forbidden')}</p>
      </div>
    );
  }
  return <>{children}</>;
}
