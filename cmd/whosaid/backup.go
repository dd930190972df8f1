package main

import (
	"context"
	"flag"
	"fmt"
	"os"
)

// cmdBackup runs `whosaid backup [-db FILE] OUT`.
func cmdBackup(ctx context.Context, env *Env, args []string) error {
	fset := flag.NewFlagSet("backup", flag.ContinueOnError)
	fset.SetOutput(env.Stderr)
	dbPath := fset.String("db", defaultDB, "the database `file`")
	fset.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: whosaid backup [-db FILE] OUT")
		fmt.Fprintln(env.Stderr, "Writes a consistent copy of the database to OUT (a new file) while it is in use.")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return errUsage
	}
	if fset.NArg() != 1 {
		fset.Usage()
		return errUsage
	}
	st, err := openExisting(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	out := fset.Arg(0)
	if err := st.Backup(ctx, out); err != nil {
		return err
	}
	info, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "backed up %s to %s (%d bytes)\n", *dbPath, out, info.Size())
	return nil
}
