/** The scenario slice: the scanner-event sequence the model reads. */
import { CANONICAL, scenario } from '../../data';
import type { ScenarioSlice } from '../lab-state';
import { commit, type Get, type Set } from './commit';
import { commitEdit } from './editor';

export const scenarioSlice = (set: Set, get: Get): ScenarioSlice => ({
  scenarioId: CANONICAL,
  events: scenario(CANONICAL).events,
  setScenario: (id) => {
    const { events } = scenario(id);
    // a new story starts from its first reading, as its own original, with no edits to undo
    const fresh = { events, original: events, past: [], future: [], lastEdit: null, t: 0 };
    void commit(set, get, { scenarioId: id, ...fresh, playing: false });
  },
  setEvents: (events) => void commitEdit(set, get, [...events], get().t, null),
});
