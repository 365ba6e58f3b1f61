import { notifications } from '@mantine/notifications';
import { i18next } from '../i18n';

/**
 * A short confirmation ("Saved"). Mantine's notification store does not take the theme's
 * default props, so the close button's accessible name is given here, in one place.
 */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': i18next.t('app.close') } });
}
