import { classifierInThisThread } from '../../src/services/pathwayGuidance/classifierInThisThread';
import { describeClassifierHostContract } from './classifierHost.contract';

describeClassifierHostContract('this thread', async (config) => classifierInThisThread(config));
