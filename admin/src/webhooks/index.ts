import WebhookIcon from '@mui/icons-material/Webhook';
import { WebhookSubscriptionCreate } from './WebhookSubscriptionCreate';
import { WebhookSubscriptionEdit } from './WebhookSubscriptionEdit';
import { WebhookSubscriptionList } from './WebhookSubscriptionList';
import { WebhookSubscriptionShow } from './WebhookSubscriptionShow';

/** Webhook subscriptions and their delivery log (clients and administrators). */
export default { list: WebhookSubscriptionList, show: WebhookSubscriptionShow, edit: WebhookSubscriptionEdit, create: WebhookSubscriptionCreate, icon: WebhookIcon, recordRepresentation: 'url' };
