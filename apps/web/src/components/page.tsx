import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Focus on page change. The first page a layout shows behaves like a fresh page load: focus stays at
 * the top, so Tab reaches the skip link first. Later navigations inside the layout move focus to the
 * new page's <h1>, so screen-reader and keyboard users learn the page changed and start reading there.
 */
const PageFocusContext = createContext<{ pageShown: boolean } | null>(null);

export function PageFocusScope({ children }: { children: ReactNode }) {
  const scope = useRef({ pageShown: false });
  return <PageFocusContext.Provider value={scope.current}>{children}</PageFocusContext.Provider>;
}

/**
 * A page's <h1> and document title. Every route renders exactly one; `heading` overrides the <h1> text
 * and `context` names what the page belongs to (a program's sub-pages name the program), under the <h1>.
 */
export function Page({
  title,
  heading,
  context,
  children,
}: {
  title: string;
  heading?: string;
  context?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const focusScope = useContext(PageFocusContext);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${t('app.titleSuffix')}`;
  }, [title, t]);

  useEffect(() => {
    if (!focusScope) return;
    if (focusScope.pageShown) headingRef.current?.focus();
    focusScope.pageShown = true;
  }, [focusScope]);

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="page-title">
        {heading ?? title}
      </h1>
      {context ? <p className="page-context">{context}</p> : null}
      {children}
    </>
  );
}
