import { Routes } from '@angular/router';

import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { provideEchartsCore } from 'ngx-echarts';

import { SelectionPageComponent } from './selection-page.component';

// Only the parts of ECharts the ranking chart draws with, registered here so they load with this page.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Mounted under /projects/:projectId/selection by the project shell, which also sets the page title. */
export const selectionRoutes: Routes = [
  { path: '', component: SelectionPageComponent, providers: [provideEchartsCore({ echarts })] },
];
