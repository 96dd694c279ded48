import { Routes } from '@angular/router';

import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { provideEchartsCore } from 'ngx-echarts';

import { KpisPageComponent } from './kpis-page.component';

// Only the parts of ECharts the KPI charts draw with, registered here so they load with this page.
echarts.use([LineChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** Mounted under /projects/:projectId/kpis by the project shell, which also sets the page title. */
export const kpisRoutes: Routes = [{ path: '', component: KpisPageComponent, providers: [provideEchartsCore({ echarts })] }];
