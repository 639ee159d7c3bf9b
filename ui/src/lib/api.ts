/**
 * The only way the UI talks to Rust. Every command is typed with the bindings generated from the
 * Rust types (`src/bindings/`), and every failure is a `CommandError`. Components import this
 * module, never `@tauri-apps/api`, so they can run against a fake backend in tests.
 */
import { invoke } from '@tauri-apps/api/core';
import type { AppInfo } from '../bindings/AppInfo';
import type { Attempt } from '../bindings/Attempt';
import type { Booked } from '../bindings/Booked';
import type { BookingRequest } from '../bindings/BookingRequest';
import type { BookingView } from '../bindings/BookingView';
import type { DeskSettings } from '../bindings/DeskSettings';
import type { HistoryQuery } from '../bindings/HistoryQuery';
import type { Language } from '../bindings/Language';
import type { Offers } from '../bindings/Offers';
import type { PlaceHits } from '../bindings/PlaceHits';
import type { Profile } from '../bindings/Profile';
import type { ProfileSettings } from '../bindings/ProfileSettings';
import type { SegmentRow } from '../bindings/SegmentRow';
import type { ServiceView } from '../bindings/ServiceView';
import type { Settings } from '../bindings/Settings';
import type { StopView } from '../bindings/StopView';
import type { TripRequest } from '../bindings/TripRequest';
import { CommandError } from './errors';

/** Commands the shell registers (see `src-tauri/build.rs`). */
export type CommandName =
  | 'app_info'
  | 'get_settings'
  | 'set_language'
  | 'search_history'
  | 'get_booking'
  | 'cancel_segment'
  | 'cancel_booking'
  | 'refresh_booking'
  | 'search_places'
  | 'get_offers'
  | 'book'
  | 'reconcile'
  | 'open_attempts'
  | 'get_desk_settings'
  | 'save_profile_settings'
  | 'set_secret'
  | 'unlock_secrets'
  | 'switch_profile'
  | 'test_connection'
  | 'get_services'
  | 'get_service_locations';

async function call<T>(command: CommandName, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw CommandError.from(error);
  }
}

export const api = {
  /** Version, data and log directories and the active profile. */
  appInfo: (): Promise<AppInfo> => call('app_info'),
  /** The agent's settings. */
  getSettings: (): Promise<Settings> => call('get_settings'),
  /** Changes and keeps the app's language; resolves with the settings as now stored. */
  setLanguage: (language: Language): Promise<Settings> => call('set_language', { language }),
  /** History rows matching what the agent typed and the filters, newest first (offline). */
  searchHistory: (query: HistoryQuery): Promise<SegmentRow[]> => call('search_history', { query }),
  /** A booking's page from the history, by any of its references. */
  getBooking: (reference: string): Promise<BookingView> => call('get_booking', { reference }),
  /** Cancels one segment at its supplier; the booking as it now stands. */
  cancelSegment: (segmentRef: string): Promise<BookingView> => call('cancel_segment', { segmentRef }),
  /** Cancels every segment of a booking; the booking as it now stands. */
  cancelBooking: (reference: string): Promise<BookingView> => call('cancel_booking', { reference }),
  /** Fetches the booking again from its supplier. */
  refreshBooking: (reference: string): Promise<BookingView> => call('refresh_booking', { reference }),
  /** Streets, points of interest, airports and stations for what the agent typed. */
  searchPlaces: (text: string, offset = 0): Promise<PlaceHits> => call('search_places', { text, offset }),
  /** Offers from every supplier for a trip, cheapest first, with the suppliers that failed. */
  getOffers: (trip: TripRequest): Promise<Offers> => call('get_offers', { trip }),
  /** Books the chosen offer through the journal. */
  book: (request: BookingRequest): Promise<Booked> => call('book', { request }),
  /** Looks up open attempts at the suppliers; the attempts as they now stand, `attempt` among them. */
  reconcile: (attempt?: number): Promise<Attempt[]> => call('reconcile', { attempt }),
  /** Every attempt still open (outcome unknown or not yet sent), from the journal. */
  openAttempts: (): Promise<Attempt[]> => call('open_attempts'),
  /** Profiles, their supplier settings, which credentials are stored, and the secret store. */
  getDeskSettings: (): Promise<DeskSettings> => call('get_desk_settings'),
  /** Keeps a test or production profile's supplier settings. */
  saveProfileSettings: (profile: Profile, settings: ProfileSettings): Promise<DeskSettings> =>
    call('save_profile_settings', { profile, settings }),
  /** Stores one credential (write-only: it never comes back). */
  setSecret: (profile: Profile, name: string, value: string): Promise<DeskSettings> =>
    call('set_secret', { profile, name, value }),
  /** Unlocks the encrypted secrets file with the agent's passphrase. */
  unlockSecrets: (passphrase: string): Promise<DeskSettings> => call('unlock_secrets', { passphrase }),
  /** Switches the app to another profile. */
  switchProfile: (profile: Profile): Promise<DeskSettings> => call('switch_profile', { profile }),
  /** Tries a supplier's credentials on the active profile. */
  testConnection: (supplier: 'ftbook' | 'fasttrak' | 'tbo'): Promise<string> => call('test_connection', { supplier }),
  /** FTBook's services at a connection, with their descriptions. */
  getServices: (code: string, arrival: boolean, at: string): Promise<ServiceView[]> =>
    call('get_services', { code, arrival, at }),
  /** The stops or stations of a bus or train service at a connection. */
  getServiceLocations: (code: string, arrival: boolean, at: string, service: string): Promise<StopView[]> =>
    call('get_service_locations', { code, arrival, at, service }),
};

export { CommandError };
