import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

/** Whether a key press belongs to something the reader is typing in, where "/" is just a character. */
function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

/** The header's search box, on every page: "/" focuses it; searching opens /search?q=…, keeping the filters chosen there. */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const onResults = location.pathname === '/search';
  const current = onResults ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [text, setText] = useState(current);

  // The box shows the search of the results page, also after the back button.
  useEffect(() => setText(current), [current]);

  useEffect(() => {
    function focusOnSlash(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener('keydown', focusOnSlash);
    return () => document.removeEventListener('keydown', focusOnSlash);
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    if (!query) {
      input.current?.focus();
      return;
    }
    // A new search from the results page keeps its kind, plan and dates, and starts again at the first page.
    const params = new URLSearchParams(onResults ? location.search : '');
    params.set('q', query);
    params.delete('after');
    navigate(`/search?${params.toString()}`);
  }

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('search.placeholder')}
        aria-keyshortcuts="/"
        maxLength={200}
        autoComplete="off"
      />
      <button type="submit" className="header-button">
        {t('search.submit')}
      </button>
    </form>
  );
}
