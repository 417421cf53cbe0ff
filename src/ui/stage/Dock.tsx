/**
 * The transport dock under the stage: the playback buttons and the "Time step" slider, in reach of
 * a thumb on a phone (it sticks to the bottom of the screen there). In lecture mode it holds what
 * the instructor kept.
 */
import { useLecture } from '../lecture/use-lecture';
import { TimeSlider } from '../topbar/TimeSlider';
import { Transport } from '../topbar/Transport';

export function Dock() {
  const { showsControl } = useLecture();
  const transport = showsControl('transport');
  const time = showsControl('time');
  if (!transport && !time) return null;
  return (
    <div className="dock">
      {transport && <Transport />}
      {time && <TimeSlider />}
    </div>
  );
}
