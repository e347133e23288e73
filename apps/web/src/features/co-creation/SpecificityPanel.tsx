import { checkSpecificity, SPECIFICITY_RULES, SpecificityRule, type SpecificityInput } from '@ogp-forum/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The IRM-style specificity check, computed in the browser with the same function the api runs: every rule met or
 * missing, with how to fix it, in the reader's language. Announced politely as the author types.
 */
export function SpecificityPanel({ input, live = false, id }: { input: SpecificityInput; live?: boolean; id?: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const language = i18n.language === 'ko' ? 'ko' : 'en';
  const result = checkSpecificity(input);
  return (
    <section id={id} className="specificity" aria-labelledby={headingId} data-testid="specificity">
      <h2 id={headingId}>{t('specificity.title')}</h2>
      <p className="hint">{t('specificity.explain')}</p>
      <div>
        <div className="meter-row">
          <span
            role="meter"
            className="meter"
            aria-label={t('specificity.score')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={result.score}
            aria-valuetext={t('specificity.scoreText', { score: result.score })}
            data-testid="specificity-score"
          >
            <span className="meter-fill" style={{ width: `${result.score}%` }} />
          </span>
          {/* Only the score is announced, when a rule flips: the whole list would be read out on every keystroke. */}
          <strong aria-live={live ? 'polite' : undefined}>{t('specificity.scoreText', { score: result.score })}</strong>
        </div>
        <ul className="rule-list">
          {Object.values(SpecificityRule).map((rule) => {
            const met = result.passed.includes(rule);
            return (
              <li key={rule} data-rule={rule} data-met={String(met)} className={met ? 'rule-met' : 'rule-missing'}>
                <span aria-hidden="true" className="rule-mark">
                  {met ? '✓' : '✗'}
                </span>
                <span className="visually-hidden">{met ? t('specificity.met') : t('specificity.missing')}: </span>
                <span>{SPECIFICITY_RULES[rule].requirement[language]}</span>
                {!met && <p className="rule-fix">{SPECIFICITY_RULES[rule].howToFix[language]}</p>}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

/**
 * The check in one line for a narrow screen, where the panel falls below the form: it stays at the top of the screen
 * while the form is written (CSS, which also hides it beside a wide form) and leads to the panel. Not a live region:
 * the panel's score already is one.
 */
export function SpecificitySummary({ input, panelId }: { input: SpecificityInput; panelId: string }) {
  const { t } = useTranslation();
  const result = checkSpecificity(input);
  const missing = Object.values(SpecificityRule).length - result.passed.length;
  return (
    <p className="specificity-summary" data-testid="specificity-summary">
      <span className="meter" aria-hidden="true">
        <span className="meter-fill" style={{ width: `${result.score}%` }} />
      </span>
      <a href={`#${panelId}`}>{t('specificity.summary', { score: result.score, count: missing })}</a>
    </p>
  );
}
