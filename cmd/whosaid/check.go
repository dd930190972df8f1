package main

import (
	"context"
	"fmt"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// cmdCheck runs `whosaid check [-db FILE]`: SQLite's quick integrity check
// over the whole database, for damage in the middle of the file that would
// otherwise show only at the first query that reads it.
func cmdCheck(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "check")
	dbPath := fset.String("db", defaultDB, "the database `file`")
	setUsage(fset, env, "usage: whosaid check [-db FILE]", "Reads every page of the database (PRAGMA quick_check) and reports damage; exit status 1 when there is some.")
	if err := parseArgs(fset, args, noArgs); err != nil {
		return err
	}
	st, err := openForReading(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	problems, err := st.Check(ctx)
	if err != nil {
		return err
	}
	if len(problems) == 0 {
		fmt.Fprintf(env.Stdout, "%s: ok\n", *dbPath)
		return nil
	}
	const shown = 20
	for i, p := range problems {
		if i == shown {
			fmt.Fprintf(env.Stderr, "... and %d more\n", len(problems)-shown)
			break
		}
		fmt.Fprintf(env.Stderr, "%s: %s\n", *dbPath, p)
	}
	return digest.Errorf(digest.EINVALID, "%s is damaged (%d problems found): restore it from a backup (whosaid backup makes one)", *dbPath, len(problems))
}

// openForReading opens the database at path for a command that only reads
// it; when the file or its folder cannot be written it is opened read-only
// rather than refused.
func openForReading(ctx context.Context, path string) (*store.Store, error) {
	st, err := openExisting(ctx, path)
	if err == nil || !store.ReadOnlyError(err) {
		return st, err
	}
	if ro, rerr := store.OpenReadOnly(ctx, path); rerr == nil {
		return ro, nil
	} else if digest.ErrorCode(rerr) != digest.EINTERNAL {
		return nil, rerr
	} else {
		return nil, fmt.Errorf("%w (read-only: %v)", err, rerr)
	}
}
