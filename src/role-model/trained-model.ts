import type { SoftmaxModel } from './softmax-model';

/**
 * The learned model plus its decision rule. `otherMargin` is the precision guard (ROLE-MODEL.md:
 * never sell an `other` posting as DE/BE): a `data` or `backend` win needs a probability lead of at
 * least this much over `other`, or the answer is `other`.
 */
export type TrainedModel = SoftmaxModel & { otherMargin: number };
