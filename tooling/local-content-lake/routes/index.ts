import type {Route} from '../context'
import {assetRoutes} from './assets'
import {dataRoutes} from './data'
import {historyRoutes} from './history'
import {listenRoutes} from './listen'
import {liveRoutes} from './live'
import {studioRoutes} from './studio'

export const allRoutes: Route[] = [
  ...dataRoutes,
  ...listenRoutes,
  ...liveRoutes,
  ...historyRoutes,
  ...assetRoutes,
  ...studioRoutes,
]
