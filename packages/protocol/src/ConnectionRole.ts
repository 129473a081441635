/** Who a relay connection speaks for, as the relay decides from its token. */
export type ConnectionRole = 'facilitator' | 'participant' | 'viewer';
