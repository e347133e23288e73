import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveContainer } from 'recharts';

export interface LegendEntry {
  key: string;
  label: string;
  /** A CSS colour, usually one of the --chart-* variables of styles.css. */
  color: string;
}

interface Props {
  title: string;
  /** One or two sentences with the numbers that matter: what a reader who cannot see the chart is told first. */
  summary: string;
  /** How tall the drawing is; its width follows the page. */
  height: number;
  legend?: LegendEntry[];
  /** What the numbers do not say by themselves (what is reconstructed, what is left out). */
  note?: ReactNode;
  /** Shown instead of the chart and its table when there is nothing to draw. */
  empty?: string | null;
  /** A recharts chart, drawn at the container's size. */
  chart: ReactElement;
  /** The same numbers as an accessible table (caption, scoped headers). */
  table: ReactNode;
}

/**
 * One chart of the dashboard: a titled figure whose caption says what it shows in words, the drawing itself hidden from
 * assistive technology (the summary and the table carry the same numbers), and a table behind a toggle, always printed.
 */
export function ChartFigure({ title, summary, height, legend, note, empty, chart, table }: Props) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const tableId = useId();
  return (
    <figure className="chart" aria-labelledby={headingId}>
      <figcaption>
        <h2 id={headingId}>{title}</h2>
        {!empty && <p className="chart-summary">{summary}</p>}
      </figcaption>
      {empty ? (
        <p className="state">{empty}</p>
      ) : (
        <>
          <div className="chart-drawing" aria-hidden="true">
            <ResponsiveContainer width="100%" height={height}>
              {chart}
            </ResponsiveContainer>
          </div>
          {legend && (
            <ul className="chart-legend" aria-hidden="true">
              {legend.map((entry) => (
                <li key={entry.key}>
                  <span className="chart-swatch" style={{ background: entry.color }} />
                  {entry.label}
                </li>
              ))}
            </ul>
          )}
          {note && <div className="chart-note">{note}</div>}
          <button type="button" className="toggle chart-toggle" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
            {showTable ? t('planDashboard.hideTable') : t('planDashboard.showTable')}
          </button>
          <div id={tableId} className="chart-table" hidden={!showTable}>
            {table}
          </div>
        </>
      )}
    </figure>
  );
}
