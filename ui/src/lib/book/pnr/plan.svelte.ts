/**
 * The transfers of a pasted PNR, being booked: one plan for the Book area, outside any screen
 * (like the single booking's draft), so History and Settings can be visited and the plan is
 * found as it was left. It holds what was read, the legs chosen, the address picked once, each
 * leg's offers and pick, one set of details for the traveller, and what has been booked; a leg
 * booked stays booked, so Book after a refusal books only the rest.
 */
import type { Booked } from '../../../bindings/Booked';
import type { Offers } from '../../../bindings/Offers';
import type { PlaceHit } from '../../../bindings/PlaceHit';
import type { Suggestion } from '../../../bindings/Suggestion';
import type { TripRequest } from '../../../bindings/TripRequest';
import { emptyDetails, type Details, type Errors } from '../draft';
import { chosenAtFirst, detailsFrom } from './plan';

export type PlanStep = 'read' | 'offers' | 'details' | 'review' | 'done';

export class PnrPlan {
  step = $state<PlanStep>('read');
  /** What the desk read of the paste (null: no PNR pasted). */
  suggestion = $state<Suggestion | null>(null);
  /** Which legs are booked, by the suggestion's order. */
  chosen = $state<boolean[]>([]);
  /** The legs the history already has a booking for under this locator (its reference), by leg. */
  before = $state<Record<number, string>>({});
  /** The address at home, picked once for every leg at the home airport. */
  home = $state<PlaceHit | null>(null);
  /** The address of each leg away from home (a hotel, an office), by leg. */
  away = $state<Record<number, PlaceHit | null>>({});
  /** The traveller's last places at FTBook, offered first for the home address. */
  places = $state<PlaceHit[]>([]);
  passengers = $state(1);
  bags = $state(1);
  /** Each leg's priced trip and offers, and the offer picked (null for a leg not chosen). */
  trips = $state<Array<TripRequest | null>>([]);
  offers = $state<Array<Offers | null>>([]);
  picks = $state<number[]>([]);
  details = $state<Details>(emptyDetails());
  /** The read step's errors (`home`, `away-<leg>`, `legs`) and the details'. */
  readErrors = $state<Errors>({});
  detailErrors = $state<Errors>({});
  /** A leg's refusal or failure, said on the review beside it. */
  legProblems = $state<Record<number, string>>({});
  /** What each leg's booking became, once booked. */
  booked = $state<Array<Booked | null>>([]);
  /** The agency's setting, as it was when the PNR was pasted: write back into an Amadeus PNR. */
  writeBack = $state(true);
  /** The leg whose outcome is being checked with its supplier, if any. */
  checkingLeg = $state<number | null>(null);

  /** Whether a PNR is being worked on (Book shows the plan, not the single booking). */
  get active(): boolean {
    return this.suggestion !== null;
  }

  /** The indices of the legs chosen. */
  get legs(): number[] {
    return this.chosen.flatMap((on, index) => (on ? [index] : []));
  }

  /** A new paste read: every earlier choice goes, the traveller's details come from the PNR. */
  start(suggestion: Suggestion): void {
    this.suggestion = suggestion;
    this.step = 'read';
    this.chosen = chosenAtFirst(suggestion);
    this.before = {};
    this.home = null;
    this.away = Object.fromEntries(suggestion.legs.flatMap((leg, index) => (leg.home ? [] : [[index, null]])));
    this.places = [];
    this.passengers = Math.max(1, suggestion.passengers);
    this.bags = Math.max(1, suggestion.passengers);
    this.trips = suggestion.legs.map(() => null);
    this.offers = suggestion.legs.map(() => null);
    this.picks = suggestion.legs.map(() => 0);
    this.details = detailsFrom(suggestion);
    this.readErrors = {};
    this.detailErrors = {};
    this.legProblems = {};
    this.booked = suggestion.legs.map(() => null);
    this.checkingLeg = null;
  }

  /** A choice on the read step changed: what was priced no longer holds. */
  repriced(): void {
    if (!this.suggestion) return;
    this.trips = this.suggestion.legs.map(() => null);
    this.offers = this.suggestion.legs.map(() => null);
    this.picks = this.suggestion.legs.map(() => 0);
  }

  /** Back to the single booking, the PNR put away. */
  close(): void {
    this.suggestion = null;
    this.step = 'read';
    this.chosen = [];
    this.booked = [];
    this.checkingLeg = null;
  }
}

/** The Book area's PNR plan: one for the app. */
export const plan = new PnrPlan();
