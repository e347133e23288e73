import { REPORT_SECTIONS, type Locale, type ReportKind } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryError } from '../../components/states';
import { VersionedTextEditor, type SaveAttempt } from '../../components/VersionedTextEditor';
import { ReportNarrativesQuery, SaveReportNarrativeMutation } from './report-documents';

const MESSAGES = { save: 'report.narratives.save', conflictTitle: 'report.narratives.conflictTitle', conflictExplain: 'report.narratives.conflictExplain' };

/**
 * The sections of the report people write (I, V and a note in II–IV), in the report's language. Each is one versioned
 * text: a save from an older version meets the newer text to merge, never overwrites it.
 */
export function NarrativeEditors({ planId, kind, locale, onSaved }: { planId: string; kind: ReportKind; locale: Locale; onSaved: () => void }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReportNarrativesQuery, variables: { planId, kind, locale }, requestPolicy: 'cache-and-network' });
  const [, saveNarrative] = useMutation(SaveReportNarrativeMutation);

  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <p className="state">{t('state.loading')}</p>;
  const byKey = new Map(data?.reportNarratives.map((n) => [n.key, n]));

  return (
    <section aria-labelledby="narratives-heading">
      <h2 id="narratives-heading">{t('report.narratives.title')}</h2>
      <p className="hint">{t('report.narratives.hint', { language: t(`report.languages.${locale}`) })}</p>
      {REPORT_SECTIONS.map((key) => {
        const narrative = byKey.get(key);
        const save = async (text: string, baseVersion: number): Promise<SaveAttempt> => {
          const result = await saveNarrative({ input: { planId, kind, key, locale, text, baseVersion } });
          const saved = result.data?.saveReportNarrative;
          return { error: result.error, saved: saved ? { text: saved.text, version: saved.version } : null };
        };
        return (
          <VersionedTextEditor
            // A new kind or language is another text: start its editor afresh.
            key={`${kind}-${locale}-${key}`}
            label={t(`report.narratives.sections.${key}`)}
            current={{ text: narrative?.text ?? '', version: narrative?.version ?? 0 }}
            save={save}
            messages={MESSAGES}
            rows={key === 'INTRODUCTION' || key === 'CONCLUSION' ? 10 : 4}
            onSaved={onSaved}
          />
        );
      })}
    </section>
  );
}
