/** How to make each member of `T` from the request's inputs `I`. */
export type Makers<I, T> = { [K in keyof T]: (inputs: I) => T[K] };

type Made<M> = { [K in keyof M]: M[K] extends (inputs: never) => infer V ? V : never };
type Inputs<M> = M[keyof M] extends (inputs: infer I) => unknown ? I : never;

/**
 * A factory of objects whose members are each made the first time they are read, then kept.
 * The request's loaders are dozens of DataLoaders of which a request uses a few: making them
 * all for every request was a visible share of a chart's or a caseload page's server time (and
 * of its garbage). The getters live on a class made once, so an instance costs one allocation
 * and each member one more when it is first read.
 */
export function madeOnFirstUse<M extends Record<string, (inputs: never) => unknown>>(
  makers: M,
): (inputs: Inputs<M>) => Made<M> {
  class OnFirstUse {
    readonly made: Partial<Made<M>> = {};
    constructor(readonly inputs: Inputs<M>) {}
  }
  for (const key of Object.keys(makers) as (keyof M & string)[]) {
    Object.defineProperty(OnFirstUse.prototype, key, {
      get(this: OnFirstUse) {
        return (this.made[key] ??= makers[key]!(this.inputs as never) as Made<M>[typeof key]);
      },
    });
  }
  return (inputs) => new OnFirstUse(inputs) as unknown as Made<M>;
}
