/** The notice slice: what the notice bar says, typed by what it is about (lab-state.ts NoticeKind). */
import type { Notice, NoticeSlice } from '../lab-state';
import type { Set } from './commit';

/** A refusal: the action changed nothing, and says why. */
export const refused = (text: string): Notice => ({ kind: 'refused', text });

export const noticeSlice = (set: Set): NoticeSlice => ({
  notice: null,
  notify: (notice) => set({ notice }),
});
