/**
 * Counting without touching the services that are counted: each wrapper passes every call through
 * unchanged and records only what kind of outcome it had. No text, person or case goes in.
 */
import type { Clock } from '../../ports/clock';
import type { UsageRecorder } from '../../ports/usage';
import type { CoordinationService } from '../coordination';
import type { PathwayGuidanceService } from '../pathwayGuidance';
import type { PolicyQaService } from '../policyQa/types';

export function countingPolicyQa(
  service: PolicyQaService,
  usage: UsageRecorder,
  clock: Clock,
): PolicyQaService {
  return Object.assign(Object.create(service) as PolicyQaService, {
    async ask(question: string) {
      const answer = await service.ask(question);
      usage.record(answer.kind === 'answer' ? 'policyAnswered' : 'policyNotAnswered', clock.now());
      return answer;
    },
  });
}

export function countingPathwayGuidance(
  service: PathwayGuidanceService,
  usage: UsageRecorder,
  clock: Clock,
): PathwayGuidanceService {
  return {
    ...service,
    classify: (text, options) => service.classify(text, options),
    readsAsConcern: (text) => service.readsAsConcern(text),
    readAsConcern: (text) => service.readAsConcern(text),
    summarize: (guidance, language) => service.summarize(guidance, language),
    guidanceFor: (classification) => service.guidanceFor(classification),
    async classifyReviewed(text, options, turnLogger, firstReading) {
      const guidance = await service.classifyReviewed(text, options, turnLogger, firstReading);
      usage.record(`pathway:${guidance.pathway}`, clock.now());
      return guidance;
    },
  };
}

export function countingCoordination(
  service: CoordinationService,
  usage: UsageRecorder,
  clock: Clock,
): CoordinationService {
  return {
    ...service,
    async createThread(input, owner, publish) {
      const result = await service.createThread(input, owner, publish);
      if (result.kind === 'created') usage.record('threadOpened', clock.now());
      return result;
    },
    async act(threadId, expectedVersion, actor, action) {
      const result = await service.act(threadId, expectedVersion, actor, action);
      if (result.kind === 'applied' && result.event.action === 'closed')
        usage.record('threadClosed', clock.now());
      return result;
    },
  };
}
