package main

import (
	"encoding/json"
	"fmt"

	"github.com/urfave/cli/v2"
)

// usageError is a mistake in how ovig was called; the message says what to do instead.
func usageError(format string, args ...any) error {
	return cli.Exit(fmt.Sprintf(format, args...), 2)
}

// output prints v as indented JSON with --json, and text otherwise.
func output(c *cli.Context, v any, text string) error {
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	_, err := fmt.Fprint(c.App.Writer, text)
	return err
}
