// Package eval is the attack suite and the evaluation of ovig against the OVIG paper's claims:
// per workload family and attack, whether an opened interval is caught by the real audit
// (prover/audit's endpoint and interval checks under a boundary calibrated with
// prover/calibrate), the attack's effect on the delivered model, the end-to-end attack success
// rate at a documented sampling rate, false positives of honest providers under every honest
// numeric profile (including profiles held out of calibration), the separation between attacks
// and the boundary, what an adaptive attacker who stays under the boundary still achieves,
// evidence storage and transfer per stride, and the total overhead of verification. It writes
// a Markdown report with plots and the same figures as JSON.
package eval
