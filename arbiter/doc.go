// Package arbiter is the referee of ovig disputes. An arbiter of a job replays a challenged
// interval (through package audit, under the job policy's reference profile, so that every
// arbiter reaches the same bits), turns the finding into an EIP-712 verdict, signs it, shares
// the signature with the other arbiters over a small HTTP endpoint, and submits the verdict
// to the registry once a threshold of arbiters signed the same digest.
//
// Wiring, as a command would do it:
//
//	pool := arbiter.NewPool(registry)                  // verifies every signature on chain
//	go http.Serve(ln, arbiter.NewHandler(pool, log))   // peers post their signatures here
//	svc, err := arbiter.NewService(arbiter.Config{Key: key, Chain: registry,
//		Library: arbiter.NewCatalog(dir, sources), Pool: pool, Peers: peers, Logger: log})
//	opened := make(chan arbiter.Dispute)
//	go watcher.Run(ctx, arbiter.Feed(opened))          // chain.Watcher: ChallengeOpened events
//	err = svc.Run(ctx, opened)
package arbiter
