package main

import (
	"io"
	"reflect"
	"testing"

	"github.com/urfave/cli/v2"
)

// Every flag reads exactly one environment variable, and two roles never share one unless the
// flag means the same everywhere (the chain, the account, the data): OVIG_POLL and OVIG_LISTEN
// used to be read by the node and the watchtower alike.
func TestEnvVarsPerRole(t *testing.T) {
	app := newApp(io.Discard, io.Discard)
	owner := map[string]string{} // env var -> role/flag that reads it
	var walk func(role, path string, flags []cli.Flag, subs []*cli.Command)
	walk = func(role, path string, flags []cli.Flag, subs []*cli.Command) {
		for _, f := range flags {
			name := f.Names()[0]
			envs := reflect.ValueOf(f).Elem().FieldByName("EnvVars").Interface().([]string)
			if len(envs) != 1 || envs[0] != envName(role, name) {
				t.Errorf("%s --%s reads %v, want [%s]", path, name, envs, envName(role, name))
				continue
			}
			key := role + "/" + name
			if sharedFlags[name] {
				key = "shared/" + name
			}
			if prev, ok := owner[envs[0]]; ok && prev != key {
				t.Errorf("%s is read by %s and %s", envs[0], prev, key)
			}
			owner[envs[0]] = key
		}
		for _, c := range subs {
			r := role
			if r == "" {
				r = c.Name
			}
			walk(r, path+" "+c.Name, c.Flags, c.Subcommands)
		}
	}
	walk("", "ovig", app.Flags, app.Commands)
	for _, want := range []string{"OVIG_NODE_POLL", "OVIG_CHALLENGER_POLL", "OVIG_NODE_LISTEN", "OVIG_ARBITER_LISTEN", "OVIG_RPC", "OVIG_KEY_ENV"} {
		if _, ok := owner[want]; !ok {
			t.Errorf("no flag reads %s", want)
		}
	}
}
