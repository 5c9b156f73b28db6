export {default} from '../../../default'
