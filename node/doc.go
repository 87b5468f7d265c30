// Package node is the provider: it serves the evidence of every committed endpoint over HTTP
// (Server) so watchtowers and arbiters can fetch and verify it. The training driver with
// endpoint capture and the commitment poster come later.
package node
