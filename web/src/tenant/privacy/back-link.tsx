/** @jsxImportSource preact */

/**
 * Back to the page the tenant came from (the form keeps its draft), or, opened from a letter or
 * an e-mail, to the organization's report form.
 */
export function BackLink({ slug, label }: { slug: string | null; label: string }) {
  const fallback = slug ? `/report/${encodeURIComponent(slug)}` : '/s';
  const cameFromHere = () => {
    try {
      return document.referrer !== '' && new URL(document.referrer).origin === window.location.origin;
    } catch {
      return false;
    }
  };
  return (
    <p class="privacy-back">
      <a
        href={fallback}
        class="button secondary"
        onClick={(event) => {
          if (!cameFromHere() || window.history.length < 2) return;
          event.preventDefault();
          window.history.back();
        }}
      >
        {label}
      </a>
    </p>
  );
}
