import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';

/** Lets a page tell the footer whose privacy notice to link once it knows the organization. */
export const NoticeOrganizationContext = createContext<(slug: string | null) => void>(() => {});

/** Call with the organization's slug when a page has loaded it (null: not known). */
export function useNoticeOrganization(slug: string | null | undefined): void {
  const set = useContext(NoticeOrganizationContext);
  useEffect(() => {
    if (slug) set(slug);
  }, [slug, set]);
}

/** The notice's address: /privacy/<slug>, or the general /privacy while no organization is known. */
export const noticePath = (slug: string | null) =>
  slug ? `/privacy/${encodeURIComponent(slug)}` : '/privacy';
