import type { Profile } from '../../bindings/Profile';
import type { MessageKey } from '../i18n/keys';

/** Each profile's name as Settings and About show it. */
export const profileLabel: Record<Profile, MessageKey> = {
  sandbox: 'profile-sandbox',
  test: 'profile-test',
  production: 'profile-production',
};
