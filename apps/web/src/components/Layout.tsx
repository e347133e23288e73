import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { LANGUAGES } from '../lib/i18n';

export function Layout() {
  const { t, i18n } = useTranslation();
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
            </ul>
          </nav>
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
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">{t('app.footer')}</div>
      </footer>
    </>
  );
}
