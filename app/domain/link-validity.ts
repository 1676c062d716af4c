/**
 * How long the links in the portal's e-mails work. Pages say so too, also when they render in the
 * browser, so these live here and not in a `.server` module (which the browser bundle leaves out).
 */
export const LOGIN_LINK_MINUTES = 30;
export const RESUME_LINK_DAYS = 7;
export const INVITE_LINK_DAYS = 7;
