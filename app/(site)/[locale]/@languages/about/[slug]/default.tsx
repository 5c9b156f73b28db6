export {default} from '../../default'
