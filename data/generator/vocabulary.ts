/**
 * The values of the sample's low-cardinality columns. Rows store a value as its index in these lists
 * (a code); the Parquet writer turns codes back into strings. NULL_CODE marks a missing value.
 */

export const NULL_CODE = 255;

export const EVENT_TYPES = ['visit', 'order', 'signup'] as const;
export const EventType = { visit: 0, order: 1, signup: 2 } as const;

export const EVENT_CHANNELS = ['web', 'app', 'store'] as const;
export const EventChannel = { web: 0, app: 1, store: 2 } as const;

export const SEGMENTS = ['new', 'returning', 'vip'] as const;
export const Segment = { new: 0, returning: 1, vip: 2 } as const;

export const TICKET_CHANNELS = ['chat', 'email', 'phone', 'social'] as const;
export const TicketChannel = { chat: 0, email: 1, phone: 2, social: 3 } as const;

/** First-response SLA in minutes per ticket channel (SPEC §4, sla_attainment), same order as TICKET_CHANNELS. */
export const SLA_MINUTES = [5, 240, 5, 60] as const;

export const CATEGORIES = ['delivery', 'refund', 'payment', 'account', 'product'] as const;
export const Category = { delivery: 0, refund: 1, payment: 2, account: 3, product: 4 } as const;

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const Priority = { low: 0, normal: 1, high: 2, urgent: 3 } as const;

/** Agent groups; a self-service ticket has no team (NULL). */
export const TEAMS = ['Logistics', 'Billing', 'Accounts', 'Product Care', 'Escalations'] as const;
export const Team = { logistics: 0, billing: 1, accounts: 2, productCare: 3, escalations: 4 } as const;

export const TOUCHPOINTS = ['after_delivery', 'after_support', 'in_app'] as const;
export const Touchpoint = { afterDelivery: 0, afterSupport: 1, inApp: 2 } as const;
