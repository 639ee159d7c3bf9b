/**
 * An area asked for from inside another (a booking's page starting a new booking in Book): the
 * app frame opens it, the cursor where its work starts, as Ctrl+1 would.
 */
import type { Area } from './areas';

export const navigation = $state<{ wanted: Area | null }>({ wanted: null });

/** Asks the frame to open `area`. */
export function goTo(area: Area): void {
  navigation.wanted = area;
}
