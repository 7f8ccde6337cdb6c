// @luotsi/jobs: the BFF's background job queue (pg-boss on the BFF's own database) and its admin view.
export { startJobs, collectJobs, scheduleTimeZone, type JobRunner, type JobsOptions, type EnqueueResult } from './runner';
export { jobsModule, jobAdminRoles } from './schema';
export { jobsSchemaFor, recentJobRuns, publicErrorMessage, uniqueJobId, type JobRun, type JobRunState } from './store';
export { sqlClientDb } from './pg-boss-db';
