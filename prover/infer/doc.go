// Package infer is auditable inference of a job's final model (AFTUNE's serving half): it
// serves requests of the built-in workloads from weights checked against the job's committed
// final endpoint, keeps per request a record of the inputs, outputs, sampling configuration and
// the activations at every block edge, commits batches of records with the evidence tree, and
// decides whether one opened record is honest by replaying sampled blocks from its recorded
// edges under a boundary calibrated on honest activation drift. It does no I/O.
package infer
