export * from './projects/project-schedule';
export * from './people/email';
