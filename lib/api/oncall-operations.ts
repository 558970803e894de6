// The on-call operations of Keel's REST API (who is on call, schedules, the iCalendar feed).
export const oncallOperations = {};
