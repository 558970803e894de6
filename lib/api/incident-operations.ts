// The incident operations of Keel's REST API (incidents, analytics, Alertmanager intake, postmortems).
export const incidentOperations = {};
