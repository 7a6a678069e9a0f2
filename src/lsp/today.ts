// Today's date as the editor features see it (review due dates, completion of dates). A test
// sets it, so that what it asserts does not depend on the day it runs.
import type { IsoDate } from '../model/dates.js';

let fixed: IsoDate | undefined;

export function today(): IsoDate {
    if (fixed) {
        return fixed;
    }
    // The author's calendar day, not the UTC one.
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Makes `today()` answer `date` until called again without one. */
export function setToday(date: IsoDate | undefined): void {
    fixed = date;
}
