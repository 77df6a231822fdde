/** The PRODID every file we write carries (vCard and iCalendar). */
export const PRODID = '-//Tongxing//Tongxing 0.1.0//EN';
