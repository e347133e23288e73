import { Action, Locale } from '@ogp-forum/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Markdown } from '../../components/Markdown';
import { Loading, QueryError } from '../../components/states';
import { VersionedTextEditor, type SaveAttempt } from '../../components/VersionedTextEditor';
import { useAuth } from '../../lib/auth';
import { useFormatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { ForumRulesQuery, ForumRulesVersionsQuery, SaveForumRulesMutation } from './forum-rules';

const MESSAGES = { save: 'forumRules.save', conflictTitle: 'forumRules.conflictTitle', conflictExplain: 'forumRules.conflictExplain' };
const LOCALES: Locale[] = [Locale.en, Locale.ko];

/**
 * The forum's basic rules (OGP standard 1.1), public at /forum/rules: the text in English or Korean, who saved it and
 * when, and every earlier version. The secretariat edits each language as one versioned text, as minutes are edited.
 */
export function ForumRulesPage() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const formatDate = useFormatDate();
  usePageTitle(t('forumRules.title'));
  const [locale, setLocale] = useState<Locale>(i18n.language === 'ko' ? Locale.ko : Locale.en);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ForumRulesQuery, requestPolicy: 'cache-and-network' });
  const [, saveRules] = useMutation(SaveForumRulesMutation);

  const body = () => {
    if (fetching && !data) return <Loading />;
    if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
    const rules = data?.forumRules.find((r) => r.locale === locale);
    if (!rules) return null;
    const written = rules.version > 0 && rules.text.trim() !== '';
    const save = async (text: string, baseVersion: number): Promise<SaveAttempt> => {
      const result = await saveRules({ input: { locale, text, baseVersion } });
      const saved = result.data?.saveForumRules;
      return { error: result.error, saved: saved ? { text: saved.text, version: saved.version } : null };
    };
    return (
      <>
        {written ? (
          <>
            <p className="updated">
              {t('forumRules.versionMeta', { version: rules.version })} · {t('forumRules.updatedOn')}{' '}
              <time dateTime={rules.updatedAt ?? undefined}>{rules.updatedAt ? formatDate(rules.updatedAt) : '—'}</time>
              {rules.updatedBy && ` · ${t('forumRules.by', { name: rules.updatedBy.displayName })}`}
            </p>
            {rules.seeded && <p className="hint">{t('forumRules.seededNote')}</p>}
            <div className="forum-rules-text" lang={locale}>
              <Markdown>{rules.text}</Markdown>
            </div>
          </>
        ) : (
          <p className="empty">{t('forumRules.empty', { language: t(`forumRules.languages.${locale}`) })}</p>
        )}
        {auth.can(Action.EDIT_FORUM_RULES) && (
          <section aria-labelledby="forum-rules-edit">
            <h2 id="forum-rules-edit">{t('forumRules.editHeading')}</h2>
            <VersionedTextEditor
              key={locale}
              label={t('forumRules.editLabel', { language: t(`forumRules.languages.${locale}`) })}
              current={{ text: rules.text, version: rules.version }}
              save={save}
              messages={MESSAGES}
              rows={16}
              onSaved={() => refetch({ requestPolicy: 'network-only' })}
            />
          </section>
        )}
        {/* Keyed by version: a new save mounts it afresh, fetching the list again. */}
        <RulesHistory key={`${locale}-${rules.version}`} locale={locale} />
      </>
    );
  };

  return (
    <article className="forum-rules">
      <h1>{t('forumRules.title')}</h1>
      <p className="lead">{t('forumRules.intro')}</p>
      <div className="composer-tabs" role="group" aria-label={t('forumRules.language')}>
        {LOCALES.map((code) => (
          <button key={code} type="button" lang={code} aria-pressed={locale === code} onClick={() => setLocale(code)}>
            {t(`forumRules.showLanguage.${code}`)}
          </button>
        ))}
      </div>
      {body()}
    </article>
  );
}

/** Every saved version of one language, newest first; each one's text opens in place. */
function RulesHistory({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ForumRulesVersionsQuery, variables: { locale }, requestPolicy: 'cache-and-network' });
  return (
    <section aria-labelledby="forum-rules-history">
      <h2 id="forum-rules-history">{t('forumRules.history')}</h2>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !data?.forumRulesVersions.length ? (
        <p className="empty">{t('forumRules.noHistory')}</p>
      ) : (
        <ol className="document-list" reversed>
          {data.forumRulesVersions.map((version) => (
            <li key={version.id}>
              <details>
                <summary>
                  {t('forumRules.versionMeta', { version: version.version })} · <time dateTime={version.createdAt}>{formatDate(version.createdAt)}</time> ·{' '}
                  {version.seeded ? t('forumRules.seeded') : version.author ? version.author.displayName : t('forumRules.unknownAuthor')}
                </summary>
                <div lang={locale}>{version.text.trim() ? <Markdown>{version.text}</Markdown> : <p className="muted">{t('forumRules.emptyVersion')}</p>}</div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
