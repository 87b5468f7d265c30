//go:build unix

package node

import (
	"os/exec"
	"syscall"
)

// ownProcessGroup puts cmd in a process group of its own and kills the group when cmd's
// context ends, so a timed-out regenerate command leaves no child behind (a shell wrapper's).
func ownProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
