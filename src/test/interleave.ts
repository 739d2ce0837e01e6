import type { ServiceContext } from "../services/context.ts";
import type { Db } from "../store/open-store.ts";

/**
 * The same context, except that each transaction a service opens first waits for `between`: what
 * another request commits between two steps of a long use case (an import's batches, an undo's
 * first look and its deletes). `between` gets the transaction's number (1, 2 …) and should work
 * through a plain context, not this one. Everything else goes to the real database unchanged.
 */
export function interleaved(
  ctx: ServiceContext,
  between: (transaction: number) => Promise<void>,
): ServiceContext {
  const real = ctx.store.db;
  let transactions = 0;
  const db = new Proxy(real, {
    get(target, property) {
      if (property === "transaction") {
        return () => {
          const builder = target.transaction();
          return {
            execute: async <T>(work: (trx: Db) => Promise<T>): Promise<T> => {
              transactions += 1;
              await between(transactions);
              return builder.execute(work);
            },
          };
        };
      }
      // Kysely's methods read private fields: they must run on the real object, not the proxy.
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { ...ctx, store: { ...ctx.store, db } };
}

/** A clock that moves one second on with every reading, so each step of a use case has its own time. */
export function tickingClock(start: Date): () => Date {
  let ticks = 0;
  return () => {
    ticks += 1;
    return new Date(start.getTime() + ticks * 1000);
  };
}
