// Command ovig is the command-line program of ovig: owners create and settle jobs, providers run
// the training node, watchtowers run the challenger, arbiters run the referee, and anyone can
// calibrate boundaries, replay an interval offline, plan sampling rates or run the demo.
package main

import (
	"fmt"
	"os"
)

func main() {
	app := newApp(os.Stdout, os.Stderr)
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "ovig:", err)
		os.Exit(1)
	}
}
