/**
 * Set to "1" on requests the web app makes on its own (a dashboard's 30 s refresh) rather than
 * for something the user did. The API does not count them as activity, so a screen left open
 * still reaches the automatic logoff; they are refused like any request once the session ended.
 */
export const BACKGROUND_REQUEST_HEADER = 'x-waypoint-background';
