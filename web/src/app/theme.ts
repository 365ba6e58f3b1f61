import { type CSSVariablesResolver, createTheme, Modal, mergeThemeOverrides } from '@mantine/core';

// Mantine's default shades (blue 6 buttons, gray 6 dimmed text, red 6 errors) fall below the
// WCAG AA contrast ratio of 4.5:1 on white; these darker shades pass.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  focusRing: 'auto',
  // Dialogs and menus appear without animation for people who ask their system for less motion.
  respectReducedMotion: true,
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
  },
  dark: {},
});

/**
 * The theme in the current language: Mantine's icon-only buttons (the dialogs' close button)
 * need a translated accessible name, which a static theme cannot carry.
 */
export function localizedTheme(closeLabel: string) {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      },
    }),
  );
}
