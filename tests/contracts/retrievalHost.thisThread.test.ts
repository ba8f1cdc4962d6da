import { retrievalInThisThread } from './retrievalInThisThread';
import { describeRetrievalHostContract } from './retrievalHost.contract';

describeRetrievalHostContract('this thread', async () => retrievalInThisThread());
