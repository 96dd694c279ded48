export * from './projects/project-schedule';
export * from './people/email';
export * from './tasks/owner-resolution';
export * from './tasks/dependency-cycle';
export * from './phases/phase-gate';
export * from './phases/milestone-schedule';
export * from './team/allocation';
export * from './template/project-template';
