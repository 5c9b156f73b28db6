import type {Route} from '../context'
import {assetRoutes} from './assets'
import {dataRoutes} from './data'
import {historyRoutes} from './history'
import {listenRoutes} from './listen'
import {studioRoutes} from './studio'

export const allRoutes: Route[] = [
  ...dataRoutes,
  ...listenRoutes,
  ...historyRoutes,
  ...assetRoutes,
  ...studioRoutes,
]
