package main

import (
	"context"
	"fmt"
	"os"
)

// cmdBackup runs `whosaid backup [-db FILE] OUT`.
func cmdBackup(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "backup")
	dbPath := fset.String("db", defaultDB, "the database `file`")
	setUsage(fset, env, "usage: whosaid backup [-db FILE] OUT", "Writes a consistent copy of the database to OUT (a new file) while it is in use.")
	if err := parseArgs(fset, args, oneArg); err != nil {
		return err
	}
	st, err := openForReading(ctx, *dbPath)
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
