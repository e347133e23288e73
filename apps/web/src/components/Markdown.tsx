import { useTranslation } from 'react-i18next';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { TableScroll } from './TableScroll';

/** Markdown from the database, rendered without raw HTML (react-markdown escapes it) and with safe links. */
export function Markdown({ children }: { children: string }) {
  const { t } = useTranslation();
  return (
    <div className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={{
          a: ({ node: _node, ...props }) => <a {...props} rel="nofollow noopener noreferrer" target="_blank" />,
          table: ({ node: _node, ...props }) => (
            <TableScroll label={t('markdown.table')}>
              <table {...props} />
            </TableScroll>
          ),
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
