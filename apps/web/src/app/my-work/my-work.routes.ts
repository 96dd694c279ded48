import { Routes } from '@angular/router';

import { MyWorkPageComponent } from './my-work-page.component';

export const myWorkRoutes: Routes = [{ path: '', title: $localize`:@@myWork.page.documentTitle:My work · CRM Rollout Tracker`, component: MyWorkPageComponent }];
