//go:build !unix

package node

import "os/exec"

// ownProcessGroup: elsewhere the context kills the command itself.
func ownProcessGroup(*exec.Cmd) {}
