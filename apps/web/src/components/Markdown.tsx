import { replaceMentions } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { TableScroll } from './TableScroll';

/** Where a stored mention `@[Name](member-id)` points once rendered, so that it is drawn as a name, not followed as a link. */
const MENTION_HREF = '#mention-';

/**
 * Markdown from the database, rendered without raw HTML (react-markdown escapes it) and with safe links. A mention is the
 * member's name, highlighted: members have no page of their own to link to.
 */
export function Markdown({ children }: { children: string }) {
  const { t } = useTranslation();
  return (
    <div className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={{
          a: ({ node: _node, href, children: text, ...props }) =>
            href?.startsWith(MENTION_HREF) ? (
              <span className="mention">{text}</span>
            ) : (
              <a {...props} href={href} rel="nofollow noopener noreferrer" target="_blank">
                {text}
              </a>
            ),
          table: ({ node: _node, ...props }) => (
            <TableScroll label={t('markdown.table')}>
              <table {...props} />
            </TableScroll>
          ),
        }}
      >
        {replaceMentions(children, ({ id, name }) => `[@${name}](${MENTION_HREF}${id})`)}
      </ReactMarkdown>
    </div>
  );
}
