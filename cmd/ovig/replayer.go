package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/ovig/ovig/node"
	"github.com/ovig/ovig/prover/audit"
	"github.com/ovig/ovig/prover/extreplay"
)

func replayerFlag() cli.Flag {
	return &cli.StringFlag{Name: "replayer", Usage: "replay through this external replayer instead of ovig's engine (docs/replayer.md; words split at spaces, " +
		"the work directory appended), e.g. '" + node.DefaultPython + " -m ovig replay --threads 1'. PYTHONPATH is set to the checkout's python/ and " +
		"OVIG_DATA_DIR to --data-dir unless set already"}
}

func replayerTimeoutFlag() cli.Flag {
	return &cli.DurationFlag{Name: "replayer-timeout", Value: extreplay.DefaultTimeout, Usage: "with --replayer: kill a replay that has not finished after this long (the audit fails, nobody is blamed)"}
}

// externalReplayer is the --replayer of c, nil without one (ovig's engine replays).
func externalReplayer(c *cli.Context) (audit.Replayer, error) {
	if strings.TrimSpace(c.String("replayer")) == "" {
		return nil, nil
	}
	return newExternalReplayer(c, c.String("replayer"), "--replayer")
}

// newExternalReplayer drives the external replayer command line cmd (words split at spaces),
// named by flag in errors.
func newExternalReplayer(c *cli.Context, cmd, flag string) (*extreplay.Replayer, error) {
	argv := strings.Fields(cmd)
	if len(argv) == 0 {
		return nil, usageError("%s: empty command", flag)
	}
	dataDir, py, pyErr, err := pythonPaths(c)
	if err != nil {
		return nil, err
	}
	var env []string
	if _, set := os.LookupEnv("OVIG_DATA_DIR"); !set {
		env = append(env, "OVIG_DATA_DIR="+dataDir)
	}
	if pyErr == nil {
		if _, set := os.LookupEnv("PYTHONPATH"); !set {
			env = append(env, "PYTHONPATH="+py, "PYTHONDONTWRITEBYTECODE=1")
		}
	}
	r, err := extreplay.New(extreplay.Config{Command: argv, Env: env, Timeout: c.Duration("replayer-timeout")})
	if err != nil {
		return nil, usageError("%s: %v", flag, err)
	}
	return r, nil
}

// pythonPaths are what a Python subprocess of ovig needs: the absolute --data-dir, where it
// finds the datasets as ovig does, and the checkout's python/ directory (pyErr when there is
// none).
func pythonPaths(c *cli.Context) (dataDir, py string, pyErr, err error) {
	dataDir = c.String("data-dir")
	if dataDir == "" {
		dataDir = "."
	}
	if dataDir, err = filepath.Abs(dataDir); err != nil {
		return "", "", nil, err
	}
	exe, _ := os.Executable()
	py, pyErr = node.LocatePython(dataDir, ".", filepath.Dir(exe))
	return dataDir, py, pyErr, nil
}
