/**
 * The most rows one page of a list may ask for. The API refuses more, and screens that want a
 * whole list in as few requests as possible ask for exactly this many.
 */
export const MAX_PAGE_SIZE = 100;
