/**
 * The booking in progress: one draft, owned by the Book area rather than by a screen, so going
 * to History or Settings and coming back finds it exactly as it was left (the step, every field,
 * the offers). Only "New booking" discards it, and Undo brings it back for a few seconds. A
 * changed trip drops what was priced for the old one (the offers and their product rules) and
 * nothing else: the passenger typed stays.
 */
import type { Booked } from '../../bindings/Booked';
import type { Offers } from '../../bindings/Offers';
import type { Leg } from '../../bindings/Leg';
import type { Rebooking } from '../../bindings/Rebooking';
import type { ServiceView } from '../../bindings/ServiceView';
import type { StopView } from '../../bindings/StopView';
import type { TripRequest } from '../../bindings/TripRequest';
import { emptyDetails, inSweden, type ConnectionForm, type Details, type Errors, type Mode, type TripForm } from './draft';

export type Step = 'trip' | 'offers' | 'details' | 'review' | 'done';

/** How long Undo is offered after "New booking". */
export const UNDO_MS = 10_000;

const emptyTrip = (mode: Mode): TripForm => ({ mode, from: null, to: null, time: '', passengers: 1, bags: 1 });

const emptyConnection = (): ConnectionForm => ({
  terminal: null,
  arrival: false,
  time: '',
  passengers: 1,
  bags: 1,
  international: false,
  service: null,
  address: null,
  stop: '',
});

/** Everything the draft holds, as plain data (what Undo restores). */
interface Kept {
  step: Step;
  form: TripForm;
  connection: ConnectionForm;
  services: ServiceView[] | null;
  stops: StopView[];
  tripErrors: Errors;
  trip: TripRequest | null;
  offers: Offers | null;
  chosen: number;
  details: Details;
  detailErrors: Errors;
  booked: Booked | null;
  /** An unknown outcome without an attempt to follow: Book stays disabled on this draft. */
  locked: boolean;
}

export class BookDraft {
  step = $state<Step>('trip');
  form = $state<TripForm>(emptyTrip('connection'));
  connection = $state<ConnectionForm>(emptyConnection());
  /** The services at the chosen terminal, direction and time (null until asked). */
  services = $state<ServiceView[] | null>(null);
  stops = $state<StopView[]>([]);
  tripErrors = $state<Errors>({});
  /** The trip the offers were priced for. */
  trip = $state<TripRequest | null>(null);
  offers = $state<Offers | null>(null);
  chosen = $state(0);
  details = $state<Details>(emptyDetails());
  detailErrors = $state<Errors>({});
  booked = $state<Booked | null>(null);
  /** An unknown outcome without an attempt to follow: Book stays disabled on this draft. */
  locked = $state(false);
  /** The draft "New booking" discarded, while Undo is offered. */
  discarded = $state<Kept | null>(null);
  private undoTimer: ReturnType<typeof setTimeout> | undefined;

  /** Whether anything has been entered (a new booking then has something to discard). */
  get started(): boolean {
    const c = this.connection;
    const f = this.form;
    const d = this.details;
    return (
      this.step !== 'trip' ||
      c.terminal !== null ||
      c.time !== '' ||
      f.from !== null ||
      f.to !== null ||
      f.time !== '' ||
      Object.entries(d).some(([key, value]) => value !== (emptyDetails() as unknown as Record<string, string>)[key])
    );
  }

  /** The trip changed: the offers priced for the old one, and their product's rules, no longer hold. */
  tripChanged(): void {
    this.trip = null;
    this.offers = null;
    this.chosen = 0;
  }

  /** The services shown are for one terminal, direction and time: any change asks again. */
  servicesStale(): void {
    this.services = null;
    this.connection.service = null;
    this.stops = [];
    this.connection.stop = '';
    this.tripChanged();
  }

  private kept(): Kept {
    return $state.snapshot({
      step: this.step,
      form: this.form,
      connection: this.connection,
      services: this.services,
      stops: this.stops,
      tripErrors: this.tripErrors,
      trip: this.trip,
      offers: this.offers,
      chosen: this.chosen,
      details: this.details,
      detailErrors: this.detailErrors,
      booked: this.booked,
      locked: this.locked,
    }) as Kept;
  }

  private restore(kept: Kept): void {
    Object.assign(this, kept);
  }

  /**
   * "New booking": everything entered goes (the trip's mode stays, as the agent's habit), and
   * Undo is offered for `UNDO_MS`. A confirmed booking is not offered back: it is in History.
   */
  discard(): void {
    const before = this.kept();
    this.restore({
      step: 'trip',
      form: emptyTrip(this.form.mode),
      connection: emptyConnection(),
      services: null,
      stops: [],
      tripErrors: {},
      trip: null,
      offers: null,
      chosen: 0,
      details: emptyDetails(),
      detailErrors: {},
      booked: null,
      locked: false,
    });
    clearTimeout(this.undoTimer);
    this.discarded = before.step === 'done' ? null : before;
    if (this.discarded) this.undoTimer = setTimeout(() => (this.discarded = null), UNDO_MS);
  }

  /**
   * A new booking begun from an old one (again, or the return): the draft in progress goes, with
   * Undo, and the places and the traveller come in as if picked and typed; the time is left for
   * the agent. A trip at an airport or station is a connection there (an arrival when it starts
   * there), else a regular taxi. The return of a PNR's leg comes with the PNR's return flight
   * (`flight`): its time and its other end filled in too.
   */
  startFrom(rebooking: Rebooking, flight: Leg | null = null): void {
    const had = this.started;
    this.discard();
    if (!had) {
      clearTimeout(this.undoTimer);
      this.discarded = null;
    }
    const { from, to, terminal } = rebooking;
    if (terminal !== null) {
      const arrival = from.place.kind === 'terminal';
      this.form.mode = 'connection';
      this.connection = { ...emptyConnection(), terminal: arrival ? from : to, arrival, address: arrival ? to : from };
    } else {
      this.form = { ...emptyTrip('taxi'), from, to };
    }
    const passenger = rebooking.passenger;
    this.details = {
      ...emptyDetails(),
      title: passenger.title ?? '',
      firstName: passenger.firstName,
      lastName: passenger.lastName,
      phone: passenger.phone,
      email: passenger.email ?? '',
      flight: rebooking.flight ?? '',
      amadeus: rebooking.amadeus ?? '',
      sabre: rebooking.sabre ?? '',
    };
    if (flight && this.form.mode === 'connection') {
      this.connection.time = inSweden(flight.at);
      this.connection.international = flight.international;
      this.details.flight = flight.connection.number;
      this.details.otherCode = flight.connection.otherCode;
      this.details.otherTime = flight.connection.otherTime ? inSweden(flight.connection.otherTime) : '';
      this.details.international = flight.international ? 'yes' : 'no';
    }
  }

  /** Back to nothing entered, with no Undo (a test's fresh start). */
  reset(): void {
    this.form.mode = 'connection';
    this.discard();
    clearTimeout(this.undoTimer);
    this.discarded = null;
  }

  /** Undo of "New booking": the discarded draft as it was. */
  undo(): void {
    if (!this.discarded) return;
    clearTimeout(this.undoTimer);
    this.restore(this.discarded);
    this.discarded = null;
  }
}

/** The Book area's draft: one for the app, outside any screen. */
export const draft = new BookDraft();
