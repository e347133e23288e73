import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** Markdown from the database, rendered without raw HTML (react-markdown escapes it) and with safe links. */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={{
          a: ({ node: _node, ...props }) => <a {...props} rel="nofollow noopener noreferrer" target="_blank" />,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
