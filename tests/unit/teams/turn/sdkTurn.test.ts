/**
 * The turn port built from botbuilder's TurnContext: the plain activity view handlers read, and the
 * replies it sends through the SDK.
 */
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { sdkTurn, setTurnLogger } from '@src/teams/turn/sdkTurn';
import { recordingLogger, silentLogger } from '@tests/helpers/fakes';

function contextFor(activity: Partial<Activity>) {
  const adapter = new TestAdapter();
  return {
    adapter,
    context: new TurnContext(adapter, { type: 'message', channelId: 'msteams', ...activity }),
  };
}

describe('sdkTurn', () => {
  it.each([
    [{ id: 'c', conversationType: 'channel', isGroup: true }, 'channel'],
    [{ id: 'c', conversationType: 'groupChat' }, 'groupChat'],
    [{ id: 'c', isGroup: true }, 'groupChat'],
    [{ id: 'c', conversationType: 'personal' }, 'personal'],
    [{ id: 'c' }, 'personal'],
  ] as const)('reads %j as a %s conversation', (conversation, kind) => {
    const { context } = contextFor({ conversation: conversation as Activity['conversation'] });
    expect(sdkTurn(context, silentLogger).activity.conversation.kind).toBe(kind);
  });

  it('takes the tenant from channelData before the conversation, and keeps the raw conversation type', () => {
    const { context } = contextFor({
      conversation: {
        id: 'c',
        conversationType: 'personal',
        tenantId: 'from-conversation',
      } as Activity['conversation'],
      channelData: { tenant: { id: 'from-channel-data' } },
      from: { id: '29:u', aadObjectId: 'aad-u', name: 'Lærer' },
      attachments: [{ contentType: 'text/plain', name: 'a.txt', content: 'x' }],
      replyToId: 'm-1',
      locale: 'en-US',
    });
    const { activity } = sdkTurn(context, silentLogger);
    expect(activity.conversation).toEqual({
      id: 'c',
      kind: 'personal',
      type: 'personal',
      tenantId: 'from-channel-data',
    });
    expect(activity.from).toEqual({ id: '29:u', aadObjectId: 'aad-u', name: 'Lærer' });
    expect(activity.attachments).toEqual([{ contentType: 'text/plain', name: 'a.txt', content: 'x' }]);
    expect(activity.replyToId).toBe('m-1');
    expect(activity.locale).toBe('en-US');
  });

  it("uses the server's logger for the turn when there is one, else the fallback", () => {
    const bound = recordingLogger();
    const fallback = recordingLogger();
    const withLogger = contextFor({ conversation: { id: 'c' } as Activity['conversation'] }).context;
    setTurnLogger(withLogger, bound);
    sdkTurn(withLogger, fallback).logger.info('bound');
    sdkTurn(
      contextFor({ conversation: { id: 'c' } as Activity['conversation'] }).context,
      fallback,
    ).logger.info('fallback');
    expect(bound.lines.map((l) => l.message)).toEqual(['bound']);
    expect(fallback.lines.map((l) => l.message)).toEqual(['fallback']);
  });

  it('sends text and messages as message activities, and returns the same turn for the same context', async () => {
    const { adapter, context } = contextFor({ conversation: { id: 'c' } as Activity['conversation'] });
    const turn = sdkTurn(context, silentLogger);
    expect(sdkTurn(context, silentLogger)).toBe(turn);
    await turn.send('hej');
    await turn.send({ text: '**fed**', textFormat: 'markdown', channelData: { feedbackLoopEnabled: true } });
    const sent = adapter.activeQueue.splice(0);
    expect(sent.map((a) => [a.type, a.text])).toEqual([
      ['message', 'hej'],
      ['message', '**fed**'],
    ]);
    expect(sent[1]!.textFormat).toBe('markdown');
    expect(sent[1]!.channelData).toEqual({ feedbackLoopEnabled: true });
  });
});
