// Package attack holds the provider behaviours that ovig exists to catch: shortcuts (skipped
// steps, partial batches) and targeted manipulations (label poisoning, gradient scaling,
// learning-rate tampering), each with a strength, as training hooks the provider node runs.
// They exist for demos, attack suites and evaluation; a real provider runs "honest".
package attack
