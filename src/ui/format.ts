/** How numbers read on screen: activations and states to three decimals, risks as percentages. */
import { format } from 'd3-format';

/** a value with sign and three decimals: "+0.873", "−0.120" */
export const fmtValue = format('+.3f');

/** a probability as a whole percentage: "87%" */
export const fmtPercent = format('.0%');
