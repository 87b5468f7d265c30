// Package attack holds the provider behaviours that ovig exists to catch, each with a strength:
// shortcuts that save the provider work (skipped steps, partial batches, early stop padded with
// copies, stale gradients, lower precision than declared, frozen layers, interpolated or
// forged evidence) and targeted manipulations that steer the model (label poisoning, a
// backdoor trigger, gradient noise, bias or scaling on chosen parameters, learning-rate
// tampering, examples from outside the committed dataset). They act as training hooks, as the
// numeric profile the provider trains under, or as a rewrite of captured evidence before it is
// committed. They exist for demos, attack suites and evaluation; a real provider runs "honest".
package attack
