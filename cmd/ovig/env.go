package main

import (
	"reflect"
	"strings"

	"github.com/urfave/cli/v2"
)

// sharedFlags mean the same to every command (the chain, the account, the data, the output), so
// one OVIG_NAME variable sets them all; every other flag belongs to its command's role.
var sharedFlags = map[string]bool{
	"rpc": true, "registry": true, "keystore": true, "password-file": true, "key-env": true,
	"confirmations": true, "max-fee-gwei": true, "rpc-timeout": true, "start-block": true,
	"data-dir": true, "log-level": true, "log-json": true, "json": true,
}

// envName is the environment variable of a flag: OVIG_NAME for shared flags, OVIG_ROLE_NAME for
// the others, ROLE being the top-level command (node, challenger, arbiter, job, ...), so that the
// node's --poll and the watchtower's --poll never read the same variable.
func envName(role, flag string) string {
	name := strings.ToUpper(strings.ReplaceAll(flag, "-", "_"))
	if sharedFlags[flag] || role == "" {
		return "OVIG_" + name
	}
	return "OVIG_" + strings.ToUpper(role) + "_" + name
}

// bindEnv gives every flag of the app its environment variable (see envName).
func bindEnv(app *cli.App) {
	setEnv("", app.Flags)
	for _, c := range app.Commands {
		bindCommandEnv(c.Name, c)
	}
}

func bindCommandEnv(role string, c *cli.Command) {
	setEnv(role, c.Flags)
	for _, sub := range c.Subcommands {
		bindCommandEnv(role, sub)
	}
}

func setEnv(role string, flags []cli.Flag) {
	for _, f := range flags {
		// Every urfave/cli flag type is a pointer to a struct with an EnvVars []string field.
		field := reflect.ValueOf(f).Elem().FieldByName("EnvVars")
		if field.IsValid() && field.CanSet() {
			field.Set(reflect.ValueOf([]string{envName(role, f.Names()[0])}))
		}
	}
}
