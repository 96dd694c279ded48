import { Routes } from '@angular/router';

import { MyWorkPageComponent } from './my-work-page.component';

export const myWorkRoutes: Routes = [{ path: '', title: 'My work · CRM Rollout Tracker', component: MyWorkPageComponent }];
