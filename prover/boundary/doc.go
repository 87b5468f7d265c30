// Package boundary measures how far a replayed tensor drifts from a reference,
// holds the boundary artifact that calibration writes and a job's manifest
// commits to (boundary_hash), and decides whether a replay is beyond it.
//
// Distances (relative L2, max-abs, cosine distance) are computed in float64 in
// a fixed order, so every verifier gets the same number for the same bytes.
// The artifact records, per check ("endpoint": one step; "interval": a
// replayed stride s) and per tensor, a high percentile of honest drift times a
// safety margin, never below a floor, together with the calibration set it
// came from. Compare is a pure function of an artifact and two tensor maps.
package boundary
