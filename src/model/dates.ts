// Dates in Provisio are ISO calendar dates (YYYY-MM-DD). Kept as strings: they compare
// correctly as text, and no time zone can shift them.

import type { Message } from '../i18n/messages.js';
import { messages } from '../language/language.messages.js';

export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is an ISO calendar date; a date the author has not written yet (undefined) is not. */
export function isCalendarDate(text: string | undefined): text is string {
    if (typeof text !== 'string' || text.length !== 10 || !isoDatePattern.test(text)) {
        return false;
    }
    const [year, month, day] = [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar, as ISO dates count them. */
function daysInMonth(year: number, month: number): number {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : monthLengths[month - 1];
}

/** Why a text is not an ISO calendar date, in words an author can act on; undefined when it is one. */
export function dateProblem(text: string): Message | undefined {
    if (isCalendarDate(text)) {
        return undefined;
    }
    const iso = isoDatePattern.exec(text);
    if (iso) {
        const [year, month] = [Number(iso[1]), Number(iso[2])];
        return month < 1 || month > 12
            ? messages.message('noSuchMonth', { text, month })
            : messages.message('tooFewDays', { text, monthName: messages.message(`month.${month}` as 'month.1'), year: String(year), days: daysInMonth(year, month) });
    }
    const meant = likelyMeant(text);
    return meant ? messages.message('notIsoWrite', { text, meant }) : messages.message('notIso', { text });
}

/** The ISO date a loosely written one probably stands for: 2021-6-2 or 2-6-2021 (day first). */
function likelyMeant(text: string): string | undefined {
    const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    const dayFirst = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
    const parts = yearFirst ? [yearFirst[1], yearFirst[2], yearFirst[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : undefined;
    const candidate = parts && `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
    return candidate && isCalendarDate(candidate) ? candidate : undefined;
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
