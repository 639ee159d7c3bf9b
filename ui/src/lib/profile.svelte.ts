/**
 * The active profile, for the header's badge: read at start-up and updated when the agent switches
 * profile in Settings, so the agent always sees whether bookings are training data or real.
 */
import type { Profile } from '../bindings/Profile';

let current = $state<Profile | null>(null);

export const activeProfile = {
  get value(): Profile | null {
    return current;
  },
  set value(profile: Profile | null) {
    current = profile;
  },
};
