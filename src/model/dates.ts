// Dates in Provisio are ISO calendar dates (YYYY-MM-DD). Kept as strings: they compare
// correctly as text, and no time zone can shift them.

export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(text: string): boolean {
    const match = isoDatePattern.exec(text);
    if (!match) {
        return false;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` later, clamped to the end of a shorter month (31 Jan + 1 month = 28 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
    const [year, month, day] = date.split('-').map(Number);
    const monthIndex = (month - 1) + months;
    const targetYear = year + Math.floor(monthIndex / 12);
    const targetMonth = ((monthIndex % 12) + 12) % 12 + 1;
    const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
    return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/** Whether an inclusive period from `from` to `to` lasts longer than `months` months. */
export function spansMoreThanMonths(from: IsoDate, to: IsoDate, months: number): boolean {
    return to >= addMonths(from, months);
}

export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
    return date >= from && date <= to;
}
