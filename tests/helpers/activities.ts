/** Bot Framework activities as Teams sends them, for tests that speak the real HTTP protocol. */
let sequence = 0;

export interface ActivityOptions {
  readonly serviceUrl: string;
  readonly conversationType?: 'personal' | 'groupChat' | 'channel';
  readonly conversationId?: string;
  readonly userId?: string;
  readonly userName?: string;
  readonly tenantId?: string;
  readonly expectReplies?: boolean;
}

export const BOT_ID = '28:bot-test';

function base(options: ActivityOptions): Record<string, unknown> {
  sequence++;
  return {
    id: `activity-${sequence}`,
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date().toISOString(),
    from: {
      id: options.userId ?? '29:user-1',
      name: options.userName ?? 'Testbruger',
      aadObjectId: '00000000-0000-4000-8000-000000000001',
    },
    recipient: { id: BOT_ID, name: 'Børn og Unge' },
    conversation: {
      id: options.conversationId ?? `a:conversation-${options.conversationType ?? 'personal'}`,
      conversationType: options.conversationType ?? 'personal',
      tenantId: options.tenantId ?? '11111111-2222-4333-8444-555555555555',
      ...(options.conversationType && options.conversationType !== 'personal' ? { isGroup: true } : {}),
    },
    channelData: { tenant: { id: options.tenantId ?? '11111111-2222-4333-8444-555555555555' } },
    locale: 'da-DK',
    ...(options.expectReplies ? { deliveryMode: 'expectReplies' } : {}),
  };
}

export function messageActivity(text: string, options: ActivityOptions): Record<string, unknown> {
  return { ...base(options), type: 'message', text, textFormat: 'plain' };
}

export function actionExecuteActivity(
  verb: string,
  data: Record<string, unknown>,
  options: ActivityOptions,
): Record<string, unknown> {
  return {
    ...base(options),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}
