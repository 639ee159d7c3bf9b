/**
 * Every string the app shows, in English and Swedish. English defines the keys; the Swedish
 * table must have exactly the same ones (the compiler checks).
 */

export const en = {
  'app.name': 'Transfer Desk',
  'app.loading': 'Starting…',
  'app.sandboxBadge': 'Sandbox',
  'app.sandboxBadgeTitle': 'Training data: nothing booked here reaches a supplier',

  'nav.label': 'Main menu',
  'nav.book': 'Book',
  'nav.history': 'History',
  'nav.settings': 'Settings',
  // Alt + this letter opens the area (Ctrl+1/2/3 always work too).
  'nav.book.key': 'B',
  'nav.history.key': 'H',
  'nav.settings.key': 'S',
  'nav.shortcutHint': 'Ctrl+{number} or Alt+{letter}',

  'book.title': 'Book a transfer',
  'book.empty.heading': 'Booking is not available yet',
  'book.empty.body':
    'Airport taxis, train taxis, Arlanda Express, airport buses and regular taxis will be booked here. This version cannot book anything yet.',

  'history.title': 'Booking history',
  'history.empty.heading': 'No bookings yet',
  'history.empty.body':
    'Bookings made in Transfer Desk will be listed here and can be searched without a connection. Nothing has been booked on this computer.',

  'settings.title': 'Settings',
  'settings.language.legend': 'Language',
  'settings.language.saving': 'Saving…',
  'settings.language.saved': 'The app is now in English.',
  'settings.language.failed': 'The language could not be changed: {message}',
  'settings.about.heading': 'About Transfer Desk',
  'settings.about.version': 'Version',
  'settings.about.profile': 'Profile',
  'settings.about.dataDir': 'Data directory',
  'settings.about.logDir': 'Log directory',
  'settings.about.sandboxUrl': 'Sandbox FTBook address',
  'settings.about.loading': 'Reading…',
  'settings.about.failed': 'The app information could not be read: {message}',

  'profile.sandbox': 'Sandbox (training data, no real bookings)',
  'profile.test': 'Test (the suppliers\' test systems)',
  'profile.production': 'Production (real bookings)',

  'error.settingsLoad': 'Your settings could not be read, so the app started in Swedish: {message}',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const sv: Messages = {
  'app.name': 'Transfer Desk',
  'app.loading': 'Startar…',
  'app.sandboxBadge': 'Sandlåda',
  'app.sandboxBadgeTitle': 'Övningsdata: inget som bokas här når någon leverantör',

  'nav.label': 'Huvudmeny',
  'nav.book': 'Boka',
  'nav.history': 'Historik',
  'nav.settings': 'Inställningar',
  'nav.book.key': 'B',
  'nav.history.key': 'H',
  'nav.settings.key': 'I',
  'nav.shortcutHint': 'Ctrl+{number} eller Alt+{letter}',

  'book.title': 'Boka en transfer',
  'book.empty.heading': 'Bokning är inte tillgänglig ännu',
  'book.empty.body':
    'Flygtaxi, tågtaxi, Arlanda Express, flygbuss och vanlig taxi kommer att bokas här. Den här versionen kan ännu inte boka något.',

  'history.title': 'Bokningshistorik',
  'history.empty.heading': 'Inga bokningar ännu',
  'history.empty.body':
    'Bokningar som görs i Transfer Desk listas här och kan sökas utan uppkoppling. Inget har bokats på den här datorn.',

  'settings.title': 'Inställningar',
  'settings.language.legend': 'Språk',
  'settings.language.saving': 'Sparar…',
  'settings.language.saved': 'Appen är nu på svenska.',
  'settings.language.failed': 'Språket kunde inte ändras: {message}',
  'settings.about.heading': 'Om Transfer Desk',
  'settings.about.version': 'Version',
  'settings.about.profile': 'Profil',
  'settings.about.dataDir': 'Datakatalog',
  'settings.about.logDir': 'Loggkatalog',
  'settings.about.sandboxUrl': 'Sandlådans FTBook-adress',
  'settings.about.loading': 'Läser…',
  'settings.about.failed': 'Appinformationen kunde inte läsas: {message}',

  'profile.sandbox': 'Sandlåda (övningsdata, inga riktiga bokningar)',
  'profile.test': 'Test (leverantörernas testsystem)',
  'profile.production': 'Produktion (riktiga bokningar)',

  'error.settingsLoad': 'Dina inställningar kunde inte läsas, så appen startade på svenska: {message}',
};
