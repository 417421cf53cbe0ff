/** The scenario slice: the scanner-event sequence the model reads. */
import { CANONICAL, scenario } from '../../data';
import type { ScenarioSlice } from '../lab-state';
import { commit, type Get, type Set } from './commit';

export const scenarioSlice = (set: Set, get: Get): ScenarioSlice => ({
  scenarioId: CANONICAL,
  events: scenario(CANONICAL).events,
  setScenario: (id) => {
    // a new story starts from its first reading
    if (commit(set, get, { scenarioId: id, events: scenario(id).events }))
      set({ t: 0, playing: false });
  },
  setEvents: (events) => void commit(set, get, { scenarioId: 'custom', events: [...events] }),
});
