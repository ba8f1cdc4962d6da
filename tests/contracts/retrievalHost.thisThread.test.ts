import { retrievalInThisThread } from '@src/services/policyQa/retrievalInThisThread';
import { describeRetrievalHostContract } from './retrievalHost.contract';

describeRetrievalHostContract('this thread', async () => retrievalInThisThread());
