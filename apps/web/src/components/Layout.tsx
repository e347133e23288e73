import { Action } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../lib/auth';
import { LANGUAGES } from '../lib/i18n';
import { useUnreadCount } from '../features/notifications/useUnreadCount';

export function Layout() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const unread = useUnreadCount(Boolean(auth.user));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <nav aria-label={t('app.mainNavigation')}>
            <ul className="nav-list">
              <li>
                <NavLink to="/plans">{t('nav.plans')}</NavLink>
              </li>
              <li>
                <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>
              </li>
              <li>
                <NavLink to="/meetings">{t('nav.meetings')}</NavLink>
              </li>
              <li>
                <NavLink to="/co-creation" className={() => (/^\/(co-creation|proposals|draft-commitments|working-groups)|^\/plans\/[^/]+\/(co-creation|register|proposals)/.test(location.pathname) ? 'active' : '')}>
                  {t('nav.coCreation')}
                </NavLink>
              </li>
              {auth.can(Action.COMPLETE_ACTION_ITEM) && (
                <li>
                  <NavLink to="/action-items">{t('nav.actionItems')}</NavLink>
                </li>
              )}
              {auth.can(Action.MANAGE_MEMBERS) && (
                <>
                  <li>
                    <NavLink to="/admin/members">{t('nav.members')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/organizations">{t('nav.organizations')}</NavLink>
                  </li>
                </>
              )}
              {auth.can(Action.READ_AUDIT_LOG) && (
                <li>
                  <NavLink to="/admin/audit">{t('nav.audit')}</NavLink>
                </li>
              )}
              {auth.user && (
                <>
                  <li>
                    <NavLink to="/notifications">
                      {t('nav.notifications')}
                      {unread > 0 && (
                        <span className="count-badge" aria-label={t('nav.unread', { count: unread })}>
                          {unread}
                        </span>
                      )}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/account">{t('nav.account')}</NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <div className="header-tools">
            <div className="language-switch" role="group" aria-label={t('app.language')}>
              {LANGUAGES.map((language) => (
                <button
                  key={language.code}
                  type="button"
                  lang={language.code}
                  aria-pressed={i18n.language === language.code}
                  onClick={() => void i18n.changeLanguage(language.code)}
                >
                  {language.label}
                </button>
              ))}
            </div>
            {auth.status === 'anonymous' && (
              <Link className="header-button" to="/login" state={{ from: location.pathname }}>
                {t('auth.signIn')}
              </Link>
            )}
            {auth.user && (
              <span className="signed-in">
                <span className="muted-light">{t('auth.signedInAs', { name: auth.user.displayName, role: t(`roles.${auth.user.role}`) })}</span>
                <button type="button" className="header-button" onClick={() => void auth.signOut()}>
                  {t('auth.signOut')}
                </button>
              </span>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          {t('app.footer')} · <Link to="/open-data">{t('openData.footerLink')}</Link>
        </div>
      </footer>
    </>
  );
}
