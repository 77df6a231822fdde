// Folding is shared by vCard and iCalendar; it lives in formats/text. Kept here for importers.
export { foldLine, unfold } from '../text/fold.js';
