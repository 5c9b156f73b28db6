export {default} from '../default'
