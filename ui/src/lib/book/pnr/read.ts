/**
 * A pasted PNR read by the desk into the plan: the plan starts from it, the agency's write-back
 * setting taken as it is now, the legs already booked under its locator found in the history
 * (left unticked, so pasting the same PNR twice does not book twice), and the traveller's last
 * places asked for in the background (offered first for the address; without them the agent
 * types it, so a failed look-up only means nothing is offered).
 */
import type { SegmentRow } from '../../../bindings/SegmentRow';
import { api } from '../../api';
import { bookedBefore } from './plan';
import type { PnrPlan } from './plan.svelte';

export async function readPnr(plan: PnrPlan, text: string): Promise<void> {
  const [suggestion, settings] = await Promise.all([api.suggestTransfers(text), api.getSettings()]);
  const locator = suggestion.pnr.locator;
  const rows: SegmentRow[] = locator ? await api.searchHistory({ text: locator, limit: 200 }) : [];
  plan.start(suggestion);
  plan.before = bookedBefore(suggestion, rows);
  plan.chosen = plan.chosen.map((on, index) => on && plan.before[index] === undefined);
  // The plan's own (reactive) copy: a later paste replaces it, and these places are not its.
  const started = plan.suggestion;
  plan.writeBack = settings.amadeusWriteBack;
  const traveller = suggestion.traveller;
  if (!traveller?.uniqueSrc || !traveller.uniqueId) return;
  api
    .travellerPlaces(traveller.uniqueSrc, traveller.uniqueId)
    .then((places) => {
      if (plan.suggestion === started) plan.places = places;
    })
    .catch(() => {});
}
