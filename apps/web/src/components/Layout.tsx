import { Action, Locale } from '@ogp-forum/domain';
import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../lib/auth';
import { LANGUAGES } from '../lib/i18n';
import { useUnreadCount } from '../features/notifications/useUnreadCount';
import { SearchBox } from '../features/search/SearchBox';
import { useChooseLanguage } from '../features/account/AccountSettingsForm';

export function Layout() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const unread = useUnreadCount(Boolean(auth.user));
  const chooseLanguage = useChooseLanguage();
  // On a narrow screen the navigation and the account's tools fold behind the menu button (CSS decides when).
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  }

  /** A link followed while the menu is open folds it; focus goes on to the page, not to <body> with a hidden link. */
  function closeOnLink(event: MouseEvent) {
    if (!menuOpen || !(event.target as Element).closest('a')) return;
    setMenuOpen(false);
    document.getElementById('main')?.focus();
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header" onKeyDown={closeOnEscape} onClick={closeOnLink}>
        <div className="container header-row">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <SearchBox />
          <button
            ref={menuButton}
            type="button"
            className="header-button menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <span aria-hidden="true">☰</span> {t('app.menu')}
            {/* Read out as part of the button's name; the Notifications link inside carries the labelled count. */}
            {unread > 0 && (
              <span className="count-badge">
                <span aria-hidden="true">{unread}</span>
                <span className="visually-hidden">{t('nav.unread', { count: unread })}</span>
              </span>
            )}
          </button>
          <div id="site-menu" className={menuOpen ? 'site-menu open' : 'site-menu'}>
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
                {auth.can(Action.MODERATE) && (
                  <li>
                    <NavLink to="/admin/moderation">{t('nav.moderation')}</NavLink>
                  </li>
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
                    onClick={() => chooseLanguage(Locale[language.code])}
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
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          {t('app.footer')} · <Link to="/forum/rules">{t('forumRules.footerLink')}</Link> · <Link to="/open-data">{t('openData.footerLink')}</Link>
        </div>
      </footer>
    </>
  );
}
