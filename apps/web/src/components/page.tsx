import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { common } from '../content/common';

interface PageProps {
  readonly title: string;
  readonly children?: ReactNode;
}

/**
 * One screen: its document title and its only h1. After a navigation (not on the first load, where the
 * skip links come first) focus moves to the h1 so screen readers announce the new page.
 */
export function Page({ title, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = common.pageTitle(title);
  }, [title]);

  useEffect(() => {
    if (key !== 'default') heading.current?.focus();
  }, [key]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
