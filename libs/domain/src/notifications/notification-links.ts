/** Where a notification leads in the web app; the paths of its routes, written once. */
export const notificationLinks = {
  task: (projectId: string, taskId: string) => `/projects/${projectId}/board?task=${taskId}`,
  tasksOf: (projectId: string, personId: string) => `/projects/${projectId}/board?owner=${personId}`,
  team: (projectId: string) => `/projects/${projectId}/team`,
  training: (projectId: string) => `/projects/${projectId}/training`,
  phase: (projectId: string) => `/projects/${projectId}/overview`,
  kpis: (projectId: string) => `/projects/${projectId}/kpis`,
  hypercare: (projectId: string, waveId: string) => `/projects/${projectId}/hypercare?wave=${waveId}`,
};
